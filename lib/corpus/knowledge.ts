/**
 * The user's knowledge-base edits as the corpus stores them (the `entities` table): importing a
 * knowledge file writes its plan (lib/knowledge/file.ts) in one transaction, so an import that
 * fails leaves every edit as it was. A stored record that no door would take (lib/knowledge/edit.ts)
 * is left out of the plan (an incoming record of its id replaces it) and is removed only when the
 * user says so.
 */
import { readEdits } from '../knowledge/builtin';
import { planKnowledgeImport } from '../knowledge/file';
import type { KnowledgeEdit } from '../knowledge/user';
import { writing } from './errors';
import type { MarsadDB } from './schema';

export interface KnowledgeImportReport {
  added: number;
  updated: number;
  unchanged: number;
}

/** Merges checked records with the stored ones (inside the caller's transaction when there is one). */
export async function mergeKnowledge(db: MarsadDB, incoming: readonly KnowledgeEdit[]): Promise<KnowledgeImportReport> {
  const plan = planKnowledgeImport(incoming, readEdits(await db.entities.toArray()).edits);
  await db.entities.bulkPut(plan.writes);
  return { added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
}

/** Imports checked records in one transaction: all of them, or (when the write fails) none. */
export async function importKnowledge(db: MarsadDB, incoming: readonly KnowledgeEdit[]): Promise<KnowledgeImportReport> {
  return writing(() => db.transaction('rw', db.entities, () => mergeKnowledge(db, incoming)));
}

/**
 * Deletes the stored records of these keys that are damaged (the options page lists them); a
 * record that passes the check stays, whatever is asked. Returns how many were deleted.
 */
export async function removeDamagedKnowledge(db: MarsadDB, keys: readonly (string | number)[]): Promise<number> {
  return writing(() =>
    db.transaction('rw', db.entities, async () => {
      const stored = await db.entities.bulkGet(keys as string[]);
      const damaged = keys.filter((_, i) => stored[i] !== undefined && readEdits([stored[i]]).damaged.length > 0);
      await db.entities.bulkDelete(damaged as string[]);
      return damaged.length;
    }),
  );
}
