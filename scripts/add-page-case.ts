/**
 * Adds a page to the extraction's test cases (lib/extract/read-page.test.ts runs every one):
 *   npm run add-page-case -- <slug> <file.html> [--url URL] [--force]
 * writes tests/fixtures/pages/<slug>/page.html (the file's bytes as they are, its charset too) and
 * expected.json, filled from what readPage reads in the page now: the title, the site, the date,
 * the verdict, the body's first and last words. A person reviews it: corrects what is wrong (the
 * test then fails until the extraction is right) and lists in `notInBody` the furniture that must
 * stay out of the body; the page's short lines left out of the body are printed to choose from.
 * `--url` is the page's address (the host names the site when nothing else does); without it, the
 * page's canonical URL.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { LIVE_PAGE_TEXT, readText } from '../lib/dom/text';
import { decodeHtml } from '../lib/extract/decode';
import { readPage } from '../lib/extract/read-page';

const USAGE = 'usage: npm run add-page-case -- <slug> <file.html> [--url URL] [--force]';
/** How many words of the body's start and end expected.json keeps. */
const EDGE_WORDS = 6;

function main(args: string[]): number {
  let url: string | undefined;
  let force = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--url') url = args[++i];
    else if (a === '--force') force = true;
    else rest.push(a);
  }
  const [slug, file] = rest;
  if (!slug || !file || rest.length > 2 || !/^[a-z0-9][a-z0-9-]*$/.test(slug) || (url !== undefined && !/^https?:\/\//.test(url))) {
    process.stderr.write(`${USAGE}\n(slug: lower-case letters, digits and dashes; URL: http or https)\n`);
    return 2;
  }
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'pages', slug);
  if (existsSync(dir) && !force) {
    process.stderr.write(`add-page-case: ${dir} exists (--force to overwrite it)\n`);
    return 1;
  }
  // `npm run` starts in the project's root: a relative path is the caller's.
  const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
  if (!existsSync(path)) {
    process.stderr.write(`add-page-case: ${path}: no such file\n`);
    return 1;
  }
  const bytes = readFileSync(path);
  const { text: html, encoding } = decodeHtml(bytes);
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const page = url ?? readPage(doc).article.canonicalUrl ?? undefined;
  const { article, detection } = readPage(doc, page);
  const body = article.text.slice(article.bodyStart);
  const words = body.split(/\s+/).filter(Boolean);
  const expected = {
    ...(page ? { url: page } : {}),
    title: article.title,
    site: article.site,
    publishedAt: article.publishedAt,
    isArabicNews: detection.isArabicNews,
    firstWords: words.slice(0, EDGE_WORDS).join(' '),
    lastWords: words.slice(-EDGE_WORDS).join(' '),
    notInBody: [] as string[],
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.html'), bytes);
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');

  const out = process.stdout;
  out.write(`wrote ${dir}/page.html (${encoding}) and expected.json: review it\n`);
  out.write(`${JSON.stringify({ ...expected, notInBody: undefined }, null, 2)}\n`);
  const left = (doc.body ? readText(doc.body, LIVE_PAGE_TEXT).text : '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 1 && l.length < 120 && l !== article.title && !body.includes(l));
  out.write(`\nthe page's short lines left out of the body (furniture for notInBody, or story the extraction lost):\n`);
  for (const l of [...new Set(left)].slice(0, 60)) out.write(`  ${l}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
