/** Article metadata from a page: title, site, canonical URL, byline, publication date. */

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

/** Normalises a date string to YYYY-MM-DD, or null when it is not a date. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

function absolute(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

export function readMetadata(doc: Document, url?: string): PageMetadata {
  const ld = jsonLd(doc);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? '')));
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const author = article?.['author'];
  const authorName = Array.isArray(author)
    ? str((author[0] as Record<string, unknown> | undefined)?.['name'])
    : str((author as Record<string, unknown> | undefined)?.['name']) ?? str(author);
  const publisher = article?.['publisher'] as Record<string, unknown> | undefined;
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const title =
    meta(doc, 'og:title', 'twitter:title') ?? str(article?.['headline']) ?? (doc.title?.trim() || null);
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    host = null;
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  const ogType = meta(doc, 'og:type');
  return {
    title,
    site: meta(doc, 'og:site_name', 'application-name') ?? str(publisher?.['name']) ?? host,
    canonicalUrl: absolute(canonical, url) ?? (url ?? null),
    byline: meta(doc, 'author', 'article:author', 'byl') ?? authorName,
    publishedAt: isoDate(
      meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'DC.date.issued') ??
        str(article?.['datePublished']) ??
        time,
    ),
    lang: doc.documentElement?.getAttribute('lang') ?? null,
    declaredArticle: ogType === 'article' || article !== undefined || doc.querySelector('article') !== null,
  };
}
