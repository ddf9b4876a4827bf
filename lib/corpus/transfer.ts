/**
 * Export and import of the corpus as JSON Lines: a header line, then one line per article (with its
 * statements), one per discovered actor and one per knowledge-base edit. Import validates every
 * line before it writes anything; a bad line is reported with its number and nothing already
 * stored is touched.
 *
 * Format versions: 2 gives statements their speaker kind, phrase and verb offsets, verb class and
 * joint speakers, and adds the discovered actors. A version-1 file still imports: its statements
 * get what the database upgrade gives the statements saved before version 2. 3 adds the settings
 * line (the extension's export has one, the command line's none); a file without one imports as
 * it did.
 */
import { SPEAKER_KINDS, VERB_CLASSES } from '../analyze/types';
import { isDiscoveredId, isEntityId } from '../knowledge/ids';
import type { KnowledgeEdit } from '../knowledge/user';
import { builtinIds, readEdits } from '../knowledge/builtin';
import { checkEdit, type EditProblem } from '../knowledge/edit';
import { editProblemText, optionsStrings } from '../i18n/options';
import { mergeKnowledge } from './knowledge';
import { readSettings, settingsProblems, storedSettings, type Settings, type StoredSettings } from '../settings';
import { contentHash } from './hash';
import { writing } from './errors';
import { isStorableUrl } from './urls';
import { newArticle, storableDate, statementsOfRows, writeArticles, type ArticleToWrite, type StatementFields } from './corpus';
import { recordDiscovered } from './discovered';
import { isLinked, rowsOfSet } from './sets';
import { version2Fields, type DiscoveredRecord, type MarsadDB, type StoredSpeaker } from './schema';

export const FORMAT = 'marsad-corpus';
export const FORMAT_VERSION = 3;

/**
 * A statement in an export: the stored fields, without the article it belongs to. A joint
 * statement is one statement (spoken by its first member), not one per member as it is stored.
 */
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

/** An article line as a file may give it (an older or hand-made file leaves out what has a default). */
export type FileArticle = Omit<ExportedArticle, 'statements'> & { statements?: FileStatement[] };

/** A discovered actor: the record as stored. */
export interface ExportedDiscovered {
  type: 'discovered';
  actor: DiscoveredRecord;
}

/** The user's settings, with the version of their shape (lib/settings.ts). */
export interface ExportedSettings {
  type: 'settings';
  settings: StoredSettings;
}

export type Line = { type: 'header' } | FileArticle | ExportedDiscovered | { type: 'entity'; entity: KnowledgeEdit } | { type: 'settings'; settings: Settings };

/** A line of the export (no trailing newline), and whether it is an article's (what an export's progress counts). */
export interface ExportLine {
  text: string;
  article: boolean;
}

/** How many articles the export reads at a time, with one read of their statements. */
export const EXPORT_PAGE = 200;

/**
 * The export, line by line: the header, the settings when given, the articles, the discovered
 * actors, the knowledge-base edits. Articles are read in pages (their statements with them, in one
 * range of the index), so a large corpus never sits in memory whole. Every export is made here:
 * the whole file (exportCorpus) and the options page's download in parts (export-stream.ts).
 */
export async function* exportItems(db: MarsadDB, now: Date = new Date(), settings?: Settings): AsyncGenerator<ExportLine> {
  const other = (text: string): ExportLine => ({ text, article: false });
  yield other(JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, exportedAt: now.toISOString() }));
  if (settings) yield other(JSON.stringify({ type: 'settings', settings: storedSettings(settings) } satisfies ExportedSettings));
  let lastId = 0;
  for (;;) {
    const page = await db.articles.where('id').above(lastId).limit(EXPORT_PAGE).toArray();
    if (page.length === 0) break;
    // The page holds every article whose id lies between its first and its last: the statement
    // rows of that range of ids are its articles' (a row whose article is gone is left out), in the
    // order a read by each article gives (by article, then by row).
    const sets = await db.articleStatements.where('articleId').between(page[0]!.id, page[page.length - 1]!.id, true, true).toArray();
    const rowsOf = new Map(sets.map((s) => [s.articleId, rowsOfSet(s)]));
    for (const a of page) {
      const line: ExportedArticle = {
        type: 'article',
        url: a.url,
        canonicalUrl: a.canonicalUrl,
        title: a.title,
        site: a.site,
        byline: a.byline,
        // A date stored by an earlier build may be one the import refuses: exported as none.
        publishedAt: storableDate(a.publishedAt),
        savedAt: a.savedAt,
        lang: a.lang,
        text: a.text,
        mentions: a.mentionCounts,
        statements: statementsOfRows(rowsOf.get(a.id) ?? []),
      };
      yield { text: JSON.stringify(line), article: true };
    }
    lastId = page[page.length - 1]!.id;
  }
  for (const actor of await db.discovered.toArray()) yield other(JSON.stringify({ type: 'discovered', actor } satisfies ExportedDiscovered));
  // The records every reader takes; a damaged one (listed in the options page) would refuse the whole file.
  for (const e of readEdits(await db.entities.toArray()).edits) yield other(JSON.stringify({ type: 'entity', entity: e }));
}

/** The export's lines (exportItems' texts). */
export async function* exportLines(db: MarsadDB, now: Date = new Date(), settings?: Settings): AsyncGenerator<string> {
  for await (const line of exportItems(db, now, settings)) yield line.text;
}

/** The whole export as one string (the command line, the tests): each line followed by a line break. */
export async function exportCorpus(db: MarsadDB, now?: Date, settings?: Settings): Promise<string> {
  const lines: string[] = [];
  for await (const l of exportLines(db, now, settings)) lines.push(l);
  return lines.join('\n') + '\n';
}

export interface ImportProblem {
  line: number;
  /** What is wrong, in English. */
  message: string;
  /** For an entity line: the problem as the check every door uses gives it (the interface words it in its language). */
  entity?: EditProblem;
}

export interface ImportReport {
  /** Nothing was written when there are problems. */
  problems: ImportProblem[];
  articlesAdded: number;
  /** Articles already in the corpus (same canonical URL or same text): left as they are. */
  articlesSkipped: number;
  /** The file's knowledge-base records, merged with the stored ones as a knowledge file's are (lib/knowledge/file.ts planKnowledgeImport). */
  entitiesAdded: number;
  entitiesUpdated: number;
  entitiesUnchanged: number;
  /**
   * The file's settings: none in it, applied (all but the sites enabled in another browser, which
   * need this browser's permission), or not saved (the rest of the import stands).
   */
  settings: 'none' | 'applied' | 'failed';
  /**
   * Discovered actors new to the corpus. One already there gets the file's forms; one no saved
   * article mentions is left out (the corpus keeps the actors its articles name).
   */
  discoveredAdded: number;
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const DATE = /^\d{4}-\d{2}-\d{2}/;
const KINDS: readonly unknown[] = SPEAKER_KINDS;
const CLASSES: readonly unknown[] = VERB_CLASSES;

/** An offset of a version-2 field: in the text, or -1 (unknown); null (saved before version 2) when `nullable`. */
const isOffset = (v: unknown, length: number, nullable: boolean) => (v === null && nullable) || (Number.isInteger(v) && (v as number) >= -1 && (v as number) <= length);

/** A start/end pair: each an offset, and the end not before the start (unless unknown). */
function checkPair(o: Record<string, unknown>, start: string, end: string, length: number, nullable: boolean): string | undefined {
  const [a, b] = [o[start], o[end]];
  if (a === undefined && b === undefined) return undefined;
  if (!isOffset(a, length, nullable) || !isOffset(b, length, nullable)) return `"${start}" and "${end}" must be offsets in the text${nullable ? ', -1 or null' : ' or -1'}`;
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b < a) return `"${end}" is before "${start}"`;
  if ((a === null) !== (b === null)) return `"${start}" and "${end}" must both be null or neither`;
  return undefined;
}

/** The version-2 fields of a statement, when it has them (a version-1 file has none). */
function checkStatementV2(st: Record<string, unknown>, length: number): string | undefined {
  if (st['speakerKind'] !== undefined && !KINDS.includes(st['speakerKind'])) return `"speakerKind" must be one of ${SPEAKER_KINDS.join(', ')}`;
  if (st['verbClass'] !== undefined && !CLASSES.includes(st['verbClass'])) return `"verbClass" must be one of ${VERB_CLASSES.join(', ')}`;
  const pairs = checkPair(st, 'speakerStart', 'speakerEnd', length, true) ?? checkPair(st, 'verbStart', 'verbEnd', length, true);
  if (pairs) return pairs;
  const speakers = st['speakers'];
  if (speakers === undefined) return undefined;
  if (!Array.isArray(speakers) || speakers.length === 0) return '"speakers" must be a non-empty list';
  for (const [j, m] of (speakers as unknown[]).entries()) {
    const member = m as Record<string, unknown>;
    if (!member || typeof member !== 'object' || !isStrOrNull(member['id']) || !isStr(member['name']) || !KINDS.includes(member['kind']))
      return `speaker ${j + 1} needs an id (or null), a name and a kind (${SPEAKER_KINDS.join(', ')})`;
    const pair = checkPair(member, 'start', 'end', length, false);
    if (pair) return `speaker ${j + 1}: ${pair}`;
  }
  if ((speakers[0] as Record<string, unknown>)['id'] !== st['speakerId']) return 'the first of "speakers" must be the statement\'s speaker';
  return undefined;
}

function checkArticle(o: Record<string, unknown>): string | undefined {
  for (const k of ['url', 'title', 'text'] as const) if (!isStr(o[k]) || (k !== 'title' && o[k] === '')) return `"${k}" must be a non-empty string`;
  for (const k of ['canonicalUrl', 'site', 'byline', 'publishedAt'] as const) if (o[k] !== undefined && !isStrOrNull(o[k])) return `"${k}" must be a string or null`;
  for (const k of ['url', 'canonicalUrl'] as const)
    if (isStr(o[k]) && o[k] !== '' && !isStorableUrl(o[k])) return `"${k}" must be an http(s) address or a file's path (got ${JSON.stringify(String(o[k]).slice(0, 30))})`;
  if (isStr(o['publishedAt']) && storableDate(o['publishedAt']) !== o['publishedAt']) return '"publishedAt" must be a date (YYYY-MM-DD)';
  if (o['savedAt'] !== undefined && (!isStr(o['savedAt']) || Number.isNaN(Date.parse(o['savedAt'])))) return '"savedAt" must be an ISO date-time';
  const mentions = o['mentions'];
  if (mentions !== undefined && (typeof mentions !== 'object' || mentions === null || Array.isArray(mentions) || !Object.values(mentions).every(isInt)))
    return '"mentions" must map entity ids to counts';
  // Only ids: another key («*», the corpus's own total) would be counted as an entity.
  const badKey = mentions === undefined ? undefined : Object.keys(mentions).find((k) => !isEntityId(k) && !isDiscoveredId(k));
  if (badKey !== undefined) return `"mentions" has a key that is no entity id: ${JSON.stringify(String(badKey).slice(0, 40))}`;
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
    const v2 = checkStatementV2(st, text.length);
    if (v2) return `statement ${i + 1}: ${v2}`;
  }
  return undefined;
}

function checkDiscovered(o: Record<string, unknown>): string | undefined {
  const d = o['actor'] as Record<string, unknown> | undefined;
  if (!d || typeof d !== 'object') return '"actor" must be an object';
  if (!isDiscoveredId(d['id'])) return 'a discovered actor\'s "id" must be a discovered id (person:found-…)';
  if (!['person', 'organization', 'place'].includes(String(d['type']))) return 'a discovered actor\'s "type" must be person, organization or place';
  if (!isStr(d['name']) || d['name'] === '') return 'a discovered actor needs a name';
  if (!Array.isArray(d['forms']) || !d['forms'].every(isStr)) return 'a discovered actor\'s "forms" must be a list of names';
  if (!isStrOrNull(d['role'])) return 'a discovered actor\'s "role" must be a string or null';
  for (const k of ['firstSeen', 'lastSeen'] as const) if (!isStr(d[k]) || !DATE.test(d[k])) return `a discovered actor's "${k}" must be a date (YYYY-MM-DD)`;
  return undefined;
}

/** An entity line: its record as every door checks it (lib/knowledge/edit.ts); the problems otherwise. */
function checkEntity(o: Record<string, unknown>): { edit: KnowledgeEdit } | { problems: ImportProblemText[] } {
  const checked = checkEdit(o['entity'], builtinIds());
  if (checked.edit) return { edit: checked.edit };
  return { problems: checked.problems.map((entity) => ({ message: `entity: ${editProblemText(EN, entity)}`, entity })) };
}

export type ImportProblemText = Omit<ImportProblem, 'line'>;
const EN = optionsStrings('en');

/** What one line of a file is: the header, a line to import, problems (blank lines are nothing). */
export type ReadLine = { kind: 'header' } | { kind: 'line'; line: Line } | { kind: 'problems'; problems: ImportProblemText[] } | { kind: 'blank' };

/**
 * Reads and checks a file's lines one by one (a whole file, or a stream of them: import-stream.ts):
 * what a line says depends on the lines before it only through an entity given twice and a second
 * settings line.
 */
export class LineChecker {
  private readonly entityIds = new Set<string>();
  private sawSettings = false;

  read(l: string): ReadLine {
    if (l.trim() === '') return { kind: 'blank' };
    const problem = (message: string): ReadLine => ({ kind: 'problems', problems: [{ message }] });
    let o: unknown;
    try {
      o = JSON.parse(l);
    } catch (e) {
      return problem(`not valid JSON (${(e as Error).message})`);
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) return problem('not a JSON object');
    const obj = o as Record<string, unknown>;
    if (obj['format'] !== undefined) {
      if (obj['format'] !== FORMAT) return problem(`unknown format "${String(obj['format'])}"`);
      if (typeof obj['version'] !== 'number' || obj['version'] > FORMAT_VERSION)
        return problem(`made by a newer Marsad (format version ${String(obj['version'])}); update Marsad to import it`);
      return { kind: 'header' };
    }
    if (obj['type'] === 'settings') {
      const wrong = settingsProblems(obj['settings']);
      if (wrong.length) return problem(`settings: ${wrong.map((w) => `"${w}"`).join(', ')} ${wrong.length === 1 ? 'is' : 'are'} not valid`);
      if (this.sawSettings) return problem('a second settings line');
      this.sawSettings = true;
      return { kind: 'line', line: { type: 'settings', settings: readSettings(obj['settings']) } };
    }
    if (obj['type'] === 'entity') {
      const entity = checkEntity(obj);
      if ('problems' in entity) return { kind: 'problems', problems: entity.problems };
      if (this.entityIds.has(entity.edit.id)) return problem(`entity ${entity.edit.id} is given twice in the file`);
      this.entityIds.add(entity.edit.id);
      return { kind: 'line', line: { type: 'entity', entity: entity.edit } };
    }
    const check = { article: checkArticle, discovered: checkDiscovered }[String(obj['type'])];
    const wrong = check ? check(obj) : `unknown line type "${String(obj['type'])}"`;
    return wrong ? problem(wrong) : { kind: 'line', line: obj as unknown as Line };
  }
}

/** Parses and validates every line; returns the lines to import and the problems found. */
export function parseImport(text: string): { lines: Line[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const lines: Line[] = [];
  const checker = new LineChecker();
  let sawHeader = false;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((l, i) => {
      const r = checker.read(l);
      if (r.kind === 'problems') problems.push(...r.problems.map((p) => ({ line: i + 1, ...p })));
      else if (r.kind === 'line') lines.push(r.line);
      else if (r.kind === 'header') sawHeader = true;
    });
  if (!sawHeader && problems.length === 0 && lines.length === 0) problems.push({ line: 1, message: 'the file is empty' });
  return { lines, problems };
}

/** How much of a file one message carries (characters): well under the browsers' message limits. */
export const PART_SIZE = 4 * 1024 * 1024;

/** A file cut into parts of at most `size` characters, at line ends where the lines allow. */
export function textParts(text: string, size = PART_SIZE): string[] {
  const parts: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end - 1);
      if (nl >= at) end = nl + 1;
    }
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}

/**
 * Imports a JSON Lines export. All or nothing: with any problem, nothing is written. The file's
 * settings, checked with the rest, are handed to `applySettings` once the corpus is written (they
 * live elsewhere: the browser's storage); a failure to save them is reported, the corpus stays.
 */
export async function importCorpus(db: MarsadDB, text: string, applySettings?: (settings: Settings) => Promise<unknown>): Promise<ImportReport> {
  const { lines, problems } = parseImport(text);
  const report = emptyReport(problems);
  if (problems.length) return report;
  const articles = lines.filter((l): l is FileArticle => l.type === 'article');
  // Hashes first: nothing but Dexie may be awaited inside a Dexie transaction.
  const hashes = await Promise.all(articles.map((a) => contentHash(a.text)));
  await writing(() =>
    db.transaction('rw', [db.articles, db.articleStatements, db.articleLinks, db.entities, db.counters, db.discovered], async () => {
      await addArticles(db, articles, hashes, report);
      await addKnowledge(db, lines, report);
    }),
  );
  await addSettings(lines, report, applySettings);
  return report;
}

/** A report with nothing imported yet. */
export function emptyReport(problems: ImportProblem[] = []): ImportReport {
  return { problems, articlesAdded: 0, articlesSkipped: 0, entitiesAdded: 0, entitiesUpdated: 0, entitiesUnchanged: 0, settings: 'none', discoveredAdded: 0 };
}

/**
 * Adds a file's articles (inside the caller's transaction; `hashes` worked out before it), skipping
 * those already stored and those given earlier in the file (the same canonical address, or the same
 * text), and writes the others together (writeArticles). Returns the ids of the articles added.
 */
export async function addArticles(db: MarsadDB, articles: readonly FileArticle[], hashes: readonly string[], report: ImportReport): Promise<number[]> {
  const keys = articles.map((a) => a.canonicalUrl || a.url);
  // What is stored already (sameArticle's two questions, for them all): one lookup of each key,
  // all asked at once. (An anyOf() reads them with one cursor, whose every step waits for the
  // last: in Chromium that was over a third of a 10,000-article import's writing.)
  const lookUp = (index: 'canonicalUrl' | 'contentHash', values: readonly string[]) =>
    Promise.all(values.map((v) => db.articles.where(index).equals(v).limit(1).primaryKeys())).then((found) => values.filter((_, i) => found[i]!.length > 0));
  const [storedKeys, storedHashes] = await Promise.all([lookUp('canonicalUrl', keys), lookUp('contentHash', hashes)]);
  const seenKeys = new Set<unknown>(storedKeys);
  const seenHashes = new Set<unknown>(storedHashes);
  const savedAt = new Date().toISOString();
  const fresh: ArticleToWrite[] = [];
  for (const [i, a] of articles.entries()) {
    const key = keys[i]!;
    const hash = hashes[i]!;
    if (seenKeys.has(key) || seenHashes.has(hash)) {
      report.articlesSkipped++;
      continue;
    }
    seenKeys.add(key);
    seenHashes.add(hash);
    fresh.push({ record: newArticle({ ...a, savedAt: a.savedAt ?? savedAt }, hash, a.mentions ?? {}), statements: (a.statements ?? []).map(importedStatement) });
  }
  const added = await writeArticles(db, fresh);
  report.articlesAdded += added.length;
  return added;
}

/** Adds a file's discovered actors and merges its knowledge edits, after its articles (inside the caller's transaction). */
export async function addKnowledge(db: MarsadDB, lines: readonly Line[], report: ImportReport): Promise<void> {
  // An actor is kept when a saved article (imported or already there) names it.
  for (const l of lines) {
    if (l.type !== 'discovered') continue;
    const { actor } = l;
    if (!(await isLinked(db, actor.id))) continue;
    if (!(await db.discovered.get(actor.id))) report.discoveredAdded++;
    await recordDiscovered(db, [{ id: actor.id, type: actor.type, name: actor.name, forms: actor.forms, role: actor.role, seen: actor.lastSeen }]);
  }
  // Merged with the stored records as a knowledge file is: a new id added, names and exclusions
  // of a built-in entity combined, the more recent version of an entity of one's own kept.
  const merged = await mergeKnowledge(db, lines.flatMap((l) => (l.type === 'entity' ? [l.entity] : [])));
  report.entitiesAdded += merged.added;
  report.entitiesUpdated += merged.updated;
  report.entitiesUnchanged += merged.unchanged;
}

/** Hands the file's settings to `applySettings`, once the corpus is written; says how it went. */
export async function addSettings(lines: readonly Line[], report: ImportReport, applySettings?: (settings: Settings) => Promise<unknown>): Promise<void> {
  const settings = lines.find((l): l is { type: 'settings'; settings: Settings } => l.type === 'settings');
  if (!settings || !applySettings) return;
  try {
    await applySettings(settings.settings);
    report.settings = 'applied';
  } catch {
    report.settings = 'failed';
  }
}

/** A statement as a file may give it: a version-1 file has none of the version-2 fields, and context is optional. */
type FileStatement = Omit<ExportedStatement, V2Field | 'speakers' | 'direct' | 'prefix' | 'suffix'> &
  Partial<Pick<ExportedStatement, V2Field | 'direct' | 'prefix' | 'suffix'>> & {
    speakers?: (Omit<StoredSpeaker, 'start' | 'end'> & Partial<Pick<StoredSpeaker, 'start' | 'end'>>)[];
  };
type V2Field = 'speakerKind' | 'speakerStart' | 'speakerEnd' | 'verbStart' | 'verbEnd' | 'verbClass';

/** A statement of a file as it is stored: a version-1 statement gets what the database upgrade gives old rows. */
function importedStatement(s: FileStatement): StatementFields {
  const old = version2Fields(s);
  return {
    speakerId: s.speakerId,
    speaker: s.speaker,
    speakerKind: s.speakerKind ?? old.speakerKind,
    speakerStart: s.speakerStart ?? old.speakerStart,
    speakerEnd: s.speakerEnd ?? old.speakerEnd,
    ...(s.speakers ? { speakers: s.speakers.map((m) => ({ id: m.id, name: m.name, kind: m.kind, start: m.start ?? -1, end: m.end ?? -1 })) } : {}),
    verb: s.verb,
    verbStart: s.verbStart ?? old.verbStart,
    verbEnd: s.verbEnd ?? old.verbEnd,
    verbClass: s.verbClass ?? old.verbClass,
    text: s.text,
    direct: s.direct === true,
    start: s.start,
    end: s.end,
    prefix: s.prefix ?? '',
    suffix: s.suffix ?? '',
  };
}
