/**
 * An article's links and statements as the corpus stores them since version 5: one row of each
 * per article (schema.ts ArticleLinksRecord, ArticleStatementsRecord), indexed under every entity
 * and every speaker it names. This module makes those rows and reads them back as the link and
 * statement rows (LinkRecord, StatementRecord) the rest of the corpus works with, so a history,
 * an entity's articles or an export read the same as when each was a row of its own.
 */
import Dexie from 'dexie';
import type { VerbClass } from '../analyze/types';
import type { ArticleLinksRecord, ArticleStatementsRecord, LinkRecord, MarsadDB, StatementRecord, StoredStatementRow } from './schema';

/**
 * A statement row's id: its article's id and its place among the article's rows. Unique in the
 * corpus and stable while the article is stored (the interface keys its lists by it).
 */
const ROWS_PER_ARTICLE = 2 ** 20;
export const statementRowId = (articleId: number, index: number): number => articleId * ROWS_PER_ARTICLE + index;

/** A link as read: one entity of one article. */
export type ArticleLink = Omit<LinkRecord, 'id'>;

// ---------------------------------------------------------------------------------------------
// Making the rows

/** The links row of an article that mentions entities (undefined when it mentions none). */
export function linkSetOf(articleId: number, publishedAt: string, mentions: Record<string, number>): ArticleLinksRecord | undefined {
  const ids = Object.keys(mentions);
  if (ids.length === 0) return undefined;
  return { articleId, publishedAt, mentions: { ...mentions }, byEntity: ids.map((id) => [id, publishedAt]) };
}

/**
 * The statements row of an article from its statement rows (in their order; the article's fields
 * are taken from the first), or undefined when it has none.
 */
export function statementSetOf(articleId: number, rows: readonly Omit<StatementRecord, 'id'>[]): ArticleStatementsRecord | undefined {
  const first = rows[0];
  if (!first) return undefined;
  const stored: StoredStatementRow[] = rows.map(
    ({ articleId: _article, url: _url, title: _title, site: _site, publishedAt: _date, ...row }) => row as StoredStatementRow,
  );
  const named = stored.filter((r) => r.speakerId !== '');
  return {
    articleId,
    url: first.url,
    title: first.title,
    site: first.site,
    publishedAt: first.publishedAt,
    rows: stored,
    bySpeaker: named.map((r) => [r.speakerId, r.order]),
    bySpeakerClass: named.map((r) => [r.speakerId, r.verbClass, r.order]),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading them back

/** The statement rows of an article's statements row, in their order. */
export function rowsOfSet(set: ArticleStatementsRecord): StatementRecord[] {
  return set.rows.map((r, i) => rowOfSet(set, r, i));
}

function rowOfSet(set: ArticleStatementsRecord, r: StoredStatementRow, index: number): StatementRecord {
  return {
    id: statementRowId(set.articleId, index),
    articleId: set.articleId,
    url: set.url,
    title: set.title,
    site: set.site,
    publishedAt: set.publishedAt,
    ...r,
  };
}

/** One entity's link in an article's links row. */
export function linkOfSet(set: ArticleLinksRecord, entityId: string): ArticleLink {
  return { entityId, articleId: set.articleId, publishedAt: set.publishedAt, mentions: set.mentions[entityId] ?? 0, together: Object.keys(set.mentions) };
}

/** Every link of an article's links row, in the article's order. */
export function linksOfSet(set: ArticleLinksRecord): ArticleLink[] {
  return Object.keys(set.mentions).map((id) => linkOfSet(set, id));
}

/** An article's statement rows (none when it has no statements). */
export async function statementRowsOf(db: MarsadDB, articleId: number): Promise<StatementRecord[]> {
  const set = await db.articleStatements.get(articleId);
  return set ? rowsOfSet(set) : [];
}

/** An article's links (none when it names no entity). */
export async function linkRowsOf(db: MarsadDB, articleId: number): Promise<ArticleLink[]> {
  const set = await db.articleLinks.get(articleId);
  return set ? linksOfSet(set) : [];
}

/** Every statement row of the corpus, by article (for the CLI's totals and for tests; a research corpus holds a million). */
export async function allStatementRows(db: MarsadDB): Promise<StatementRecord[]> {
  return (await db.articleStatements.toArray()).flatMap(rowsOfSet);
}

/** Every link of the corpus, by article. */
export async function allLinkRows(db: MarsadDB): Promise<ArticleLink[]> {
  return (await db.articleLinks.toArray()).flatMap(linksOfSet);
}

// ---------------------------------------------------------------------------------------------
// An entity's links

/** An entity's articles in the index: by date, then by article id. */
const entityRange = (db: MarsadDB, entityId: string) =>
  db.articleLinks.where('byEntity').between([entityId, Dexie.minKey], [entityId, Dexie.maxKey]);

/**
 * The links of an entity, newest first (by the article's date, then the latest saved): at most
 * `limit`, leaving out one article when asked.
 */
export async function linksTo(db: MarsadDB, entityId: string, options: { limit?: number; excludeArticleId?: number } = {}): Promise<ArticleLink[]> {
  let rows = entityRange(db, entityId).reverse();
  const excluded = options.excludeArticleId;
  if (excluded !== undefined) rows = rows.filter((s) => s.articleId !== excluded);
  if (options.limit !== undefined) rows = rows.limit(options.limit);
  return (await rows.toArray()).map((s) => linkOfSet(s, entityId));
}

/** The dates of the first and the latest article that mention an entity; undefined when none does. */
export async function linkDates(db: MarsadDB, entityId: string): Promise<{ first: string; last: string } | undefined> {
  // Keys only; Dexie's collections change as they are read: one per end.
  const [first, last] = await Promise.all([entityRange(db, entityId).limit(1).keys(), entityRange(db, entityId).reverse().limit(1).keys()]);
  const date = (keys: unknown[]) => (keys[0] as [string, string] | undefined)?.[1];
  const [from, to] = [date(first), date(last)];
  return from !== undefined && to !== undefined ? { first: from, last: to } : undefined;
}

/** Does any saved article mention the entity? */
export async function isLinked(db: MarsadDB, entityId: string): Promise<boolean> {
  return (await entityRange(db, entityId).limit(1).primaryKeys()).length > 0;
}

// ---------------------------------------------------------------------------------------------
// A speaker's statements

/** Where a history is read: every statement of a speaker, or those of one verb class. */
interface SpeechRange {
  index: 'bySpeaker' | 'bySpeakerClass';
  lower: (string | typeof Dexie.minKey)[];
  upper: (string | typeof Dexie.maxKey)[];
}

function speechRange(entityId: string, verbClass?: VerbClass): SpeechRange {
  return verbClass === undefined
    ? { index: 'bySpeaker', lower: [entityId, Dexie.minKey], upper: [entityId, Dexie.maxKey] }
    : { index: 'bySpeakerClass', lower: [entityId, verbClass, Dexie.minKey], upper: [entityId, verbClass, Dexie.maxKey] };
}

/** A key of the speech indexes: [speaker, order] or [speaker, verb class, order]. */
type SpeechKey = readonly string[];

/**
 * The statement rows of the first `limit` entries of a speech index range, newest first (below
 * `below` when given). The index is read for its articles' ids only, in one request (a cursor
 * over the same entries costs ten times as much in Chromium): a speaker's entries of one article
 * lie together in the index (its order starts with the article's date and id), so each run of one
 * article's id stands for that many of its rows, taken in the index's order.
 */
async function speechRows(
  db: MarsadDB,
  entityId: string,
  verbClass: VerbClass | undefined,
  options: { skip?: number; limit: number; below?: SpeechKey },
): Promise<StatementRecord[]> {
  const { below, limit } = options;
  const skip = options.skip ?? 0;
  const range = speechRange(entityId, verbClass);
  const entries = below
    ? db.articleStatements.where(range.index).between(range.lower, below, true, false)
    : db.articleStatements.where(range.index).between(range.lower, range.upper);
  const ids = (await entries.reverse().limit(skip + limit).primaryKeys()) as number[];
  // The runs of one article's entries, and where each starts; only the sets of those after `skip` are read.
  const runs: { id: number; at: number; length: number }[] = [];
  for (let i = 0; i < ids.length; ) {
    let length = 1;
    while (ids[i + length] === ids[i]) length++;
    if (i + length > skip) runs.push({ id: ids[i]!, at: i, length });
    i += length;
  }
  if (runs.length === 0) return [];
  const sets = new Map((await db.articleStatements.bulkGet([...new Set(runs.map((r) => r.id))])).filter((s) => s !== undefined).map((s) => [s.articleId, s]));
  const belowOrder = below?.[below.length - 1];
  const out: StatementRecord[] = [];
  for (const { id, at, length } of runs) {
    const set = sets.get(id);
    if (!set) continue;
    const rows = rowsOfSet(set)
      .filter((r) => r.speakerId === entityId && (verbClass === undefined || r.verbClass === verbClass) && (belowOrder === undefined || r.order < belowOrder))
      .sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0));
    out.push(...rows.slice(Math.max(0, skip - at), length));
  }
  return out;
}

/** The key a statement row has in a speech index. */
const speechKey = (r: StatementRecord, verbClass: VerbClass | undefined): SpeechKey =>
  verbClass === undefined ? [r.speakerId, r.order] : [r.speakerId, verbClass, r.order];

/** How many index entries a history reads at a time when it cannot know how many it needs. */
const HISTORY_PAGE = 100;

/**
 * A speaker's statement rows, newest first, each article's in text order (one verb class's when
 * given), a page of them at a time: for readings that stop at a match (a filtered history).
 */
export async function* statementPages(db: MarsadDB, entityId: string, verbClass?: VerbClass, pageSize = HISTORY_PAGE): AsyncGenerator<StatementRecord[]> {
  let below: SpeechKey | undefined;
  for (;;) {
    const rows = await speechRows(db, entityId, verbClass, { limit: pageSize, below });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < pageSize) return;
    below = speechKey(rows[rows.length - 1]!, verbClass);
  }
}

/**
 * A speaker's statement rows, newest first, each article's in text order: from `offset`, at most
 * `limit`; one verb class's when given; leaving out one article when asked.
 */
export async function statementsBy(
  db: MarsadDB,
  entityId: string,
  options: { offset?: number; limit?: number; verbClass?: VerbClass; excludeArticleId?: number } = {},
): Promise<StatementRecord[]> {
  const offset = options.offset ?? 0;
  const limit = options.limit ?? Infinity;
  const excluded = options.excludeArticleId;
  // The index's first offset + limit entries are read (their ids only, which is cheap), so that
  // every run of an article but the last is whole; the articles before `offset` are not read.
  if (excluded === undefined) return speechRows(db, entityId, options.verbClass, { skip: offset, limit });
  let skip = offset;
  const out: StatementRecord[] = [];
  for await (const page of statementPages(db, entityId, options.verbClass)) {
    for (const r of page) {
      if (r.articleId === excluded) continue;
      if (skip > 0) skip--;
      else out.push(r);
      if (out.length >= limit) return out;
    }
  }
  return out;
}
