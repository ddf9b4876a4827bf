/**
 * The corpus by web page: save the article a page gives (analysed against the built-in knowledge
 * base with the user's edits), remove it, and say whether it is saved. A page is found by its
 * canonical address first, then by the address it was read at.
 */
import { analyze } from '../analyze/analyze';
import { userGazetteer } from '../knowledge/builtin';
import type { Gazetteer } from '../knowledge/matcher';
import { countryOfPage } from '../sites/country';
import { isStorableUrl } from './urls';
import { deleteArticle, saveArticle, type SaveStatus } from './corpus';
import type { ArticleRecord, MarsadDB } from './schema';

/** An article as the page gives it, to be analysed and saved. */
export interface PageArticle {
  url: string;
  canonicalUrl: string | null;
  title: string;
  site: string | null;
  byline: string | null;
  publishedAt: string | null;
  lang: string;
  text: string;
}

/** Where a page is: the address it was read at and the one it declares. */
export type PageAddress = Pick<PageArticle, 'url' | 'canonicalUrl'>;

export interface SaveReply {
  status: SaveStatus;
  id: number;
  entityCount: number;
  statementCount: number;
}

export interface PageStatus {
  saved: boolean;
  articleId: number | null;
  savedAt: string | null;
}

export async function findPageArticle(db: MarsadDB, page: PageAddress): Promise<ArticleRecord | undefined> {
  return (
    (await db.articles.where('canonicalUrl').equals(page.canonicalUrl || page.url).first()) ??
    (await db.articles.where('url').equals(page.url).first())
  );
}

/** Analyses the page with `g` (the user's knowledge base, compiled: the background keeps it warm; by default compiled now) and saves it. */
export async function savePage(db: MarsadDB, page: PageArticle, g?: Gazetteer): Promise<SaveReply> {
  if (!page.text.trim()) throw new Error('The page has no text to save.');
  if (!isStorableUrl(page.url)) throw new Error('Only pages of http(s) addresses are saved.');
  // A canonical address the page declares oddly («javascript:…») is no address: the page's own stands.
  if (page.canonicalUrl && !isStorableUrl(page.canonicalUrl)) page = { ...page, canonicalUrl: null };
  g ??= userGazetteer(await db.entities.toArray());
  // The page's date resolves a bare title («الرئيس الفرنسي») to whoever held it then.
  const analysis = analyze(page.text, g, { publishedAt: page.publishedAt, country: countryOfPage(page.canonicalUrl || page.url) });
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

export async function removePage(db: MarsadDB, page: PageAddress): Promise<boolean> {
  const a = await findPageArticle(db, page);
  return a ? deleteArticle(db, a.id) : false;
}

export async function pageStatus(db: MarsadDB, page: PageAddress): Promise<PageStatus> {
  const a = await findPageArticle(db, page);
  return { saved: a !== undefined, articleId: a?.id ?? null, savedAt: a?.savedAt ?? null };
}
