/**
 * Reading a page: the one function the content script, the command line and the benchmark call,
 * so that the same page gives the same article and the same verdict everywhere. The article is
 * extracted (extract.ts), then judged (lib/detect) with the signals the page gives: whether it
 * declares itself an article, whether it has a date.
 */
import { detect, type Detection } from '../detect/detect';
import { extractArticle, type ExtractedArticle } from './extract';

export interface PageRead {
  article: ExtractedArticle;
  detection: Detection;
}

export function readPage(doc: Document, url?: string, now: number = Date.now()): PageRead {
  const article = extractArticle(doc, url, now);
  const detection = detect(article.text, { declaredArticle: article.declaredArticle, hasDate: article.publishedAt !== null });
  return { article, detection };
}
