/** The knowledge base's entity model. Built-in entities are data (lib/knowledge/data/*.json). */

export type EntityType = 'person' | 'organization' | 'place';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

/**
 * A role a person held, for display ("President of France, 2017–") and for resolving a bare title
 * in an article («الرئيس الفرنسي») to whoever held it on the article's date.
 */
export interface Role {
  /**
   * Arabic title as news writes it, in one canonical form per title so that titles compare: head
   * noun, then the ministry, then the nationality adjective agreeing with the holder ("الرئيس الفرنسي",
   * "وزير الخارجية التركي", "وزيرة الخارجية الأمريكية"). Acting holders use the same title.
   */
  ar?: string;
  en: string;
  /** First and last year in the role; no `to` for the current holder. */
  from?: number;
  to?: number;
  /**
   * Exact start and end, "YYYY-MM-DD" (or "YYYY-MM" when only the month is sure), given when known:
   * in a year of transition the date decides who held the role. They agree with `from` and `to`.
   */
  fromDate?: string;
  toDate?: string;
}

export interface EntityRecord {
  /** Stable id, "<type prefix>:<slug>": "person:emmanuel-macron", "org:nato", "place:fr". */
  id: string;
  type: EntityType;
  /** Canonical Arabic name, as displayed. */
  name: string;
  nameEn: string;
  /** Other Arabic (or Latin) forms that always denote this entity: spelling variants, short forms. */
  aliases?: string[];
  /**
   * Forms that denote this entity only in context (a place name that is also a common word or an
   * adjective, like سورية): matched only after a preposition or a place noun (في، من، مدينة ...) or
   * with a ب/ل proclitic for places, or right after a title (الرئيس، الوزير ...) for people.
   */
  contextAliases?: string[];
  /** Forms never to match for this entity (the user said a match was not this entity). */
  exclude?: string[];
  /** Persons: the roles they held. */
  roles?: Role[];
  /** ISO 3166-1 alpha-2 code of the country the entity belongs to (a place's country, a person's nationality). */
  country?: string;
  /** Sub-type, free-form but from a small vocabulary: country, capital, city, town, governorate, region, river, sea, camp, crossing, agency, armed-group, party, ... */
  kind?: string;
}

export interface KnowledgeBaseFile {
  /** Where the names come from, for the reader of the data. */
  about: string;
  entities: EntityRecord[];
}
