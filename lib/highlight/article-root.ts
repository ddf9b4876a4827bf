/**
 * Where the article is in the live page. Readability reads a clone; here the clone's verdict is
 * brought back: the live blocks whose text belongs to the extracted article vote for their
 * ancestors, and the deepest ancestor that holds most of the article wins. Menus, related-article
 * lists and footers outside it are never highlighted.
 */

const CANDIDATES = 'p, h1, h2, h3, h4, li, blockquote, figcaption, td, dd';
const MIN_BLOCK = 25;
/** The root must hold this share of the article's text found in the page. */
const SHARE = 0.8;
/**
 * Up to this length (characters), a block that does not start one of the article's lines is still
 * looked for anywhere in it. A longer article is only searched line by line: a search of the whole
 * text for each of 12,000 blocks took seconds on a 2 MB page.
 */
const SEARCH_ANYWHERE = 200_000;
/** Characters of a line's start that key it (MIN_BLOCK or fewer, so every counted block has a key). */
const KEY = 16;
/** Lines starting alike that a block of several lines is compared with, at most (a page of 12,000 lines that all begin «دمشق، دمشق،» took 26 s). */
const MAX_CANDIDATES = 32;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Is a block's text (collapsed) part of the article's? A block that is a line of the article (as
 * blocks are: the article's lines are its blocks), a lookup; one that begins a line and runs over
 * the next (a quote of two paragraphs), a lookup by its first characters and a comparison or a
 * few; elsewhere, a search of the whole text when the article is not long.
 */
export function articleTextTest(articleText: string): (blockText: string) => boolean {
  const lines = articleText.split('\n').map(collapse).filter(Boolean);
  const whole = new Set(lines);
  // The article collapsed as one line: `lines` joined by spaces is exactly collapse(articleText).
  const article = lines.join(' ');
  const starts = new Map<string, number[]>();
  let at = 0;
  for (const line of lines) {
    const key = line.slice(0, KEY);
    const list = starts.get(key);
    if (list) list.push(at);
    else starts.set(key, [at]);
    at += line.length + 1;
  }
  const anywhere = article.length <= SEARCH_ANYWHERE;
  const begins = (text: string) => (starts.get(text.slice(0, KEY)) ?? []).slice(0, MAX_CANDIDATES).some((s) => article.startsWith(text, s));
  return (text) => whole.has(text) || begins(text) || (anywhere && article.includes(text));
}

/** The container of the article in `doc` (looked for within `within`, the body by default), or null. */
export function findArticleRoot(doc: Document, articleText: string, within: Element | null = doc.body): Element | null {
  const body = within;
  if (!body) return null;
  const inArticle = articleTextTest(articleText);
  const weight = new Map<Element, number>();
  let total = 0;
  for (const el of Array.from(body.querySelectorAll(CANDIDATES))) {
    const text = collapse(el.textContent ?? '');
    if (text.length < MIN_BLOCK || !inArticle(text)) continue;
    // A block inside another counted block would count twice.
    const outer = el.parentElement?.closest(CANDIDATES);
    if (outer && weight.has(outer)) continue;
    total += text.length;
    for (let a: Element | null = el; a && a !== doc.documentElement; a = a.parentElement) {
      weight.set(a, (weight.get(a) ?? 0) + text.length);
    }
  }
  if (total === 0) return null;
  // The deepest element holding SHARE of the weight: walk down from body along the heaviest child.
  let root: Element = body;
  for (;;) {
    let next: Element | undefined;
    for (const child of Array.from(root.children)) {
      if ((weight.get(child) ?? 0) >= total * SHARE) {
        next = child;
        break;
      }
    }
    if (!next) return root;
    root = next;
  }
}
