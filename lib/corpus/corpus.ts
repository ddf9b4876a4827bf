/**
 * The corpus's operations: save an analysed article, and the queries the popup, the hover card and
 * the CLI ask. Every function takes the database, so the extension (background) and Node (CLI,
 * tests on fake-indexeddb) run the same code.
 */
import Dexie from 'dexie';
import type { Analysis } from '../analyze/types';
import { writing } from './errors';
import { contentHash } from './hash';
import { statementOrder, TOTAL, type ArticleRecord, type LinkRecord, type MarsadDB, type StatementRecord } from './schema';

export interface ArticleInput {
  url: string;
  canonicalUrl?: string | null;
  title: string;
  site?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  lang?: string;
  /** The analysed text; `analysis` offsets refer to it. */
  analysis: Analysis;
}

export type SaveStatus = 'saved' | 'updated' | 'unchanged';
export interface SaveResult {
  status: SaveStatus;
  id: number;
}

const CONTEXT = 32;

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
  const dated = input.publishedAt ?? savedAt.slice(0, 10);
  return writing(() => db.transaction('rw', [db.articles, db.statements, db.links, db.counts], async () => {
    const existing =
      (await db.articles.where('canonicalUrl').equals(key).first()) ??
      (await db.articles.where('contentHash').equals(hash).first());
    if (existing && existing.contentHash === hash) return { status: 'unchanged' as const, id: existing.id };
    const mentionCounts: Record<string, number> = {};
    for (const e of input.analysis.entities) mentionCounts[e.id] = e.mentions.length;
    const record: Omit<ArticleRecord, 'id'> = {
      url: input.url,
      canonicalUrl: key,
      title: input.title,
      site: input.site ?? null,
      byline: input.byline ?? null,
      publishedAt: input.publishedAt ?? null,
      savedAt,
      lang: input.lang ?? 'arb',
      text,
      contentHash: hash,
      entityIds: Object.keys(mentionCounts),
      mentionCounts,
    };
    let id: number;
    let status: SaveStatus;
    if (existing) {
      id = existing.id;
      const oldSpeakers = (await db.statements.where('articleId').equals(id).toArray()).map((st) => st.speakerId);
      await countArticle(db, existing.entityIds, oldSpeakers, -1);
      await db.articles.put({ ...record, id });
      await db.statements.where('articleId').equals(id).delete();
      await db.links.where('articleId').equals(id).delete();
      status = 'updated';
    } else {
      id = (await db.articles.add(record as ArticleRecord)) as number;
      status = 'saved';
    }
    await db.links.bulkAdd(linksOf(id, dated, mentionCounts));
    await countArticle(db, record.entityIds, input.analysis.statements.map((st) => st.speakerId ?? ''), 1);
    await db.statements.bulkAdd(
      statementRecords(
        id,
        { url: input.url, title: input.title, site: input.site ?? null },
        dated,
        input.analysis.statements.map((s) => ({
          ...s,
          prefix: text.slice(Math.max(0, s.start - CONTEXT), s.start),
          suffix: text.slice(s.end, s.end + CONTEXT),
        })),
      ),
    );
    return { status, id };
  }));
}

/** Adds (or, with sign -1, removes) an article's contribution to the counters. Call inside a transaction holding `counts`. */
export async function countArticle(
  db: MarsadDB,
  entityIds: readonly string[],
  speakerIds: readonly string[],
  sign: 1 | -1,
): Promise<void> {
  const delta = new Map<string, { articles: number; statements: number }>();
  const bump = (key: string, articles: number, statements: number) => {
    const d = delta.get(key) ?? { articles: 0, statements: 0 };
    d.articles += articles;
    d.statements += statements;
    delta.set(key, d);
  };
  bump(TOTAL, 1, speakerIds.length);
  for (const id of entityIds) bump(id, 1, 0);
  for (const id of speakerIds) if (id) bump(id, 0, 1);
  const keys = [...delta.keys()];
  const had = await db.counts.bulkGet(keys);
  await db.counts.bulkPut(
    keys.map((key, i) => {
      const d = delta.get(key)!;
      const old = had[i] ?? { key, articles: 0, statements: 0 };
      return { key, articles: Math.max(0, old.articles + sign * d.articles), statements: Math.max(0, old.statements + sign * d.statements) };
    }),
  );
}

/** A statement as it is stored: what the analysis (or an export) gives, before it has an article. */
export interface StatementFields {
  speakerId: string | null;
  speaker: string;
  verb: string;
  text: string;
  direct: boolean;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/** The statement rows of an article, with its address, title and site and the history's sort key. */
export function statementRecords(
  articleId: number,
  article: { url: string; title: string; site: string | null },
  publishedAt: string,
  statements: readonly StatementFields[],
): StatementRecord[] {
  return statements.map(
    (s) =>
      ({
        articleId,
        url: article.url,
        title: article.title,
        site: article.site,
        speakerId: s.speakerId ?? '',
        speaker: s.speaker,
        verb: s.verb,
        text: s.text,
        direct: s.direct,
        start: s.start,
        end: s.end,
        prefix: s.prefix,
        suffix: s.suffix,
        publishedAt,
        order: statementOrder(publishedAt, articleId, s.start),
      }) as StatementRecord,
  );
}

/** The link rows of an article: one per entity, each carrying the article's whole entity list. */
export function linksOf(articleId: number, publishedAt: string, mentionCounts: Record<string, number>): LinkRecord[] {
  const together = Object.keys(mentionCounts);
  return Object.entries(mentionCounts).map(([entityId, mentions]) => ({ entityId, articleId, publishedAt, mentions, together }) as LinkRecord);
}

/** How many articles the corpus holds (from the counters). */
export async function countArticles(db: MarsadDB): Promise<number> {
  return (await db.counts.get(TOTAL))?.articles ?? 0;
}

export async function deleteArticle(db: MarsadDB, id: number): Promise<boolean> {
  return writing(() => db.transaction('rw', [db.articles, db.statements, db.links, db.counts], async () => {
    const article = await db.articles.get(id);
    if (!article) return false;
    const speakers = (await db.statements.where('articleId').equals(id).toArray()).map((st) => st.speakerId);
    await countArticle(db, article.entityIds, speakers, -1);
    await db.statements.where('articleId').equals(id).delete();
    await db.links.where('articleId').equals(id).delete();
    await db.articles.delete(id);
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
  return (await db.counts.get(entityId))?.articles ?? 0;
}

/** The saved articles that mention an entity, newest first. */
export async function relatedArticles(
  db: MarsadDB,
  entityId: string,
  options: { limit?: number; excludeArticleId?: number } = {},
): Promise<ArticleSummary[]> {
  const limit = options.limit ?? 20;
  const links = await db.links
    .where('[entityId+publishedAt]')
    .between([entityId, Dexie.minKey], [entityId, Dexie.maxKey])
    .reverse()
    .filter((l) => l.articleId !== options.excludeArticleId)
    .limit(limit)
    .toArray();
  return summariesOf(db, links);
}

/** The articles of these link rows, in their order, with each link's mention count. */
export async function summariesOf(db: MarsadDB, links: readonly LinkRecord[]): Promise<ArticleSummary[]> {
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
  verb: string;
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
    verb: r.verb,
    text: r.text,
    direct: r.direct,
    publishedAt: r.publishedAt,
    prefix: r.prefix,
    suffix: r.suffix,
    article: { id: r.articleId, url: r.url, title: r.title, site: r.site, publishedAt: r.publishedAt },
  };
}

/** The statements of an entity, newest first, each article's statements in text order. */
export function statementsBy(db: MarsadDB, entityId: string) {
  return db.statements.where('[speakerId+order]').between([entityId, Dexie.minKey], [entityId, Dexie.maxKey]).reverse();
}

/** What an entity said across the corpus, newest first, each article's statements in text order (paginated). */
export async function statementHistory(
  db: MarsadDB,
  entityId: string,
  options: { limit?: number; offset?: number } = {},
): Promise<HistoryEntry[]> {
  const rows = await statementsBy(db, entityId)
    .offset(options.offset ?? 0)
    .limit(options.limit ?? 50)
    .toArray();
  return rows.map(historyEntry);
}

/** How many statements an entity made across the corpus. */
export async function countStatementsBy(db: MarsadDB, entityId: string): Promise<number> {
  return (await db.counts.get(entityId))?.statements ?? 0;
}

const COMMON_FLOOR = 50;
const COMMON_SHARE = 0.2;

/**
 * Articles related to a saved article by the entities they share. An entity shared by few articles
 * says more than one every article mentions (Syria in a corpus about Syria): each shared entity
 * weighs log(N / its article count).
 */
export async function relatedToArticle(db: MarsadDB, articleId: number, limit = 10): Promise<(ArticleSummary & { shared: string[] })[]> {
  const article = await db.articles.get(articleId);
  if (!article) return [];
  const total = await countArticles(db);
  const score = new Map<number, { score: number; shared: string[] }>();
  for (const entityId of article.entityIds) {
    // An entity in a large share of the corpus says almost nothing about relatedness (its weight
    // is near zero) and would cost reading thousands of rows: it is left out.
    const df = await countArticlesFor(db, entityId);
    if (df > Math.max(COMMON_FLOOR, total * COMMON_SHARE)) continue;
    // The article ids straight from the index: no link row is read.
    const keys = await db.links.where('[entityId+articleId]').between([entityId, Dexie.minKey], [entityId, Dexie.maxKey]).keys();
    const ids = keys.map((k) => (k as unknown as [string, number])[1]);
    const weight = Math.log((total + 1) / ids.length);
    for (const id of ids) {
      if (id === articleId) continue;
      const s = score.get(id) ?? { score: 0, shared: [] };
      s.score += weight;
      s.shared.push(entityId);
      score.set(id, s);
    }
  }
  const top = [...score.entries()].sort((a, b) => b[1].score - a[1].score).slice(0, limit);
  const articles = await db.articles.bulkGet(top.map(([id]) => id));
  return top.flatMap(([, s], i) => {
    const a = articles[i];
    return a ? [{ ...summary(a, s.shared.length), shared: s.shared }] : [];
  });
}
