/**
 * The background's answers to the corpus messages. Each handler opens what it needs; nothing is
 * kept between messages (an MV3 service worker may stop at any time).
 */
import { analyze } from '../../lib/analyze/analyze';
import { normalize } from '../../lib/arabic/normalize';
import type { VerbClass } from '../../lib/analyze/types';
import Dexie from 'dexie';
import {
  countArticlesFor,
  countStatementsBy,
  deleteArticle,
  historyEntry,
  latestOfClasses,
  relatedArticles,
  saveArticle,
  statementHistory,
  statementsBy,
  statementsOfClass,
  summariesOf,
  verbClassFilter,
} from '../../lib/corpus/corpus';
import type { ArticleRecord, MarsadDB, StatementRecord } from '../../lib/corpus/schema';
import { importCorpus } from '../../lib/corpus/transfer';
import { BUILTIN_ENTITIES } from '../../lib/knowledge/builtin';
import { compileGazetteer } from '../../lib/knowledge/matcher';
import { applyEdits } from '../../lib/knowledge/user';
import type { EntityCard, EntityOverview, HistoryPage, HistoryRequest, PageArticle, SaveReply } from '../../lib/messages';

async function findArticle(db: MarsadDB, page: { url: string; canonicalUrl: string | null }): Promise<ArticleRecord | undefined> {
  return (
    (await db.articles.where('canonicalUrl').equals(page.canonicalUrl || page.url).first()) ??
    (await db.articles.where('url').equals(page.url).first())
  );
}

export async function savePage(db: MarsadDB, page: PageArticle): Promise<SaveReply> {
  if (!page.text.trim()) throw new Error('The page has no text to save.');
  const g = compileGazetteer(applyEdits(BUILTIN_ENTITIES, await db.entities.toArray()));
  // The page's date resolves a bare title («الرئيس الفرنسي») to whoever held it then.
  const analysis = analyze(page.text, g, { publishedAt: page.publishedAt });
  const result = await saveArticle(db, {
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    title: page.title,
    site: page.site,
    byline: page.byline,
    publishedAt: page.publishedAt,
    lang: page.lang,
    analysis,
  });
  return { ...result, entityCount: analysis.entities.length, statementCount: analysis.statements.length };
}

export async function removePage(db: MarsadDB, page: { url: string; canonicalUrl: string | null }): Promise<boolean> {
  const a = await findArticle(db, page);
  return a ? deleteArticle(db, a.id) : false;
}

export async function pageStatus(db: MarsadDB, page: { url: string; canonicalUrl: string | null }) {
  const a = await findArticle(db, page);
  return { saved: a !== undefined, articleId: a?.id ?? null, savedAt: a?.savedAt ?? null };
}

export async function entityCards(
  db: MarsadDB,
  q: { entityIds: string[]; excludeUrl: string | null; articles: number; statements: number },
): Promise<EntityCard[]> {
  const excluded = q.excludeUrl ? await findArticle(db, { url: q.excludeUrl, canonicalUrl: null }) : undefined;
  return Promise.all(
    q.entityIds.map(async (id) => {
      const [count, articles, statementCount, statements] = await Promise.all([
        countArticlesFor(db, id),
        relatedArticles(db, id, { limit: q.articles, excludeArticleId: excluded?.id }),
        countStatementsBy(db, id),
        statementHistory(db, id, { limit: q.statements }),
      ]);
      const mentionsHere = excluded?.entityIds.includes(id) ? 1 : 0;
      return { id, articleCount: count - mentionsHere, articles, statementCount, statements };
    }),
  );
}

export async function history(db: MarsadDB, q: HistoryRequest): Promise<HistoryPage> {
  const query = normalize(q.query).trim();
  const classes = verbClassFilter(q.verbClasses);
  if (!query && !classes) {
    const [total, entries] = await Promise.all([
      countStatementsBy(db, q.entityId),
      statementHistory(db, q.entityId, { offset: q.offset, limit: q.limit }),
    ]);
    return { total, entries, hasMore: q.offset + entries.length < total };
  }
  // Filtered: this page and one match more (there are more after the page when it is found).
  const wanted = q.offset + q.limit;
  const matches = query ? await withWords(db, q.entityId, query, classes, wanted + 1) : await latestOfClasses(db, q.entityId, classes!, wanted + 1);
  const hasMore = matches.length > wanted;
  // When the reading reached the end, every match was seen: the count is exact.
  return { total: hasMore ? null : matches.length, entries: matches.slice(q.offset, wanted).map(historyEntry), hasMore };
}

/**
 * The first `n` statements of an entity whose text, article title or site has the (normalised)
 * words, and whose verb is of one of `classes` when given: read newest first (one class's index
 * range when one class is asked), stopping at the n-th.
 */
async function withWords(db: MarsadDB, entityId: string, query: string, classes: VerbClass[] | undefined, n: number): Promise<StatementRecord[]> {
  const inClass = classes && new Set<string>(classes);
  const rows = classes?.length === 1 ? statementsOfClass(db, entityId, classes[0]!) : statementsBy(db, entityId);
  const matches: StatementRecord[] = [];
  await rows
    .until(() => matches.length >= n)
    .each((r) => {
      if ((!inClass || inClass.has(r.verbClass)) && normalize(`${r.text} ${r.title} ${r.site ?? ''}`).includes(query)) matches.push(r);
    });
  return matches;
}

/** Co-mentions are counted over the entity's latest 200 articles: recent company, read in one range. */
const CO_MENTION_WINDOW = 200;

export async function overview(db: MarsadDB, q: { entityId: string; limit: number }): Promise<EntityOverview> {
  // One read of the entity's latest links serves both lists: its first rows are the related
  // articles (as relatedArticles reads them), all of them the co-mentions.
  const [articleCount, links] = await Promise.all([
    countArticlesFor(db, q.entityId),
    db.links
      .where('[entityId+publishedAt]')
      .between([q.entityId, Dexie.minKey], [q.entityId, Dexie.maxKey])
      .reverse()
      .limit(Math.max(CO_MENTION_WINDOW, q.limit))
      .toArray(),
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

export { importCorpus };
