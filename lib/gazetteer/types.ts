/** The knowledge base's entity model. Built-in entities are data (lib/gazetteer/data/*.json). */

export type EntityType = 'person' | 'organization' | 'place';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

/** A role a person held, for display ("President of France, 2017–"). */
export interface Role {
  /** Arabic title as news writes it: "الرئيس الفرنسي", "وزير الخارجية التركي". */
  ar?: string;
  en: string;
  from?: number;
  to?: number;
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
