/**
 * The built-in knowledge base's data: every data file in ./data, bundled with the extension. Only
 * the data, so that a page that lists the entities (the options page's knowledge tab) loads it on
 * its own, without the matcher (builtin.ts compiles it).
 */
import countries from './data/countries.json';
import organizations from './data/organizations.json';
import peopleLeaders from './data/people-leaders.json';
import peopleOthers from './data/people-others.json';
import peopleWorld from './data/people-world.json';
import placesRegion from './data/places-region.json';
import placesSyriaIraq from './data/places-syria-iraq.json';
import type { EntityRecord, KnowledgeBaseFile } from './types';

export const BUILTIN_FILES: Readonly<Record<string, KnowledgeBaseFile>> = {
  'countries.json': countries as KnowledgeBaseFile,
  'places-syria-iraq.json': placesSyriaIraq as KnowledgeBaseFile,
  'places-region.json': placesRegion as KnowledgeBaseFile,
  'people-leaders.json': peopleLeaders as KnowledgeBaseFile,
  'people-others.json': peopleOthers as KnowledgeBaseFile,
  'people-world.json': peopleWorld as KnowledgeBaseFile,
  'organizations.json': organizations as KnowledgeBaseFile,
};

/** Every built-in entity, in a stable order. */
export const BUILTIN_ENTITIES: readonly EntityRecord[] = Object.values(BUILTIN_FILES).flatMap((f) => f.entities);
