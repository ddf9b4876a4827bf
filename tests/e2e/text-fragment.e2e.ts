/**
 * A statement's link (lib/text-fragment.ts), as Chromium follows it: words an article says twice
 * open at the statement's own place, told apart by the words before it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATEMENT_CONTEXT, textFragmentUrl } from '../../lib/text-fragment';
import { hasChromium, launchWithExtension, SKIP_REASON, startStaticServer, type ExtensionBrowser, type StaticServer } from './harness';

const TITLE = 'المفاوضات في جنيف';
const FIRST = 'قال وزير الخارجية الروسي إن الحل سياسي ولا بديل عنه.';
const SECOND = 'وفي المساء قال المتحدث باسم الحكومة السورية إن الحل سياسي ولا بديل عنه.';
const SAID = 'الحل سياسي ولا بديل عنه';
/** The article's text as Marsad reads it (a line per block), and its page, the two paragraphs far apart. */
const TEXT = `${TITLE}\n\n${FIRST}\n${SECOND}`;
const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${TITLE}</title></head><body>
<h1>${TITLE}</h1><p id="first">${FIRST}</p><div style="height: 4000px"></div><p id="second">${SECOND}</p><div style="height: 4000px"></div>
</body></html>`;

/** The statement at `start` as the corpus keeps it: its words and the article's text around them. */
const statementAt = (start: number) => ({
  text: SAID,
  prefix: TEXT.slice(Math.max(0, start - STATEMENT_CONTEXT), start),
  suffix: TEXT.slice(start + SAID.length, start + SAID.length + STATEMENT_CONTEXT),
});

const suite = hasChromium ? describe : describe.skip;

suite(hasChromium ? 'statement links in Chromium' : SKIP_REASON, () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startStaticServer();
    server.register('/twice.html', PAGE);
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The paragraphs Chromium shows (scrolled into view) for `url`, once the page has loaded. */
  async function shown(url: string): Promise<string> {
    const page = await browser.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(250);
      return await page.evaluate(() =>
        [...document.querySelectorAll('p')]
          .filter((p) => p.getBoundingClientRect().bottom > 0 && p.getBoundingClientRect().top < innerHeight)
          .map((p) => p.id)
          .join(' '),
      );
    } finally {
      await page.close();
    }
  }

  it('opens words said twice at the second place when the statement is the second', async () => {
    const second = TEXT.lastIndexOf(SAID);
    const first = TEXT.indexOf(SAID);
    expect(first).toBeLessThan(second);
    const url = server.url('twice.html');
    // The words alone open at the first place; with the statement's context, at its own.
    expect(await shown(textFragmentUrl(url, { text: SAID }))).toBe('first');
    await expect.poll(() => shown(textFragmentUrl(url, statementAt(second)))).toBe('second');
    expect(await shown(textFragmentUrl(url, statementAt(first)))).toBe('first');
    expect(browser.externalRequests()).toEqual([]);
  });
});
