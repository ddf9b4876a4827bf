/**
 * Reading a page: the one function the command line and the benchmark call, and the content
 * script in two halves (it extracts in the page, the background judges: lib/analyze/page.ts), so
 * that the same page gives the same article and the same verdict everywhere. The article is
 * extracted (extract.ts), then judged (lib/detect) with the signals the page gives: whether it
 * declares itself an article, whether it has a date (`articleSignals`).
 */
import { detect, type Detection } from '../detect/detect';
import { articleSignals } from './article';
import { extractArticle, type ExtractedArticle } from './extract';

export { articleSignals } from './article';

export interface PageRead {
  article: ExtractedArticle;
  detection: Detection;
}

export function readPage(doc: Document, url?: string, now: number = Date.now()): PageRead {
  const article = extractArticle(doc, url, now);
  const detection = detect(article.text, articleSignals(article));
  return { article, detection };
}
