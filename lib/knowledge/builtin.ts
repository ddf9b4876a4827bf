/**
 * The built-in knowledge base (its data: builtin-data.ts), looked up and compiled.
 */
import { BUILTIN_ENTITIES } from './builtin-data';
import { compileGazetteer, type Gazetteer } from './matcher';
import type { EntityRecord } from './types';
import { usableEdits, type DamagedRecord } from './edit';
import { applyEdits, idsOf, type KnowledgeEdit } from './user';

export { BUILTIN_ENTITIES, BUILTIN_FILES } from './builtin-data';

let byId: ReadonlyMap<string, EntityRecord> | undefined;

/** A built-in entity by its id (hidden by the user or not). */
export function builtinEntity(id: string): EntityRecord | undefined {
  byId ??= new Map(BUILTIN_ENTITIES.map((e) => [e.id, e]));
  return byId.get(id);
}

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
