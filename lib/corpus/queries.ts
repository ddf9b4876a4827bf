/**
 * The corpus as the interface reads it: an entity's hover card, its statement history page by
 * page, and its overview. Each reads only the index ranges it needs; nothing is cached (an MV3
 * service worker may stop at any time, and every caller opens the database afresh).
 */
import { hasWords, searchWords, type QueryWord } from '../arabic/search';
import type { VerbClass } from '../analyze/types';
import {
  countArticlesFor,
  countStatementsBy,
  historyEntry,
  latestOfClasses,
  relatedArticles,
  statementHistory,
  summariesOf,
  verbClassFilter,
  type ArticleSummary,
  type HistoryEntry,
} from './corpus';
import { findPageArticle } from './pages';
import type { MarsadDB, StatementRecord } from './schema';
import { linksTo, statementPages, statementRowsOf, statementsBy } from './sets';

/**
 * What the rest of the corpus knows about one entity, for a hover card: the page being read
 * (`CardsRequest.excludeUrl`) is left out of all of it, its count, its articles and its statements,
 * so that the card speaks of the *other* saved articles (the reader has this one in front of them).
 */
export interface CorpusCard {
  id: string;
  /** Other saved articles that mention it. */
  articleCount: number;
  articles: ArticleSummary[];
  /** Its statements in the other saved articles. */
  statementCount: number;
  statements: HistoryEntry[];
}

export interface CardsRequest {
  entityIds: string[];
  /** The page being read: its article (when it is saved) is left out of the card. */
  excludeUrl: string | null;
  /** How many related articles and statements each card lists. */
  articles: number;
  statements: number;
}

/** A page of an entity's statement history, newest first. */
export interface HistoryRequest {
  entityId: string;
  offset: number;
  limit: number;
  /**
   * Words the statement must contain (lib/arabic/search.ts: normalised, with or without proclitics
   * and the article, in any order); '' for all. The article's title and site are not searched.
   */
  query: string;
  /** Only statements whose verb is of one of these classes; absent or empty for all. */
  verbClasses?: VerbClass[];
}

export interface HistoryPage {
  /** How many statements (match): null while a filtered reading stopped early (counting them all would read them all). */
  total: number | null;
  entries: HistoryEntry[];
  /** There are more after these. */
  hasMore: boolean;
}

export interface EntityOverview {
  articleCount: number;
  articles: ArticleSummary[];
  /** The entities that appear most often in the same saved articles. */
  coMentioned: { id: string; articles: number }[];
}

export async function entityCards(db: MarsadDB, q: CardsRequest): Promise<CorpusCard[]> {
  const here = q.excludeUrl ? await findPageArticle(db, { url: q.excludeUrl, canonicalUrl: null }) : undefined;
  return Promise.all(
    q.entityIds.map(async (id) => {
      const [count, articles, statementCount, statements, saidHere] = await Promise.all([
        countArticlesFor(db, id),
        relatedArticles(db, id, { limit: q.articles, excludeArticleId: here?.id }),
        countStatementsBy(db, id),
        here
          ? statementsBy(db, id, { limit: q.statements, excludeArticleId: here.id }).then((rows) => rows.map(historyEntry))
          : statementHistory(db, id, { limit: q.statements }),
        here ? statementRowsOf(db, here.id).then((rows) => rows.filter((r) => r.speakerId === id).length) : 0,
      ]);
      const mentionedHere = here?.entityIds.includes(id) ? 1 : 0;
      return { id, articleCount: count - mentionedHere, articles, statementCount: statementCount - saidHere, statements };
    }),
  );
}

export async function history(db: MarsadDB, q: HistoryRequest): Promise<HistoryPage> {
  const query = searchWords(q.query);
  const classes = verbClassFilter(q.verbClasses);
  if (query.length === 0 && !classes) {
    const [total, entries] = await Promise.all([
      countStatementsBy(db, q.entityId),
      statementHistory(db, q.entityId, { offset: q.offset, limit: q.limit }),
    ]);
    return { total, entries, hasMore: q.offset + entries.length < total };
  }
  // Filtered: this page and one match more (there are more after the page when it is found).
  const wanted = q.offset + q.limit;
  const matches = query.length ? await withWords(db, q.entityId, query, classes, wanted + 1) : await latestOfClasses(db, q.entityId, classes!, wanted + 1);
  const hasMore = matches.length > wanted;
  // When the reading reached the end, every match was seen: the count is exact.
  return { total: hasMore ? null : matches.length, entries: matches.slice(q.offset, wanted).map(historyEntry), hasMore };
}

/**
 * The first `n` statements of an entity whose text has the words, and whose verb is of one of
 * `classes` when given: read newest first (one class's index range when one class is asked),
 * stopping at the n-th.
 */
async function withWords(db: MarsadDB, entityId: string, query: readonly QueryWord[], classes: VerbClass[] | undefined, n: number): Promise<StatementRecord[]> {
  const inClass = classes && new Set<string>(classes);
  const matches: StatementRecord[] = [];
  for await (const page of statementPages(db, entityId, classes?.length === 1 ? classes[0] : undefined)) {
    for (const r of page) {
      if ((!inClass || inClass.has(r.verbClass)) && hasWords(r.text, query)) matches.push(r);
      if (matches.length >= n) return matches;
    }
  }
  return matches;
}

/** Co-mentions are counted over the entity's latest 200 articles: recent company, read in one range. */
const CO_MENTION_WINDOW = 200;

export async function overview(db: MarsadDB, q: { entityId: string; limit: number }): Promise<EntityOverview> {
  // One read of the entity's latest links serves both lists: its first rows are the related
  // articles (as relatedArticles reads them), all of them the co-mentions.
  const [articleCount, links] = await Promise.all([
    countArticlesFor(db, q.entityId),
    linksTo(db, q.entityId, { limit: Math.max(CO_MENTION_WINDOW, q.limit) }),
  ]);
  const articles = await summariesOf(db, links.slice(0, q.limit));
  const together = new Map<string, number>();
  for (const l of links) for (const id of l.together) if (id !== q.entityId) together.set(id, (together.get(id) ?? 0) + 1);
  const coMentioned = [...together.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, q.limit)
    .map(([id, n]) => ({ id, articles: n }));
  return { articleCount, articles, coMentioned };
}
