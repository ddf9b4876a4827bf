/**
 * Every page case (tests/fixtures/pages/<slug>/: page.html and expected.json, made by `npm run
 * add-page-case` and reviewed) read by readPage, as the browser parses a page (happy-dom here) and
 * as the command line does (linkedom): both must read what expected.json says, and the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/fixtures';
import { decodeHtml } from './decode';
import { readPage, type PageRead } from './read-page';

interface PageCase {
  /** The page's address (location.href in the browser). */
  url?: string;
  title: string | null;
  site: string | null;
  publishedAt: string | null;
  isArabicNews: boolean;
  /** The body (the text after the title) starts and ends with these words. */
  firstWords: string;
  lastWords: string;
  /** Furniture that must not be in the body. */
  notInBody: string[];
}

const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const cases = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(PAGES, d.name, 'expected.json')))
  .map((d) => d.name)
  .sort();

const parsers: [string, (html: string) => Document][] = [
  ['the browser', (html) => new DOMParser().parseFromString(html, 'text/html')],
  ['the command line', (html) => parseHTML(html).document as unknown as Document],
];

it('has the page cases the extraction is held to', () => {
  expect(cases.length).toBeGreaterThanOrEqual(10);
});

describe.each(cases)('page case %s', (slug) => {
  const expected = JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as PageCase;
  const html = decodeHtml(readFileSync(join(PAGES, slug, 'page.html'))).text;
  const reads: PageRead[] = [];

  it.each(parsers)('is read as expected.json says, parsed as %s parses it', (_, parse) => {
    const read = readPage(parse(html), expected.url);
    reads.push(read);
    const { article, detection } = read;
    const body = article.text.slice(article.bodyStart);
    expect(article.title).toBe(expected.title);
    expect(article.text.startsWith(`${expected.title ?? ''}\n\n`)).toBe(expected.title !== null);
    expect(article.site).toBe(expected.site);
    expect(article.publishedAt).toBe(expected.publishedAt);
    expect(detection.isArabicNews).toBe(expected.isArabicNews);
    expect(body.startsWith(expected.firstWords), `the body starts: ${body.slice(0, 80)}`).toBe(true);
    expect(body.endsWith(expected.lastWords), `the body ends: ${body.slice(-80)}`).toBe(true);
    for (const phrase of expected.notInBody) expect(body, phrase).not.toContain(phrase);
  });

  it('is read the same by both', () => {
    expect(reads).toHaveLength(2);
    expect(reads[1]).toEqual(reads[0]);
  });
});
