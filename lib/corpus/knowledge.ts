/**
 * The user's knowledge-base edits as the corpus stores them (the `entities` table): importing a
 * knowledge file writes its plan (lib/knowledge/file.ts) in one transaction, so an import that
 * fails leaves every edit as it was.
 */
import { planKnowledgeImport } from '../knowledge/file';
import type { KnowledgeEdit } from '../knowledge/user';
import { writing } from './errors';
import type { MarsadDB } from './schema';

export interface KnowledgeImportReport {
  added: number;
  updated: number;
  unchanged: number;
}

export async function importKnowledge(db: MarsadDB, incoming: readonly KnowledgeEdit[]): Promise<KnowledgeImportReport> {
  return writing(() =>
    db.transaction('rw', db.entities, async () => {
      const plan = planKnowledgeImport(incoming, await db.entities.toArray());
      await db.entities.bulkPut(plan.writes);
      return { added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
    }),
  );
}
