/**
 * Checks the built-in knowledge base files and prints counts per file, type and kind:
 *   npx tsx scripts/kb-check.ts [lib/knowledge/data/some.json ...]
 * With no argument it checks every data file together (cross-file duplicates included). Each file
 * is checked against data/schema.json (unknown fields, a kind outside its type's vocabulary), then
 * all entities by the validator.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkJsonSchema, type JsonSchema } from '../lib/knowledge/json-schema';
import { ENTITY_TYPES, type EntityRecord, type KnowledgeBaseFile } from '../lib/knowledge/types';
import { validateKnowledgeBase, type KbProblem } from '../lib/knowledge/validate';

const dir = 'lib/knowledge/data';
const SCHEMA = 'schema.json';
const schema = JSON.parse(readFileSync(join(dir, SCHEMA), 'utf8')) as JsonSchema;
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir).filter((f) => f.endsWith('.json') && f !== SCHEMA).sort().map((f) => join(dir, f));
const all: EntityRecord[] = [];
const problems: KbProblem[] = [];
for (const f of files) {
  let data: KnowledgeBaseFile;
  try {
    data = JSON.parse(readFileSync(f, 'utf8')) as KnowledgeBaseFile;
  } catch (e) {
    console.error(`${f}: not valid JSON: ${(e as Error).message}`);
    process.exitCode = 1;
    continue;
  }
  for (const { path, message } of checkJsonSchema(schema, data)) {
    const entry = /^\/entities\/(\d+)/.exec(path);
    const id = entry ? data.entities[Number(entry[1])]?.id : undefined;
    problems.push({ id: id ?? f, problem: `${f}#${path}: ${message}` });
  }
  if (!Array.isArray(data.entities)) continue;
  const counts = { person: 0, organization: 0, place: 0 } as Record<string, number>;
  for (const e of data.entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
  console.log(`${f}: ${data.entities.length} entities ${JSON.stringify(counts)}`);
  all.push(...data.entities);
}
for (const type of ENTITY_TYPES) {
  const kinds = new Map<string, number>();
  for (const e of all) if (e.type === type) kinds.set(e.kind ?? '(none)', (kinds.get(e.kind ?? '(none)') ?? 0) + 1);
  const list = [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (list.some(([k]) => k !== '(none)')) console.log(`${type} kinds: ${list.map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
problems.push(...validateKnowledgeBase(all));
for (const p of problems) console.log(`  ${p.id}: ${p.problem}`);
console.log(`${all.length} entities, ${problems.length} problems`);
if (problems.length) process.exitCode = 1;
