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

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export function findArticleRoot(doc: Document, articleText: string): Element | null {
  const body = doc.body;
  if (!body) return null;
  const article = collapse(articleText);
  const weight = new Map<Element, number>();
  let total = 0;
  for (const el of Array.from(body.querySelectorAll(CANDIDATES))) {
    const text = collapse(el.textContent ?? '');
    if (text.length < MIN_BLOCK || !article.includes(text)) continue;
    // A block inside another counted block would count twice.
    if (el.parentElement?.closest(CANDIDATES) && weight.has(el.parentElement.closest(CANDIDATES)!)) continue;
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
