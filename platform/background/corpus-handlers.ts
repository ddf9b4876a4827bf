/**
 * The background's answers to the corpus messages. Each handler opens what it needs; nothing is
 * kept between messages (an MV3 service worker may stop at any time).
 */
import { analyze } from '../../lib/analyze/analyze';
import { normalize } from '../../lib/arabic/normalize';
import {
  countArticlesFor,
  countStatementsBy,
  deleteArticle,
  relatedArticles,
  saveArticle,
  statementHistory,
} from '../../lib/corpus/corpus';
import type { ArticleRecord, MarsadDB } from '../../lib/corpus/schema';
import { importCorpus } from '../../lib/corpus/transfer';
import { BUILTIN_ENTITIES } from '../../lib/gazetteer/builtin';
import { compileGazetteer } from '../../lib/gazetteer/matcher';
import { applyEdits } from '../../lib/gazetteer/user';
import type { EntityCard, EntityOverview, HistoryPage, PageArticle, SaveReply } from '../../lib/messages';

async function findArticle(db: MarsadDB, page: { url: string; canonicalUrl: string | null }): Promise<ArticleRecord | undefined> {
  return (
    (await db.articles.where('canonicalUrl').equals(page.canonicalUrl || page.url).first()) ??
    (await db.articles.where('url').equals(page.url).first())
  );
}

export async function savePage(db: MarsadDB, page: PageArticle): Promise<SaveReply> {
  if (!page.text.trim()) throw new Error('The page has no text to save.');
  const g = compileGazetteer(applyEdits(BUILTIN_ENTITIES, await db.entities.toArray()));
  const analysis = analyze(page.text, g);
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

export async function history(db: MarsadDB, q: { entityId: string; offset: number; limit: number; query: string }): Promise<HistoryPage> {
  const query = normalize(q.query).trim();
  if (!query) {
    const [total, entries] = await Promise.all([
      countStatementsBy(db, q.entityId),
      statementHistory(db, q.entityId, { offset: q.offset, limit: q.limit }),
    ]);
    return { total, entries };
  }
  // Filtering needs every statement of the entity; an actor's history is thousands at most.
  const all = await statementHistory(db, q.entityId, { limit: 100_000 });
  const matching = all.filter((h) => normalize(`${h.text} ${h.article.title} ${h.article.site ?? ''}`).includes(query));
  return { total: matching.length, entries: matching.slice(q.offset, q.offset + q.limit) };
}

export async function overview(db: MarsadDB, q: { entityId: string; limit: number }): Promise<EntityOverview> {
  const [articleCount, articles, links] = await Promise.all([
    countArticlesFor(db, q.entityId),
    relatedArticles(db, q.entityId, { limit: q.limit }),
    db.links.where('entityId').equals(q.entityId).toArray(),
  ]);
  const together = new Map<string, number>();
  const ids = links.map((l) => l.articleId);
  for (const l of await db.links.where('articleId').anyOf(ids).toArray()) {
    if (l.entityId !== q.entityId) together.set(l.entityId, (together.get(l.entityId) ?? 0) + 1);
  }
  const coMentioned = [...together.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, q.limit)
    .map(([id, n]) => ({ id, articles: n }));
  return { articleCount, articles, coMentioned };
}

export { importCorpus };
