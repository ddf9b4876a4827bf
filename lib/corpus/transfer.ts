/**
 * Export and import of the corpus as JSON Lines: a header line, then one line per article (with its
 * statements) and one per knowledge-base edit. Import validates every line before it writes
 * anything; a bad line is reported with its number and nothing already stored is touched.
 */
import type { KnowledgeEdit } from '../gazetteer/user';
import { contentHash } from './hash';
import { writing } from './errors';
import { countArticle, linksOf, statementRecords, type StatementFields } from './corpus';
import type { ArticleRecord, MarsadDB } from './schema';

export const FORMAT = 'marsad-corpus';
export const FORMAT_VERSION = 1;

/** A statement in an export: the stored fields, without the article it belongs to. */
export type ExportedStatement = StatementFields;

export interface ExportedArticle {
  type: 'article';
  url: string;
  canonicalUrl: string;
  title: string;
  site: string | null;
  byline: string | null;
  publishedAt: string | null;
  savedAt: string;
  lang: string;
  text: string;
  mentions: Record<string, number>;
  statements: ExportedStatement[];
}

export interface ExportedEdit extends KnowledgeEdit {
  type_: 'entity';
}

type Line = { type: 'header' } | ExportedArticle | { type: 'entity'; entity: KnowledgeEdit };

/** The export, line by line (no trailing newline on each). Articles are read in pages, so a large corpus never sits in memory whole. */
export async function* exportLines(db: MarsadDB, now: Date = new Date()): AsyncGenerator<string> {
  yield JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, exportedAt: now.toISOString() });
  const PAGE = 200;
  let lastId = 0;
  for (;;) {
    const page = await db.articles.where('id').above(lastId).limit(PAGE).toArray();
    if (page.length === 0) break;
    for (const a of page) {
      const statements = await db.statements.where('articleId').equals(a.id).toArray();
      const line: ExportedArticle = {
        type: 'article',
        url: a.url,
        canonicalUrl: a.canonicalUrl,
        title: a.title,
        site: a.site,
        byline: a.byline,
        publishedAt: a.publishedAt,
        savedAt: a.savedAt,
        lang: a.lang,
        text: a.text,
        mentions: a.mentionCounts,
        statements: statements.map((s) => ({
          speakerId: s.speakerId || null,
          speaker: s.speaker,
          verb: s.verb,
          text: s.text,
          direct: s.direct,
          start: s.start,
          end: s.end,
          prefix: s.prefix,
          suffix: s.suffix,
        })),
      };
      yield JSON.stringify(line);
    }
    lastId = page[page.length - 1]!.id;
  }
  for (const e of await db.entities.toArray()) yield JSON.stringify({ type: 'entity', entity: e });
}

/** The whole export as one string (for a download). */
export async function exportCorpus(db: MarsadDB, now?: Date): Promise<string> {
  const lines: string[] = [];
  for await (const l of exportLines(db, now)) lines.push(l);
  return lines.join('\n') + '\n';
}

export interface ImportProblem {
  line: number;
  message: string;
}

export interface ImportReport {
  /** Nothing was written when there are problems. */
  problems: ImportProblem[];
  articlesAdded: number;
  /** Articles already in the corpus (same canonical URL or same text): left as they are. */
  articlesSkipped: number;
  entitiesAdded: number;
  entitiesSkipped: number;
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const DATE = /^\d{4}-\d{2}-\d{2}/;

function checkArticle(o: Record<string, unknown>): string | undefined {
  for (const k of ['url', 'title', 'text'] as const) if (!isStr(o[k]) || (k !== 'title' && o[k] === '')) return `"${k}" must be a non-empty string`;
  for (const k of ['canonicalUrl', 'site', 'byline', 'publishedAt'] as const) if (o[k] !== undefined && !isStrOrNull(o[k])) return `"${k}" must be a string or null`;
  if (isStr(o['publishedAt']) && !DATE.test(o['publishedAt'])) return '"publishedAt" must be a date (YYYY-MM-DD)';
  if (o['savedAt'] !== undefined && (!isStr(o['savedAt']) || Number.isNaN(Date.parse(o['savedAt'])))) return '"savedAt" must be an ISO date-time';
  const mentions = o['mentions'];
  if (mentions !== undefined && (typeof mentions !== 'object' || mentions === null || Array.isArray(mentions) || !Object.values(mentions).every(isInt)))
    return '"mentions" must map entity ids to counts';
  const statements = o['statements'];
  if (statements !== undefined && !Array.isArray(statements)) return '"statements" must be a list';
  const text = o['text'] as string;
  for (const [i, s] of ((statements ?? []) as unknown[]).entries()) {
    const st = s as Record<string, unknown>;
    if (!st || typeof st !== 'object') return `statement ${i + 1} is not an object`;
    if (!isStrOrNull(st['speakerId']) || !isStr(st['speaker']) || !isStr(st['verb']) || !isStr(st['text'])) return `statement ${i + 1} needs speakerId, speaker, verb and text`;
    for (const k of ['prefix', 'suffix'] as const) if (st[k] !== undefined && !isStr(st[k])) return `statement ${i + 1}: "${k}" must be a string`;
    if (st['direct'] !== undefined && typeof st['direct'] !== 'boolean') return `statement ${i + 1}: "direct" must be true or false`;
    if (!isInt(st['start']) || !isInt(st['end']) || (st['end'] as number) < (st['start'] as number) || (st['end'] as number) > text.length)
      return `statement ${i + 1} has offsets outside the text`;
  }
  return undefined;
}

function checkEntity(o: Record<string, unknown>): string | undefined {
  const e = o['entity'] as Record<string, unknown> | undefined;
  if (!e || typeof e !== 'object') return '"entity" must be an object';
  if (!isStr(e['id']) || !/^(person|org|place):[a-z0-9-]+$/.test(e['id'])) return 'entity "id" is not a Marsad id';
  if (e['origin'] !== 'user' && e['origin'] !== 'edit') return 'entity "origin" must be "user" or "edit"';
  if (e['origin'] === 'user' && (!isStr(e['name']) || !['person', 'organization', 'place'].includes(String(e['type'])))) return 'an entity of your own needs a name and a type';
  if (e['aliases'] !== undefined && !(Array.isArray(e['aliases']) && e['aliases'].every(isStr))) return 'entity "aliases" must be a list of names';
  return undefined;
}

/** Parses and validates every line; returns the lines to import and the problems found. */
export function parseImport(text: string): { lines: Line[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const lines: Line[] = [];
  const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let sawHeader = false;
  raw.forEach((l, i) => {
    const n = i + 1;
    if (l.trim() === '') return;
    let o: unknown;
    try {
      o = JSON.parse(l);
    } catch (e) {
      problems.push({ line: n, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) {
      problems.push({ line: n, message: 'not a JSON object' });
      return;
    }
    const obj = o as Record<string, unknown>;
    if (obj['format'] !== undefined) {
      if (obj['format'] !== FORMAT) problems.push({ line: n, message: `unknown format "${String(obj['format'])}"` });
      else if (typeof obj['version'] !== 'number' || obj['version'] > FORMAT_VERSION)
        problems.push({ line: n, message: `made by a newer Marsad (format version ${String(obj['version'])}); update Marsad to import it` });
      else sawHeader = true;
      return;
    }
    const problem = obj['type'] === 'article' ? checkArticle(obj) : obj['type'] === 'entity' ? checkEntity(obj) : `unknown line type "${String(obj['type'])}"`;
    if (problem) problems.push({ line: n, message: problem });
    else lines.push(obj as unknown as Line);
  });
  if (!sawHeader && problems.length === 0 && lines.length === 0) problems.push({ line: 1, message: 'the file is empty' });
  return { lines, problems };
}

/** Imports a JSON Lines export. All or nothing: with any problem, nothing is written. */
export async function importCorpus(db: MarsadDB, text: string): Promise<ImportReport> {
  const { lines, problems } = parseImport(text);
  const report: ImportReport = { problems, articlesAdded: 0, articlesSkipped: 0, entitiesAdded: 0, entitiesSkipped: 0 };
  if (problems.length) return report;
  const articles = lines.filter((l): l is ExportedArticle => l.type === 'article');
  // Hashes first: nothing but Dexie may be awaited inside a Dexie transaction.
  const hashes = await Promise.all(articles.map((a) => contentHash(a.text)));
  await writing(() => db.transaction('rw', [db.articles, db.statements, db.links, db.entities, db.counts], async () => {
    for (const [i, a] of articles.entries()) {
      const key = a.canonicalUrl || a.url;
      const hash = hashes[i]!;
      const existing = (await db.articles.where('canonicalUrl').equals(key).first()) ?? (await db.articles.where('contentHash').equals(hash).first());
      if (existing) {
        report.articlesSkipped++;
        continue;
      }
      const mentions = a.mentions ?? {};
      const savedAt = a.savedAt ?? new Date().toISOString();
      const dated = a.publishedAt ?? savedAt.slice(0, 10);
      const record: Omit<ArticleRecord, 'id'> = {
        url: a.url,
        canonicalUrl: key,
        title: a.title,
        site: a.site ?? null,
        byline: a.byline ?? null,
        publishedAt: a.publishedAt ?? null,
        savedAt,
        lang: a.lang ?? 'arb',
        text: a.text,
        contentHash: hash,
        entityIds: Object.keys(mentions),
        mentionCounts: mentions,
      };
      const id = (await db.articles.add(record as ArticleRecord)) as number;
      await db.links.bulkAdd(linksOf(id, dated, mentions));
      await countArticle(db, Object.keys(mentions), (a.statements ?? []).map((s) => s.speakerId ?? ''), 1);
      await db.statements.bulkAdd(
        statementRecords(
          id,
          { url: a.url, title: a.title, site: a.site ?? null },
          dated,
          (a.statements ?? []).map((s) => ({ ...s, direct: s.direct === true, prefix: s.prefix ?? '', suffix: s.suffix ?? '' })),
        ),
      );
      report.articlesAdded++;
    }
    for (const l of lines) {
      if (l.type !== 'entity') continue;
      if (await db.entities.get(l.entity.id)) {
        report.entitiesSkipped++;
        continue;
      }
      await db.entities.add(l.entity);
      report.entitiesAdded++;
    }
  }));
  return report;
}
