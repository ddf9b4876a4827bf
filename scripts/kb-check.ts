/**
 * Checks the built-in knowledge base files and prints counts per file and type:
 *   npx tsx scripts/kb-check.ts [lib/knowledge/data/some.json ...]
 * With no argument it checks every data file together (cross-file duplicates included).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityRecord, KnowledgeBaseFile } from '../lib/knowledge/types';
import { validateKnowledgeBase } from '../lib/knowledge/validate';

const dir = 'lib/knowledge/data';
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
const all: EntityRecord[] = [];
for (const f of files) {
  let data: KnowledgeBaseFile;
  try {
    data = JSON.parse(readFileSync(f, 'utf8')) as KnowledgeBaseFile;
  } catch (e) {
    console.error(`${f}: not valid JSON: ${(e as Error).message}`);
    process.exitCode = 1;
    continue;
  }
  const counts = { person: 0, organization: 0, place: 0 } as Record<string, number>;
  for (const e of data.entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
  console.log(`${f}: ${data.entities.length} entities ${JSON.stringify(counts)}`);
  all.push(...data.entities);
}
const problems = validateKnowledgeBase(all);
for (const p of problems) console.log(`  ${p.id}: ${p.problem}`);
console.log(`${all.length} entities, ${problems.length} problems`);
if (problems.length) process.exitCode = 1;
