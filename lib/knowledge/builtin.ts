/**
 * The built-in knowledge base: every data file in ./data, bundled with the extension.
 */
import countries from './data/countries.json';
import organizations from './data/organizations.json';
import peopleLeaders from './data/people-leaders.json';
import peopleOthers from './data/people-others.json';
import peopleWorld from './data/people-world.json';
import placesRegion from './data/places-region.json';
import placesSyriaIraq from './data/places-syria-iraq.json';
import { compileGazetteer, type Gazetteer } from './matcher';
import type { EntityRecord, KnowledgeBaseFile } from './types';
import { usableEdits, type DamagedRecord } from './edit';
import { applyEdits, idsOf, type KnowledgeEdit } from './user';

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

/** The ids of the built-in entities. */
export function builtinIds(): ReadonlySet<string> {
  return idsOf(BUILTIN_ENTITIES);
}

/**
 * The stored knowledge-base records as every reader takes them: those that pass the check every door
 * uses (lib/knowledge/edit.ts), and those it skips, with what is wrong with each.
 */
export function readEdits(stored: readonly unknown[]): { edits: KnowledgeEdit[]; damaged: DamagedRecord[] } {
  return usableEdits(stored, builtinIds());
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
