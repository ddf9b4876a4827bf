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

/**
 * The sub-types an organisation may have: a closed vocabulary (lib/knowledge/data/README.md says
 * what each one holds; data/schema.json lists the same words, and a test checks that they agree).
 */
export const ORGANIZATION_KINDS = [
  'international', 'government', 'military', 'intelligence', 'party', 'armed-group',
  // The news media: news agencies, then channels, newspapers and sites (isNewsMedium).
  'agency', 'media',
  'ngo', 'research', 'religious', 'company',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** The sub-types a place may have: a closed vocabulary, like ORGANIZATION_KINDS. */
export const PLACE_KINDS = [
  // States and their divisions (a first-level division under the name its country gives it).
  'continent', 'country', 'capital', 'state', 'province', 'governorate', 'district', 'region',
  // Where people live, and lines and passages.
  'city', 'town', 'neighbourhood', 'camp', 'border', 'crossing', 'corridor',
  // Water and land.
  'ocean', 'sea', 'gulf', 'strait', 'cape', 'island', 'lake', 'river', 'canal', 'mountain',
  // Built places.
  'airport', 'base', 'port', 'dam', 'facility', 'oilfield', 'gasfield', 'hospital', 'prison', 'square', 'site',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** People have no sub-type. */
export const PERSON_KINDS = [] as const;

export type EntityKind = OrganizationKind | PlaceKind;

/** The kinds each type allows. */
export const KINDS = {
  person: PERSON_KINDS,
  organization: ORGANIZATION_KINDS,
  place: PLACE_KINDS,
} as const satisfies Record<EntityType, readonly EntityKind[]>;

/** Does this type allow this kind? */
export function isKindOf(type: EntityType, kind: string): boolean {
  return (KINDS[type] as readonly string[] | undefined)?.includes(kind) === true;
}

interface EntityFields {
  /** Stable id, "<type prefix>:<slug>": "person:emmanuel-macron", "org:nato", "place:fr". */
  id: string;
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
  /** The entity's Wikidata item («Q142»), given only where it is certain: where the entry comes from. */
  wikidata?: string;
}

export interface PersonRecord extends EntityFields {
  type: 'person';
  kind?: never;
}

export interface OrganizationRecord extends EntityFields {
  type: 'organization';
  /** Sub-type, from ORGANIZATION_KINDS. */
  kind?: OrganizationKind;
}

export interface PlaceRecord extends EntityFields {
  type: 'place';
  /** Sub-type, from PLACE_KINDS. */
  kind?: PlaceKind;
}

/** An entity of the knowledge base; its `kind` comes from its type's vocabulary (KINDS). */
export type EntityRecord = PersonRecord | OrganizationRecord | PlaceRecord;

/** Is this a news medium, an outlet that relays news (a news agency, a newspaper, a channel)? */
export function isNewsMedium(e: EntityRecord): boolean {
  return e.type === 'organization' && (e.kind === 'media' || e.kind === 'agency');
}

/** A data file (lib/knowledge/data/*.json), described for editors by data/schema.json. */
export interface KnowledgeBaseFile {
  /** "./schema.json": lets an editor check the file as it is written. */
  $schema?: string;
  /** Where the names come from, for the reader of the data. */
  about: string;
  entities: EntityRecord[];
}
