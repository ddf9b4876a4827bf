/**
 * The article a page marks plainly, read without Readability. Readability scores every node of a
 * copy of the page and cleans what it keeps; on a fresh page, with its code not yet compiled, that
 * is the largest part of what reading a page costs. When the page wraps its story in one <article>
 * holding nothing Readability's cleaning would act on, Readability keeps that article's text, less
 * what furniture.ts removes anyway: that text is read directly (extract.ts).
 *
 * "Nothing Readability would act on" is said by its own rules (@mozilla/readability 0.6.0:
 * REGEXPS, UNLIKELY_ROLES, _prepArticle, _checkByline), conservatively: any element it might remove
 * or keep apart (a list, a table, a form, an aside, a frame, a hidden element, a block whose class
 * says comments, sharing or related links, a byline the metadata does not give) sends the page to
 * Readability. extract.test.ts holds the pages where both are read, and the same.
 */

/** Elements a plain story is made of. Anything else (lists, tables, forms, asides, headers and footers, frames, media, controls) goes to Readability. */
const PLAIN = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'BR', 'HR', 'A', 'B', 'STRONG', 'EM', 'I', 'U', 'S', 'SPAN', 'TIME', 'SMALL', 'SUB',
  'SUP', 'ABBR', 'CITE', 'Q', 'MARK', 'FIGURE', 'FIGCAPTION', 'IMG', 'PICTURE', 'SOURCE', 'DIV', 'SECTION', 'SCRIPT', 'STYLE', 'NOSCRIPT',
  'TEMPLATE',
]);
/** Readability's REGEXPS.unlikelyCandidates and okMaybeItsACandidate: an element it removes before reading. */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const OK_MAYBE = /and|article|body|column|content|main|shadow/i;
/** Readability's REGEXPS.negative: a block it may clean away (a header, a section, a container). */
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
/** Readability's REGEXPS.byline: an element it takes for the byline and removes, when the metadata gives none. */
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
/** Blocks whose class Readability weighs when it cleans. */
const WEIGHED = new Set(['ARTICLE', 'DIV', 'SECTION', 'H1', 'H2']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Readability's REGEXPS.shareElements: a small element it removes from the story. */
const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
/** Commas (Latin and Arabic, as Readability counts them) that keep a container from being judged by its links and images. */
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
/** The article holds at least this much text... */
const MIN_CHARS = 500;
/** ... and this share of the page's. */
const MIN_SHARE = 0.5;

/** Characters of an element's text, less its scripts' and styles'. */
function textLength(el: Element): number {
  let n = el.textContent?.length ?? 0;
  for (const s of Array.from(el.querySelectorAll('script, style, noscript, template'))) n -= s.textContent?.length ?? 0;
  return n;
}

/** Would Readability remove or keep apart this element of the article? */
function acted(el: Element, metadataByline: boolean): boolean {
  const tag = el.tagName.toUpperCase();
  if (!PLAIN.has(tag) && tag !== 'ARTICLE') return true;
  const match = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (UNLIKELY.test(match) && !OK_MAYBE.test(match)) return true;
  if (WEIGHED.has(tag) && NEGATIVE.test(match)) return true;
  if (UNLIKELY_ROLES.has(el.getAttribute('role') ?? '')) return true;
  if (SHARE.test(match) && (el.textContent?.length ?? 0) < 500) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) return true;
  if (!metadataByline && (el.getAttribute('rel') === 'author' || (el.getAttribute('itemprop') ?? '').includes('author') || BYLINE.test(match))) return true;
  return false;
}

/**
 * The page's one <article> (within `root`), when it plainly holds the story: at least 500
 * characters and half the page's text, and nothing Readability would act on. `metadataByline`:
 * the page's metadata names the author (Readability then leaves a byline element in place).
 */
export function markedArticle(root: Element, metadataByline: boolean): Element | undefined {
  const articles = root.tagName.toUpperCase() === 'ARTICLE' ? [root] : Array.from(root.getElementsByTagName('article'));
  if (articles.length !== 1) return undefined;
  const article = articles[0]!;
  const chars = textLength(article);
  if (chars < MIN_CHARS || chars < MIN_SHARE * textLength(root)) return undefined;
  if (acted(article, metadataByline)) return undefined;
  for (const el of Array.from(article.querySelectorAll('*'))) if (acted(el, metadataByline)) return undefined;
  return article;
}

/**
 * Is the article, once its furniture is dropped (furniture.ts, on a copy), read by Readability as
 * it stands? Its text (the title's heading aside) lies in one container, the parent of most of its
 * paragraphs' text: Readability keeps that container (or the article around it), and a paragraph
 * beside it only sometimes; and every container in it is one Readability keeps (ten commas or
 * more, or paragraphs with neither links nor images). `title`: the page's title. Returns that
 * container, or undefined when Readability must read the page.
 */
export function storyContainer(article: Element, title: string | null): Element | undefined {
  // The story's container: the parent of the most paragraph text (Readability's best candidate).
  const weight = new Map<Element, number>();
  for (const p of Array.from(article.querySelectorAll('p'))) {
    if (p.parentElement) weight.set(p.parentElement, (weight.get(p.parentElement) ?? 0) + (p.textContent?.trim().length ?? 0));
  }
  const container = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!container) return undefined;
  const heading = Array.from(article.querySelectorAll('h1, h2')).find((h) => title !== null && collapse(h.textContent ?? '') === collapse(title));
  const walker = article.ownerDocument.createTreeWalker(article, 4 /* SHOW_TEXT */);
  let firstText: Node | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const tag = n.parentElement?.tagName.toUpperCase();
    if (!n.nodeValue?.trim() || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    firstText ??= n;
    if (!container.contains(n) && !heading?.contains(n)) return undefined;
  }
  // The title's heading further down than the top: Readability takes it out there, the text here keeps it.
  if (heading && firstText && !heading.contains(firstText)) return undefined;
  // Another heading Readability would take for the title (by its Latin words and digits) and take out.
  const pageTitle = article.ownerDocument.title;
  if (Array.from(article.querySelectorAll('h1, h2')).some((h) => h !== heading && similarity(pageTitle, h.textContent ?? '') > 0.75)) return undefined;
  for (const div of [container, ...Array.from(container.querySelectorAll('div, section'))]) {
    const tag = div.tagName.toUpperCase();
    if (tag !== 'DIV' && tag !== 'SECTION') continue;
    const commas = (div.textContent ?? '').match(COMMAS)?.length ?? 0;
    if (commas < 10 && (div.querySelector('a, img') !== null || !Array.from(div.children).some((c) => c.tagName.toUpperCase() === 'P'))) return undefined;
  }
  return container;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Readability's _textSimilarity: its tokens are runs of \w (Latin letters, digits), so Arabic words count for nothing. */
function similarity(a: string, b: string): number {
  const tokens = (s: string) => s.toLowerCase().split(/\W+/g).filter(Boolean);
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  return 1 - tb.filter((t) => !ta.includes(t)).join(' ').length / tb.join(' ').length;
}

/** Each element of `copy` (a fresh clone of `live`) and its original, found by walking both at once. */
export function originals(copy: Element, live: Element): Map<Element, Element> {
  const out = new Map<Element, Element>();
  const stack: [Element, Element][] = [[copy, live]];
  while (stack.length) {
    const [c, l] = stack.pop()!;
    out.set(c, l);
    for (let a = c.firstElementChild, b = l.firstElementChild; a && b; a = a.nextElementSibling, b = b.nextElementSibling) stack.push([a, b]);
  }
  return out;
}
