/**
 * The built-in knowledge base: every data file in ./data, bundled with the extension.
 */
import countries from './data/countries.json';
import organizations from './data/organizations.json';
import peopleLeaders from './data/people-leaders.json';
import peopleOthers from './data/people-others.json';
import placesRegion from './data/places-region.json';
import placesSyriaIraq from './data/places-syria-iraq.json';
import { compileGazetteer, type Gazetteer } from './matcher';
import type { EntityRecord, KnowledgeBaseFile } from './types';
import { applyEdits, type KnowledgeEdit } from './user';

export const BUILTIN_FILES: Readonly<Record<string, KnowledgeBaseFile>> = {
  'countries.json': countries as KnowledgeBaseFile,
  'places-syria-iraq.json': placesSyriaIraq as KnowledgeBaseFile,
  'places-region.json': placesRegion as KnowledgeBaseFile,
  'people-leaders.json': peopleLeaders as KnowledgeBaseFile,
  'people-others.json': peopleOthers as KnowledgeBaseFile,
  'organizations.json': organizations as KnowledgeBaseFile,
};

/** Every built-in entity, in a stable order. */
export const BUILTIN_ENTITIES: readonly EntityRecord[] = Object.values(BUILTIN_FILES).flatMap((f) => f.entities);

let byId: ReadonlyMap<string, EntityRecord> | undefined;

/** A built-in entity by its id (hidden by the user or not). */
export function builtinEntity(id: string): EntityRecord | undefined {
  byId ??= new Map(BUILTIN_ENTITIES.map((e) => [e.id, e]));
  return byId.get(id);
}

let compiled: Gazetteer | undefined;

/** The built-in knowledge base, compiled once. */
export function builtinGazetteer(): Gazetteer {
  compiled ??= compileGazetteer(BUILTIN_ENTITIES);
  return compiled;
}

/** The knowledge base the user sees: the built-in entities with the user's edits and own entities. */
export function userEntities(edits: readonly KnowledgeEdit[]): readonly EntityRecord[] {
  return edits.length ? applyEdits(BUILTIN_ENTITIES, edits) : BUILTIN_ENTITIES;
}

/** The user's knowledge base compiled (without edits, the built-in one compiled once). */
export function userGazetteer(edits: readonly KnowledgeEdit[]): Gazetteer {
  return edits.length ? compileGazetteer(applyEdits(BUILTIN_ENTITIES, edits)) : builtinGazetteer();
}
