/**
 * The corpus's operations: save an analysed article, and the queries the popup, the hover card and
 * the CLI ask. Every function takes the database, so the extension (background) and Node (CLI,
 * tests on fake-indexeddb) run the same code.
 */
import { VERB_CLASSES, type Analysis, type SpeakerKind, type Statement, type VerbClass } from '../analyze/types';
import { STATEMENT_CONTEXT } from '../text-fragment';
import { discoveredOf, recordDiscovered, settleDiscovered, sightingOf } from './discovered';
import { writing } from './errors';
import { contentHash } from './hash';
import {
  articleDate,
  statementOrder,
  TOTAL,
  type ArticleLinksRecord,
  type ArticleRecord,
  type ArticleStatementsRecord,
  type MarsadDB,
  type StatementRecord,
  type StoredSpeaker,
} from './schema';
import { addToCounts, readCount, readCounts } from './counters';
import { linkSetOf, linksTo, statementRowsOf, statementsBy, statementSetOf, type ArticleLink } from './sets';

/** An article to save: what describes it, and its analysis (whose text is the article's). */
export interface ArticleInput extends Omit<ArticleFields, 'text' | 'savedAt'> {
  /** The analysed text; `analysis` offsets refer to it. */
  analysis: Analysis;
}

export type SaveStatus = 'saved' | 'updated' | 'unchanged';
export interface SaveResult {
  status: SaveStatus;
  id: number;
}

/**
 * Saves an article and its analysis in one transaction. An article already saved under the same
 * canonical URL is updated when its text changed and left alone when it did not; the same text
 * under another address is recognised as the same article.
 */
export async function saveArticle(db: MarsadDB, input: ArticleInput, now: Date = new Date()): Promise<SaveResult> {
  const text = input.analysis.text;
  // Hash before the transaction: awaiting anything but Dexie inside it would commit it early.
  const hash = await contentHash(text);
  const key = input.canonicalUrl || input.url;
  const savedAt = now.toISOString();
  const tables = [db.articles, db.articleStatements, db.articleLinks, db.counters, db.discovered];
  return writing(() => db.transaction('rw', tables, async () => {
    const existing = await sameArticle(db, key, hash);
    if (existing && existing.contentHash === hash) return { status: 'unchanged' as const, id: existing.id };
    const { record, statements } = articleToWrite(input, hash, savedAt);
    if (existing) {
      const oldSpeakers = (await statementRowsOf(db, existing.id)).map((st) => st.speakerId);
      await countArticle(db, existing.entityIds, oldSpeakers, -1);
      await removeRows(db, existing.id);
    }
    const id = await writeArticle(db, record, statements, existing?.id);
    await recordDiscovered(db, discoveredOf(input.analysis.entities).map((e) => sightingOf(e, articleDate(record))));
    // A discovered actor only the previous version of the article named is gone with it.
    if (existing) await settleDiscovered(db, existing.entityIds);
    return { status: existing ? ('updated' as const) : ('saved' as const), id };
  }));
}

/** What saving an analysed article writes: its row (its mentions counted) and its statements with their context. */
export function articleToWrite(input: ArticleInput, contentHash: string, savedAt: string): ArticleToWrite {
  const text = input.analysis.text;
  const mentionCounts: Record<string, number> = {};
  for (const e of input.analysis.entities) mentionCounts[e.id] = e.mentions.length;
  return {
    record: newArticle({ ...input, text, savedAt }, contentHash, mentionCounts),
    statements: input.analysis.statements.map((s) => ({
      ...statementFields(s),
      prefix: text.slice(Math.max(0, s.start - STATEMENT_CONTEXT), s.start),
      suffix: text.slice(s.end, s.end + STATEMENT_CONTEXT),
    })),
  };
}

/** An article before it is stored (the database gives the id). */
export type NewArticle = Omit<ArticleRecord, 'id'>;

/** What describes an article, as a save or a file gives it (the optional fields default). */
export interface ArticleFields {
  url: string;
  canonicalUrl?: string | null;
  title: string;
  site?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  lang?: string;
  text: string;
  savedAt: string;
}

/**
 * A date as the corpus stores it: YYYY-MM-DD of a real calendar day (years 1000–9999), or null. A
 * page's odd metadata («99999», «Jan 1 20000») is stored as no date rather than as a string the
 * corpus's own import would refuse.
 */
export function storableDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value);
  if (!m || m[1]! < '1000') return null;
  const day = m[0];
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null;
}

/** The article row of a save and an import alike: keyed by its canonical address, else its own. */
export function newArticle(a: ArticleFields, contentHash: string, mentionCounts: Record<string, number>): NewArticle {
  return {
    url: a.url,
    canonicalUrl: a.canonicalUrl || a.url,
    title: a.title,
    site: a.site ?? null,
    byline: a.byline ?? null,
    publishedAt: storableDate(a.publishedAt),
    savedAt: a.savedAt,
    lang: a.lang ?? 'arb',
    text: a.text,
    contentHash,
    entityIds: Object.keys(mentionCounts),
    mentionCounts,
  };
}

/** The article already saved under this address, or with this very text under another. */
export async function sameArticle(db: MarsadDB, canonicalUrl: string, contentHash: string): Promise<ArticleRecord | undefined> {
  return (
    (await db.articles.where('canonicalUrl').equals(canonicalUrl).first()) ??
    (await db.articles.where('contentHash').equals(contentHash).first())
  );
}

/** An article to write: its row and its statements. */
export interface ArticleToWrite {
  record: NewArticle;
  statements: readonly StatementFields[];
}

/**
 * Writes articles with their links, their statements and their counts: the one way in, for a save
 * and an import alike (an import writes a part's articles together: every table once, with all of
 * their rows, and the counters once). Returns their ids, in order. Call inside a transaction
 * holding articles, links, statements and counts; the articles must be new (sameArticle).
 */
export async function writeArticles(db: MarsadDB, articles: readonly ArticleToWrite[]): Promise<number[]> {
  if (articles.length === 0) return [];
  const ids = (await db.articles.bulkAdd(articles.map((a) => a.record as ArticleRecord), { allKeys: true })) as number[];
  await writeRows(db, articles.map((a, i) => ({ ...a, id: ids[i]! })));
  return ids;
}

/** Writes one article (writeArticles); with `id`, replaces that article (its old rows must be gone already). */
export async function writeArticle(db: MarsadDB, record: NewArticle, statements: readonly StatementFields[], id?: number): Promise<number> {
  if (id === undefined) return (await writeArticles(db, [{ record, statements }]))[0]!;
  await db.articles.put({ ...record, id });
  await writeRows(db, [{ record, statements, id }]);
  return id;
}

/** The links, statements and counts of articles stored under these ids: a links row and a statements row per article (sets.ts). */
async function writeRows(db: MarsadDB, articles: readonly (ArticleToWrite & { id: number })[]): Promise<void> {
  const links: ArticleLinksRecord[] = [];
  const said: ArticleStatementsRecord[] = [];
  const counted: { entityIds: readonly string[]; speakerIds: string[] }[] = [];
  for (const { id, record, statements } of articles) {
    const dated = articleDate(record);
    const linkSet = linkSetOf(id, dated, record.mentionCounts);
    if (linkSet) links.push(linkSet);
    const own = statementRecords(id, { url: record.url, title: record.title, site: record.site }, dated, statements);
    const statementSet = statementSetOf(id, own);
    if (statementSet) said.push(statementSet);
    counted.push({ entityIds: record.entityIds, speakerIds: own.map((r) => r.speakerId) });
  }
  await db.articleLinks.bulkPut(links);
  await addCounts(db, counted, 1);
  await db.articleStatements.bulkPut(said);
}

/** Deletes an article's links and statements rows (call inside a transaction holding both). */
async function removeRows(db: MarsadDB, articleId: number): Promise<void> {
  await db.articleStatements.delete(articleId);
  await db.articleLinks.delete(articleId);
}

/** Adds (or, with sign -1, removes) an article's contribution to the counters. Call inside a transaction holding `counts`. */
export function countArticle(db: MarsadDB, entityIds: readonly string[], speakerIds: readonly string[], sign: 1 | -1): Promise<void> {
  return addCounts(db, [{ entityIds, speakerIds }], sign);
}

/** Adds (or removes) the contributions of articles to the counters: each counter read and written once. */
async function addCounts(db: MarsadDB, articles: readonly { entityIds: readonly string[]; speakerIds: readonly string[] }[], sign: 1 | -1): Promise<void> {
  const delta = new Map<string, { articles: number; statements: number }>();
  const bump = (key: string, articles: number, statements: number) => {
    const d = delta.get(key);
    if (d) {
      d.articles += articles;
      d.statements += statements;
    } else delta.set(key, { articles, statements });
  };
  for (const { entityIds, speakerIds } of articles) {
    bump(TOTAL, 1, speakerIds.length);
    for (const id of entityIds) bump(id, 1, 0);
    for (const id of speakerIds) if (id) bump(id, 0, 1);
  }
  await addToCounts(db, delta, sign);
}

/** A statement as it is stored: what the analysis (or an export) gives, before it has an article. */
export interface StatementFields {
  speakerId: string | null;
  speaker: string;
  speakerKind: SpeakerKind;
  /** -1 when the analysis did not know them; null for statements saved before version 2. */
  speakerStart: number | null;
  speakerEnd: number | null;
  /** A joint subject's members, the first being the speaker above; absent when one speaker speaks. */
  speakers?: StoredSpeaker[];
  verb: string;
  verbStart: number | null;
  verbEnd: number | null;
  verbClass: VerbClass;
  text: string;
  direct: boolean;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/** The stored fields of an analysed statement (its context aside). */
function statementFields(s: Statement): Omit<StatementFields, 'prefix' | 'suffix'> {
  return {
    speakerId: s.speakerId,
    speaker: s.speaker,
    speakerKind: s.speakerKind,
    speakerStart: s.speakerStart,
    speakerEnd: s.speakerEnd,
    ...(s.speakers?.length ? { speakers: s.speakers.map(({ id, name, kind, start, end }) => ({ id, name, kind, start, end })) } : {}),
    verb: s.verb,
    verbStart: s.verbStart,
    verbEnd: s.verbEnd,
    verbClass: s.verbClass,
    text: s.text,
    direct: s.direct,
    start: s.start,
    end: s.end,
  };
}

type SpeakerFields = Pick<StatementRecord, 'speakerId' | 'speaker' | 'speakerKind' | 'speakerStart' | 'speakerEnd'>;

/**
 * Whose history a statement goes into: each member of a joint subject that has an id (once, the
 * same entity named twice being one speaker), or, when none has, the statement's own speaker.
 */
function speakerRows(s: StatementFields): SpeakerFields[] {
  const named = [...new Map((s.speakers ?? []).filter((m) => m.id).map((m) => [m.id!, m])).values()];
  if (named.length === 0) return [{ speakerId: s.speakerId ?? '', speaker: s.speaker, speakerKind: s.speakerKind, speakerStart: s.speakerStart, speakerEnd: s.speakerEnd }];
  return named.map((m) => ({ speakerId: m.id!, speaker: m.name, speakerKind: m.kind, speakerStart: m.start, speakerEnd: m.end }));
}

/**
 * The statement rows of an article, with its address, title and site and the history's sort key:
 * one row per statement, or per member with an id of a joint subject (every row carrying them all).
 */
export function statementRecords(
  articleId: number,
  article: { url: string; title: string; site: string | null },
  publishedAt: string,
  statements: readonly StatementFields[],
): Omit<StatementRecord, 'id'>[] {
  return statements.flatMap((s) => {
    // The speaker's own fields come from the row's member; every other field as the statement has it.
    const { speakerId: _id, speaker: _name, speakerKind: _kind, speakerStart: _start, speakerEnd: _end, speakers, ...fields } = s;
    return speakerRows(s).map(
      (who) =>
        ({
          articleId,
          url: article.url,
          title: article.title,
          site: article.site,
          ...who,
          ...(speakers?.length ? { speakers } : {}),
          ...fields,
          publishedAt,
          order: statementOrder(publishedAt, articleId, s.start),
        }) as Omit<StatementRecord, 'id'>,
    );
  });
}

/**
 * The statements of an article's rows, as they were given (the inverse of statementRecords): the
 * rows of one joint statement become one statement again, spoken by its first member.
 */
export function statementsOfRows(rows: readonly Omit<StatementRecord, 'id'>[]): StatementFields[] {
  const seen = new Set<string>();
  const out: StatementFields[] = [];
  for (const r of rows) {
    const main = r.speakers?.[0];
    if (r.speakers?.length) {
      const key = JSON.stringify([r.start, r.end, r.verbStart, r.speakers]);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    // A joint statement is its first member's; with no member that has an id, its one row keeps the statement's own speaker.
    const who =
      main && r.speakerId !== ''
        ? { speakerId: main.id, speaker: main.name, speakerKind: main.kind, speakerStart: main.start, speakerEnd: main.end }
        : { speakerId: r.speakerId || null, speaker: r.speaker, speakerKind: r.speakerKind, speakerStart: r.speakerStart, speakerEnd: r.speakerEnd };
    out.push({
      ...who,
      ...(r.speakers?.length ? { speakers: r.speakers } : {}),
      verb: r.verb,
      verbStart: r.verbStart,
      verbEnd: r.verbEnd,
      verbClass: r.verbClass,
      text: r.text,
      direct: r.direct,
      start: r.start,
      end: r.end,
      prefix: r.prefix,
      suffix: r.suffix,
    });
  }
  return out;
}

/** How many articles the corpus holds (from the counters). */
export async function countArticles(db: MarsadDB): Promise<number> {
  return (await readCount(db, TOTAL))?.articles ?? 0;
}

export async function deleteArticle(db: MarsadDB, id: number): Promise<boolean> {
  return writing(() => db.transaction('rw', [db.articles, db.articleStatements, db.articleLinks, db.counters, db.discovered], async () => {
    const article = await db.articles.get(id);
    if (!article) return false;
    const speakers = (await statementRowsOf(db, id)).map((st) => st.speakerId);
    await countArticle(db, article.entityIds, speakers, -1);
    await removeRows(db, id);
    await db.articles.delete(id);
    // A discovered actor no other saved article names goes with it (its links say so).
    await settleDiscovered(db, article.entityIds);
    return true;
  }));
}

export interface ArticleSummary {
  id: number;
  url: string;
  title: string;
  site: string | null;
  publishedAt: string | null;
  /** How often the entity (or, for related-to-article, the shared entities) is mentioned. */
  mentions: number;
}

function summary(a: ArticleRecord, mentions: number): ArticleSummary {
  return { id: a.id, url: a.url, title: a.title, site: a.site, publishedAt: a.publishedAt, mentions };
}

/** How many saved articles mention the entity. */
export async function countArticlesFor(db: MarsadDB, entityId: string): Promise<number> {
  return (await readCount(db, entityId))?.articles ?? 0;
}

/** The saved articles that mention an entity, newest first. */
export async function relatedArticles(
  db: MarsadDB,
  entityId: string,
  options: { limit?: number; excludeArticleId?: number } = {},
): Promise<ArticleSummary[]> {
  return summariesOf(db, await linksTo(db, entityId, { limit: options.limit ?? 20, excludeArticleId: options.excludeArticleId }));
}

/** The articles of these links, in their order, with each link's mention count. */
export async function summariesOf(db: MarsadDB, links: readonly ArticleLink[]): Promise<ArticleSummary[]> {
  const articles = await db.articles.bulkGet(links.map((l) => l.articleId));
  return links.flatMap((l, i) => {
    const a = articles[i];
    return a ? [summary(a, l.mentions)] : [];
  });
}

export interface HistoryEntry {
  id: number;
  speakerId: string;
  speaker: string;
  speakerKind: SpeakerKind;
  /** Every member of a joint subject («قالت فرنسا وبريطانيا»), the first being the main speaker; absent when one spoke. */
  speakers?: StoredSpeaker[];
  verb: string;
  verbClass: VerbClass;
  text: string;
  direct: boolean;
  publishedAt: string;
  prefix: string;
  suffix: string;
  article: { id: number; url: string; title: string; site: string | null; publishedAt: string | null };
}

/** A statement record as the history shows it. */
export function historyEntry(r: StatementRecord): HistoryEntry {
  return {
    id: r.id,
    speakerId: r.speakerId,
    speaker: r.speaker,
    speakerKind: r.speakerKind,
    ...(r.speakers?.length ? { speakers: r.speakers } : {}),
    verb: r.verb,
    verbClass: r.verbClass,
    text: r.text,
    direct: r.direct,
    publishedAt: r.publishedAt,
    prefix: r.prefix,
    suffix: r.suffix,
    article: { id: r.articleId, url: r.url, title: r.title, site: r.site, publishedAt: r.publishedAt },
  };
}

/**
 * The verb classes a history is filtered by, once each; undefined when it is not filtered (no
 * class given, or every class: the unfiltered reading is the cheaper one). Unknown names are dropped.
 */
export function verbClassFilter(verbClasses: readonly VerbClass[] | undefined): VerbClass[] | undefined {
  const classes = VERB_CLASSES.filter((c) => verbClasses?.includes(c));
  return classes.length === 0 || classes.length === VERB_CLASSES.length ? undefined : classes;
}

/** The history's order: newest first (StatementRecord.order read backwards), as the indexes give it. */
const newestFirst = (a: StatementRecord, b: StatementRecord) => (a.order < b.order ? 1 : a.order > b.order ? -1 : b.id - a.id);

/**
 * The first `n` statements of an entity's history in these verb classes: the first `n` of each
 * class's index range, merged. Reads at most n rows per class, however rare the classes are.
 */
export async function latestOfClasses(db: MarsadDB, entityId: string, verbClasses: readonly VerbClass[], n: number): Promise<StatementRecord[]> {
  const lists = await Promise.all(verbClasses.map((verbClass) => statementsBy(db, entityId, { verbClass, limit: n })));
  return lists.flat().sort(newestFirst).slice(0, n);
}

/**
 * What an entity said across the corpus, newest first, each article's statements in text order
 * (paginated); with `verbClasses`, only the statements whose verb is of one of these classes.
 */
export async function statementHistory(
  db: MarsadDB,
  entityId: string,
  options: { limit?: number; offset?: number; verbClasses?: readonly VerbClass[] } = {},
): Promise<HistoryEntry[]> {
  const offset = options.offset ?? 0;
  const limit = options.limit ?? 50;
  const classes = verbClassFilter(options.verbClasses);
  const rows = classes
    ? (await latestOfClasses(db, entityId, classes, offset + limit)).slice(offset)
    : await statementsBy(db, entityId, { offset, limit });
  return rows.map(historyEntry);
}

/** How many statements an entity made across the corpus. */
export async function countStatementsBy(db: MarsadDB, entityId: string): Promise<number> {
  return (await readCount(db, entityId))?.statements ?? 0;
}

const COMMON_FLOOR = 50;
const COMMON_SHARE = 0.2;
/** How many link rows relatedToArticle reads at most, whatever the size of the corpus. */
export const RELATED_READS = 300;

/**
 * Articles related to a saved article by the entities they share. An entity shared by few articles
 * says more than one every article mentions (Syria in a corpus about Syria): each shared entity
 * weighs log(N / its article count), and one in a large share of the corpus says nothing.
 *
 * The candidates are found through the article's rarest entities first, each one's latest
 * articles, reading at most `reads` link rows in all (at 100,000 articles, reading every
 * article of every shared entity took most of a second): a link row carries its article's whole
 * entity list, so every candidate found is scored on all it shares. What the bound leaves unseen
 * are the older articles of the article's commonest entities that share none of its rarer ones:
 * those that weigh least.
 */
export async function relatedToArticle(
  db: MarsadDB,
  articleId: number,
  limit = 10,
  reads = RELATED_READS,
): Promise<(ArticleSummary & { shared: string[] })[]> {
  const article = await db.articles.get(articleId);
  if (!article) return [];
  const [total, counts] = await Promise.all([countArticles(db), readCounts(db, article.entityIds)]);
  const weight = new Map<string, number>();
  const df = new Map<string, number>();
  article.entityIds.forEach((id, i) => {
    const n = counts[i]?.articles ?? 0;
    // An entity in a large share of the corpus says almost nothing about relatedness.
    if (n > 0 && n <= Math.max(COMMON_FLOOR, total * COMMON_SHARE)) {
      weight.set(id, Math.log((total + 1) / n));
      df.set(id, n);
    }
  });
  // How many of each entity's rows to read, the rarest first, within the bound; read all at once.
  const plan: [string, number][] = [];
  let left = reads;
  for (const id of [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)!)) {
    if (left <= 0) break;
    const n = Math.min(df.get(id)!, left);
    plan.push([id, n]);
    left -= n;
  }
  const lists = await Promise.all(plan.map(([id, n]) => linksTo(db, id, { limit: n })));
  const score = new Map<number, { score: number; shared: string[] }>();
  for (const l of lists.flat()) {
    if (l.articleId === articleId || score.has(l.articleId)) continue;
    const theirs = new Set(l.together);
    const shared = article.entityIds.filter((id) => weight.has(id) && theirs.has(id));
    score.set(l.articleId, { score: shared.reduce((sum, id) => sum + weight.get(id)!, 0), shared });
  }
  const top = [...score.entries()].sort((a, b) => b[1].score - a[1].score).slice(0, limit);
  const articles = await db.articles.bulkGet(top.map(([id]) => id));
  return top.flatMap(([, s], i) => {
    const a = articles[i];
    return a ? [{ ...summary(a, s.shared.length), shared: s.shared }] : [];
  });
}
