/**
 * A page → the article in it, with the Readability it is given (extract.ts gives it the package's;
 * the analyser in a page has it only once the background has injected it, readability.ts): the main text (Readability, so menus, "related articles" lists and
 * footers are left out, then the furniture it keeps: furniture.ts; or, where the page marks its
 * story plainly, that story read as Readability would read it, without it: marked.ts) and its metadata (the title
 * without the site's name, the site, the date: the metadata's, else the one by the headline).
 * Works on a clone: the live page is never touched.
 */
import type { Readability } from '@mozilla/readability';
import type { ArticleSignals } from '../detect/detect';
import { isoDate } from './dates';
import { dropFurniture } from './furniture';
import { markedArticle, originals, storyContainer } from './marked';
import { readMetadata, type PageMetadata } from './metadata';
import { blockText, tidy } from './text';
import { visibleDate } from './visible-date';
import { flattenDeepNesting, isPageFurniture } from '../dom/text';

export interface ExtractedArticle extends PageMetadata {
  title: string | null;
  /** The text to analyse: the title, an empty line, then the body. */
  text: string;
  /** Where the body starts in `text`. */
  bodyStart: number;
  /** The body was found by Readability (false: the whole page's text was used). */
  readable: boolean;
}

export interface ExtractOptions {
  /**
   * Read only this part of the page (the part that holds its article, on a page too large to read
   * whole: lib/extract/page-size.ts); the metadata is still the page's.
   */
  within?: Element;
  /** Always read the article with Readability, even where the page marks it plainly (marked.ts): how the tests compare the two. */
  readability?: 'always';
  /**
   * Told where the story lies in the page when it is read plainly (marked.ts): the element that
   * holds it, which the highlighter paints without looking for it (lib/highlight/article-root.ts).
   */
  located?: { root?: Element };
}

/** What the page says of itself that the verdict weighs (lib/detect; read-page.ts). */
export function articleSignals(article: ExtractedArticle): ArticleSignals {
  return { declaredArticle: article.declaredArticle, hasDate: article.publishedAt !== null };
}

/** Readability's class, as `@mozilla/readability` exports it. */
export type Reader = typeof Readability;

/**
 * The article of `doc`, read with `reader`. Without one (undefined), a page whose story is not
 * marked plainly is not read: undefined (the caller gets Readability, and reads again). `null`: no
 * Readability is to be had; the page is read as when Readability finds nothing in it.
 */
export function readArticle(reader: Reader | null | undefined, doc: Document, url?: string, now: number = Date.now(), options: ExtractOptions = {}): ExtractedArticle | undefined {
  const metadata = readMetadata(doc, url, now);
  const within = options.within;
  let body = '';
  let readable = false;
  let parsedTitle: string | null = null;
  const whole = within ?? doc.body;
  const plain = options.readability === 'always' || !whole ? undefined : plainArticle(whole, metadata, now);
  if (!plain && whole && reader === undefined) return undefined;
  if (plain) {
    body = plain.text;
    readable = body.length > 0;
    if (options.located) options.located.root = plain.root;
  } else if (reader) {
    try {
      const clone = within ? partOf(doc, within) : (doc.cloneNode(true) as Document);
      if (clone.body) flattenDeepNesting(clone.body);
      // The serializer hands back Readability's element itself: no HTML string is ever re-parsed.
      const parsed = new reader<Node>(clone, { charThreshold: 200, serializer: (el) => el }).parse();
      if (parsed?.content) {
        if (parsed.content.nodeType === 1) dropFurniture(parsed.content as Element, now);
        body = blockText(parsed.content);
        readable = body.length > 0;
        parsedTitle = parsed.title?.trim() || null;
        metadata.byline ??= parsed.byline?.trim() || null;
        metadata.site ??= parsed.siteName?.trim() || null;
        metadata.publishedAt ??= isoDate(parsed.publishedTime, now);
      }
    } catch {
      // A page Readability cannot read falls back to its whole text.
    }
  }
  // No article found: the whole page, as the highlighter indexes it then (without its menus and footers).
  if (!readable) body = whole ? blockText(whole, isPageFurniture) : '';
  const title = tidy(metadata.title ?? parsedTitle ?? '') || null;
  metadata.publishedAt ??= visibleDate(doc, title, now, whole);
  // The headline Readability kept at the top of the body is the title: said once, before the body.
  if (title && body.startsWith(title)) body = body.slice(title.length).replace(/^\s+/, '');
  const head = title ? title + '\n\n' : '';
  return { ...metadata, title, text: head + body, bodyStart: head.length, readable };
}

/**
 * The text of the article the page marks plainly (marked.ts), read as Readability would read it,
 * without Readability, and the element of the page that holds the story (undefined when it lies
 * deeper than the copy keeps); undefined when the page does not, and Readability reads it.
 */
export function plainArticle(root: Element, metadata: PageMetadata, now: number = Date.now()): { text: string; root: Element | undefined } | undefined {
  if (metadata.title === null) return undefined;
  const article = markedArticle(root, metadata.byline !== null);
  if (!article) return undefined;
  const copy = article.cloneNode(true) as Element;
  const live = originals(copy, article);
  flattenDeepNesting(copy);
  dropFurniture(copy, now);
  const container = storyContainer(copy, metadata.title);
  return container ? { text: blockText(copy), root: live.get(container) } : undefined;
}

/** A document of the page's head and one part of its body (a copy: the live page is not touched). */
function partOf(doc: Document, part: Element): Document {
  const copy = doc.implementation.createHTMLDocument('');
  if (doc.head) copy.head.replaceWith(copy.importNode(doc.head, true));
  for (const name of ['lang', 'dir']) {
    const value = doc.documentElement.getAttribute(name);
    if (value) copy.documentElement.setAttribute(name, value);
  }
  copy.body.append(copy.importNode(part, true));
  return copy;
}
