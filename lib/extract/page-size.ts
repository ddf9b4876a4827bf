/**
 * How much of a page Marsad reads. Reading a page (extracting the article, indexing the live page,
 * painting) costs the page's main thread time that grows with its text and its elements: a 2 MB
 * article costs a few hundred milliseconds, a 20 MB page froze the tab for 48 s. So a page is
 * measured first (cheaply: two native calls), and one beyond the limits is not read whole:
 * - when it marks its article (an <article>, else a <main>) and that part is within the limits,
 *   only that part is read (a huge comment thread or an endless feed around a normal story);
 * - otherwise it is declined, and the reader is told why.
 *
 * The limits are far above real news articles: the longest run to a few tens of thousands of
 * words (under 300,000 characters), and a heavy news page has a few thousand elements.
 */

export interface PageSize {
  /** Characters of text (scripts, styles and templates left out). */
  chars: number;
  /** Elements. */
  elements: number;
}

export const PAGE_LIMITS: Readonly<PageSize> = {
  /** ≈ 250,000 words, ≈ 3 MB of Arabic text. */
  chars: 1_500_000,
  /** Ten times a heavy news page; extracting 50,000 elements takes about a second. */
  elements: 50_000,
};

/** The size of `root`'s text and elements, without reading any of it in JavaScript. */
export function measure(root: Element): PageSize {
  let chars = root.textContent?.length ?? 0;
  for (const el of Array.from(root.querySelectorAll('script, style, noscript, template'))) chars -= el.textContent?.length ?? 0;
  return { chars, elements: root.getElementsByTagName('*').length };
}

export function withinLimits(size: PageSize, limits: Readonly<PageSize> = PAGE_LIMITS): boolean {
  return size.chars <= limits.chars && size.elements <= limits.elements;
}

/** What of a page is read: all of it, only the part that holds its article, or nothing (too large). */
export type ReadingScope = { kind: 'page'; size: PageSize } | { kind: 'part'; root: Element; size: PageSize; page: PageSize } | { kind: 'too-large'; page: PageSize };

/** Decides what of `doc` is read within `limits`. */
export function readingScope(doc: Document, limits: Readonly<PageSize> = PAGE_LIMITS): ReadingScope {
  const body = doc.body;
  if (!body) return { kind: 'page', size: { chars: 0, elements: 0 } };
  const page = measure(body);
  if (withinLimits(page, limits)) return { kind: 'page', size: page };
  // The page marks its story: the largest <article> that is no part of another one, else <main>.
  const articles = Array.from(doc.querySelectorAll('article')).filter((a) => !a.parentElement?.closest('article'));
  const marked = articles.length ? articles : Array.from(doc.querySelectorAll('main, [role="main"]')).slice(0, 1);
  let best: { root: Element; size: PageSize } | undefined;
  for (const root of marked) {
    const size = measure(root);
    if (withinLimits(size, limits) && size.chars > (best?.size.chars ?? 0)) best = { root, size };
  }
  return best ? { kind: 'part', ...best, page } : { kind: 'too-large', page };
}
