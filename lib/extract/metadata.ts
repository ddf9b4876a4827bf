/**
 * Article metadata from a page: title (without the site's name), site, canonical URL, byline,
 * publication date (from the page's metadata only: the date a reader sees is visible-date.ts's).
 */
import { builtinSiteOf } from '../sites/builtin';
import { isoDate } from './dates';
import { headlineOfTitle, hostName, siteKey, siteKeys, withoutSiteName } from './title';

export { isoDate } from './dates';

export interface PageMetadata {
  title: string | null;
  site: string | null;
  canonicalUrl: string | null;
  byline: string | null;
  /** ISO date, YYYY-MM-DD. */
  publishedAt: string | null;
  lang: string | null;
  /** The page declares itself an article (og:type article, JSON-LD *Article, an <article> element). */
  declaredArticle: boolean;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Every JSON-LD object in the page, flattened through @graph and arrays. Broken blocks are skipped. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A malformed block says nothing; the other sources still do.
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article|NewsArticle|ReportageNewsArticle|BlogPosting|AnalysisNewsArticle/;

function absolute(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** The first of the values that is a valid date. */
function firstDate(values: readonly (string | null | undefined)[], now: number): string | null {
  for (const v of values) {
    const d = isoDate(v, now);
    if (d) return d;
  }
  return null;
}

export function readMetadata(doc: Document, url?: string, now: number = Date.now()): PageMetadata {
  const ld = jsonLd(doc);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? '')));
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const author = article?.['author'];
  const authorName = Array.isArray(author)
    ? str((author[0] as Record<string, unknown> | undefined)?.['name'])
    : str((author as Record<string, unknown> | undefined)?.['name']) ?? str(author);
  // The publisher of the article, else of any object of the page (a WebPage's, a WebSite's).
  const publishers = [article, ...ld]
    .map((o) => o?.['publisher'] as Record<string, unknown> | undefined)
    .map((p) => str(p?.['name']));
  const publisher = publishers.find((p) => p !== null) ?? null;
  const canonical = absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url'), url);
  // The page's own address names the site; a file read by the CLI has none, and its canonical URL says where it came from.
  const address = hostName(url) ? url : canonical;
  const host = hostName(address);
  const builtin = address ? builtinSiteOf(address) : undefined;
  const ogSite = meta(doc, 'og:site_name');
  const appName = meta(doc, 'application-name');
  const siteNames = [ogSite, ...publishers, builtin?.nameAr, builtin?.name, appName, host];
  const headline = doc.querySelector('h1')?.textContent ?? null;
  // The first title the page gives that is more than the site's name (some give it as og:title).
  const sites = siteKeys(siteNames);
  // Each candidate is made a title only until one will do (the page's first reading pays for each).
  let title: string | null = null;
  for (const candidate of [meta(doc, 'og:title'), meta(doc, 'twitter:title'), str(article?.['headline']), str(doc.title), str(headline)]) {
    const t = candidate ? headlineOfTitle(withoutSiteName(candidate, siteNames), headline) : null;
    if (t && !sites.has(siteKey(t))) {
      title = t;
      break;
    }
  }
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  const ogType = meta(doc, 'og:type');
  return {
    title,
    site: ogSite ?? publisher ?? builtin?.nameAr ?? appName ?? host,
    canonicalUrl: canonical ?? url ?? null,
    byline: meta(doc, 'author', 'article:author', 'byl') ?? authorName,
    publishedAt: firstDate(
      [
        meta(doc, 'article:published_time'),
        meta(doc, 'datePublished'),
        meta(doc, 'pubdate'),
        meta(doc, 'publish-date'),
        meta(doc, 'date'),
        meta(doc, 'DC.date.issued'),
        str(article?.['datePublished']),
        time?.getAttribute('datetime'),
      ],
      now,
    ),
    lang: doc.documentElement?.getAttribute('lang') ?? null,
    declaredArticle: ogType === 'article' || article !== undefined || doc.querySelector('article') !== null,
  };
}
