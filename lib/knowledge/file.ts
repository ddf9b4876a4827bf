/**
 * The entities file (pure): the user's own entities and edits exported as JSON, read back with
 * every problem reported, and merged with what is stored.
 */
import { checkEdit, usableEdits, type EditProblem } from './edit';
import type { KnowledgeEdit } from './user';
import { isEdited } from './catalogue';

export const KNOWLEDGE_FORMAT = 'marsad-knowledge';
export const KNOWLEDGE_VERSION = 1;

export interface KnowledgeFile {
  format: typeof KNOWLEDGE_FORMAT;
  version: number;
  exportedAt: string;
  entities: KnowledgeEdit[];
}

/** The records worth exporting: the user's own entities (not deleted) and their edits to built-in ones (a damaged record is not). */
export function exportableEdits(stored: readonly KnowledgeEdit[], builtinIds: ReadonlySet<string>): KnowledgeEdit[] {
  return usableEdits(stored, builtinIds).edits.filter((e) => (e.origin === 'user' ? !e.hidden && !builtinIds.has(e.id) : builtinIds.has(e.id) && isEdited(e)));
}

export function knowledgeFile(edits: readonly KnowledgeEdit[], now: Date): string {
  const file: KnowledgeFile = { format: KNOWLEDGE_FORMAT, version: KNOWLEDGE_VERSION, exportedAt: now.toISOString(), entities: [...edits] };
  return JSON.stringify(file, null, 2) + '\n';
}

export type KnowledgeProblem =
  | { entry: null; code: 'notJson'; detail: string }
  | { entry: null; code: 'notKnowledge' | 'noEntities' }
  | { entry: null; code: 'newer'; detail: string }
  | { entry: number; code: 'duplicate'; detail: string }
  | ({ entry: number } & EditProblem);

/**
 * Reads an entities file; every entry passes the check every door uses (lib/knowledge/edit.ts),
 * every problem is reported (entry numbers from 1), and with any problem nothing should be imported.
 */
export function parseKnowledgeFile(text: string, builtinIds: ReadonlySet<string>, now: Date): { edits: KnowledgeEdit[]; problems: KnowledgeProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { edits: [], problems: [{ entry: null, code: 'notJson', detail: (e as Error).message }] };
  }
  const file = (data && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  if (file['format'] !== KNOWLEDGE_FORMAT) return { edits: [], problems: [{ entry: null, code: 'notKnowledge' }] };
  if (typeof file['version'] !== 'number' || file['version'] > KNOWLEDGE_VERSION)
    return { edits: [], problems: [{ entry: null, code: 'newer', detail: String(file['version']) }] };
  if (!Array.isArray(file['entities'])) return { edits: [], problems: [{ entry: null, code: 'noEntities' }] };
  const problems: KnowledgeProblem[] = [];
  const edits: KnowledgeEdit[] = [];
  const seen = new Set<string>();
  file['entities'].forEach((raw: unknown, i: number) => {
    const entry = i + 1;
    const checked = checkEdit(raw, builtinIds, now);
    if (!checked.edit) {
      problems.push(...checked.problems.map((p) => ({ entry, ...p })));
      return;
    }
    const edit = checked.edit;
    if (seen.has(edit.id)) {
      problems.push({ entry, code: 'duplicate', detail: edit.id });
      return;
    }
    seen.add(edit.id);
    edits.push(compact(edit));
  });
  return { edits: problems.length ? [] : edits, problems };
}

/** A record as the file's import stores it: no empty list, `hidden` only when true, an own entity's English name given ('' for none). */
function compact(e: KnowledgeEdit): KnowledgeEdit {
  const out: KnowledgeEdit = { id: e.id, origin: e.origin, updatedAt: e.updatedAt };
  if (e.origin === 'user') {
    out.type = e.type;
    out.name = e.name;
    out.nameEn = e.nameEn ?? '';
  }
  if (e.aliases?.length) out.aliases = e.aliases;
  if (e.excluded?.length) out.excluded = e.excluded;
  if (e.hidden === true) out.hidden = true;
  return out;
}

export interface ImportPlan {
  /** The records to send, each complete (it replaces what is stored under its id). */
  writes: KnowledgeEdit[];
  added: number;
  updated: number;
  unchanged: number;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === (b ?? [])[i]);

function sameRecord(a: KnowledgeEdit, b: KnowledgeEdit): boolean {
  return (
    a.origin === b.origin &&
    a.type === b.type &&
    a.name === b.name &&
    (a.nameEn ?? '') === (b.nameEn ?? '') &&
    !!a.hidden === !!b.hidden &&
    sameList(a.aliases, b.aliases) &&
    sameList(a.excluded, b.excluded)
  );
}

const union = (a: readonly string[] | undefined, b: readonly string[] | undefined) => {
  const out = [...new Set([...(a ?? []), ...(b ?? [])])];
  return out.length ? out : undefined;
};

/**
 * How imported records meet the stored ones. A new id is added. For a built-in entity both sets of
 * added names and exclusions are kept, and hiding follows the more recent record. For an entity of
 * the user's own, the more recently changed version wins.
 */
export function planKnowledgeImport(incoming: readonly KnowledgeEdit[], stored: readonly KnowledgeEdit[]): ImportPlan {
  const byId = new Map(stored.map((e) => [e.id, e]));
  const plan: ImportPlan = { writes: [], added: 0, updated: 0, unchanged: 0 };
  for (const inc of incoming) {
    const cur = byId.get(inc.id);
    if (!cur) {
      plan.writes.push(inc);
      plan.added++;
      continue;
    }
    const newer = inc.updatedAt > cur.updatedAt;
    let next: KnowledgeEdit;
    if (inc.origin === 'edit' && cur.origin === 'edit') {
      next = { ...cur, aliases: union(cur.aliases, inc.aliases), excluded: union(cur.excluded, inc.excluded), hidden: newer ? inc.hidden : cur.hidden };
      if (!next.aliases) delete next.aliases;
      if (!next.excluded) delete next.excluded;
      if (!next.hidden) delete next.hidden;
      next.updatedAt = newer ? inc.updatedAt : cur.updatedAt;
    } else next = newer ? inc : cur;
    if (sameRecord(next, cur)) plan.unchanged++;
    else {
      plan.writes.push(next);
      plan.updated++;
    }
  }
  return plan;
}
