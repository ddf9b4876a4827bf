/**
 * A page → the article in it: the main text (Readability, so menus, "related articles" lists and
 * footers are left out, then the furniture it keeps: furniture.ts) and its metadata (the title
 * without the site's name, the site, the date: the metadata's, else the one by the headline).
 * Works on a clone: the live page is never touched.
 */
import { Readability } from '@mozilla/readability';
import { isoDate } from './dates';
import { dropFurniture } from './furniture';
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

export function extractArticle(doc: Document, url?: string, now: number = Date.now()): ExtractedArticle {
  const metadata = readMetadata(doc, url, now);
  let body = '';
  let readable = false;
  let parsedTitle: string | null = null;
  try {
    const clone = doc.cloneNode(true) as Document;
    if (clone.body) flattenDeepNesting(clone.body);
    // The serializer hands back Readability's element itself: no HTML string is ever re-parsed.
    const parsed = new Readability<Node>(clone, { charThreshold: 200, serializer: (el) => el }).parse();
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
  // No article found: the whole page, as the highlighter indexes it then (without its menus and footers).
  if (!readable) body = doc.body ? blockText(doc.body, isPageFurniture) : '';
  const title = tidy(metadata.title ?? parsedTitle ?? '') || null;
  metadata.publishedAt ??= visibleDate(doc, title, now);
  // The headline Readability kept at the top of the body is the title: said once, before the body.
  if (title && body.startsWith(title)) body = body.slice(title.length).replace(/^\s+/, '');
  const head = title ? title + '\n\n' : '';
  return { ...metadata, title, text: head + body, bodyStart: head.length, readable };
}
