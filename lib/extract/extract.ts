/**
 * A page → the article in it (article.ts), read with the Readability of the package: what the CLI,
 * the tests and the benchmarks call. The analyser in a page calls article.ts itself, with the
 * Readability the background injects only when the page needs it (features/page/reader.ts).
 */
import { Readability } from '@mozilla/readability';
import { readArticle, type ExtractedArticle, type ExtractOptions } from './article';

export { plainArticle, readArticle, type ExtractedArticle, type ExtractOptions, type Reader } from './article';

export function extractArticle(doc: Document, url?: string, now: number = Date.now(), options: ExtractOptions = {}): ExtractedArticle {
  return readArticle(Readability, doc, url, now, options)!;
}
