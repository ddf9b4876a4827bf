/**
 * The page cases (tests/fixtures/pages/<slug>/) in Chromium: each page served at its own address
 * (its host mapped to the test server, its bytes as they are, with no charset in the response, so
 * that the browser decodes a windows-1256 page by its <meta> as it would on the site), read there by
 * readPage, the function the content script calls; it must read what expected.json says, as it does
 * under happy-dom and linkedom (lib/extract/read-page.test.ts, the CLI's test). And the extension
 * itself, on a short article a built-in site declares an article, says it is Arabic news (the verdict
 * the CLI used to give differently). The pages have no form fields (a comment box's, a newsletter's):
 * Chromium's autofill asks Google's servers about a page's fields, which the network check counts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringsFor } from '../../lib/i18n/strings';
import type { PageRead } from '../../lib/extract/read-page';
import { ROOT } from '../fixtures';
import { clickAction, type ExtensionBrowser, hasChromium, launchWithExtension, SKIP_REASON, startStaticServer, type StaticServer } from './harness';
import { FIXTURE_PAGES } from './static-server';

interface PageCase {
  url: string;
  title: string | null;
  site: string | null;
  publishedAt: string | null;
  isArabicNews: boolean;
  firstWords: string;
  lastWords: string;
  notInBody: string[];
}

const cases = readdirSync(FIXTURE_PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(FIXTURE_PAGES, d.name, 'expected.json')))
  .map((d) => ({ slug: d.name, expected: JSON.parse(readFileSync(join(FIXTURE_PAGES, d.name, 'expected.json'), 'utf8')) as PageCase }))
  .filter((c) => c.expected.url !== undefined);

/** The case's address over plain HTTP (the mapped hosts are served by the test server). */
const httpUrl = (c: PageCase) => c.url.replace(/^https:/, 'http:');

const suite = hasChromium ? describe : describe.skip;

suite(hasChromium ? 'page cases read in Chromium' : SKIP_REASON, () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startStaticServer();
    for (const c of cases) server.register(new URL(c.expected.url).pathname, readFileSync(join(FIXTURE_PAGES, c.slug, 'page.html')), 'text/html');
    const bundle = await build({
      stdin: {
        contents: "import { readPage } from './lib/extract/read-page';\n(globalThis as Record<string, unknown>).marsadReadPage = readPage;",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      charset: 'utf8',
      write: false,
      logLevel: 'warning',
    });
    server.register('/marsad-read-page.js', bundle.outputFiles[0]!.text, 'text/javascript; charset=utf-8');
    const hosts = [...new Set(cases.map((c) => new URL(c.expected.url).hostname))];
    browser = await launchWithExtension({ mapHosts: { hosts, port: server.port } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has the page cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('$slug is read as expected.json says', async ({ expected }) => {
    const page = await browser.context.newPage();
    try {
      await page.goto(httpUrl(expected));
      await page.addScriptTag({ url: `${new URL(httpUrl(expected)).origin}/marsad-read-page.js` });
      const { article, detection } = await page.evaluate(() =>
        (window as unknown as { marsadReadPage: (doc: Document, url: string) => PageRead }).marsadReadPage(document, location.href),
      );
      const body = article.text.slice(article.bodyStart);
      expect({ title: article.title, site: article.site, publishedAt: article.publishedAt, isArabicNews: detection.isArabicNews }).toEqual({
        title: expected.title,
        site: expected.site,
        publishedAt: expected.publishedAt,
        isArabicNews: expected.isArabicNews,
      });
      expect(body.startsWith(expected.firstWords), body.slice(0, 80)).toBe(true);
      expect(body.endsWith(expected.lastWords), body.slice(-80)).toBe(true);
      for (const phrase of expected.notInBody) expect(body).not.toContain(phrase);
    } finally {
      await page.close();
    }
  });

  it('the extension calls a short article that a built-in site declares an article Arabic news', async () => {
    const brief = cases.find((c) => c.slug === 'short-declared-brief')!;
    expect(brief.expected.isArabicNews).toBe(true);
    const page = await browser.context.newPage();
    await page.goto(httpUrl(brief.expected));
    const popup = await clickAction(browser.context, browser.extensionId, page);
    const [en, ar] = [stringsFor('en'), stringsFor('ar')];
    try {
      const status = await popup.waitFor(
        (checking: string[]) => {
          const text = document.querySelector('[data-testid="page-status"]')?.textContent?.trim() ?? '';
          return checking.includes(text) ? '' : text;
        },
        [en.checking, ar.checking],
      );
      expect(status.startsWith(en.arabicNews) || status.startsWith(ar.arabicNews), status).toBe(true);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('sends nothing over the network', () => {
    expect(browser.externalRequests()).toEqual([]);
  });
});
