/**
 * What a hostile page can learn of the hover card, and what it can make it do (issue 11, item 3),
 * in the built extension in Chromium. The page's own scripts are played by `page.evaluate` (the
 * page's main world) and by the style sheets it adds.
 *
 * - It reads nothing the card shows: `window.find` over an open card finds neither a saved
 *   article's title nor a statement's words (it rebuilt a title letter by letter when the card
 *   was a closed shadow root in the page's document), nor does the page's text or selection.
 * - The card's size, as the page can measure it, is the same whether the corpus knows the entity
 *   or not.
 * - Its style sheets cannot hide or restyle the card's host, however they select it; what they do
 *   around it (the root's opacity, filter or transform, an element drawn over it) leaves the card's
 *   buttons doing nothing, and the card says so. Clicked when it is seen as it is, they act.
 * - The card's calls are Marsad's own page's: the content script's world reads nothing of the
 *   corpus, and the frame cannot be loaded by its static address.
 *
 * The tests run in order and share one browser and its corpus.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityWords, stringsFor } from '../../lib/i18n/strings';
import { collectErrors, type ExtensionBrowser, hasChromium, launchWithExtension, openPopup, SKIP_REASON, startStaticServer, type StaticServer } from './harness';
import {
  cardFrame,
  cardHost,
  clickCardButton,
  clickCardButtonNow,
  highlightedWords,
  hoverMention,
  NEWS_HOST,
  newsUrl,
  readCard,
  scrollMentionTo,
  waitForCard,
  waitForHighlights,
  waitUntilSeen,
  type CardView,
} from './marsad-page';
import { pageStatus } from './popup-reading';

if (!hasChromium) console.warn(SKIP_REASON);
const suite = hasChromium ? describe : describe.skip;

const t = stringsFor('en');
const him = entityWords('en', { type: 'person', gender: 'm' });
const NAME = 'سيرغي لافروف';
/** Saved in this order; the card is read on the third page, which is never saved. */
const JUNE = { file: 'lavrov-moscow-talks-2019-06-15.html', title: 'موسكو تستضيف جولة جديدة من المشاورات حول سوريا' };
const MARCH = { file: 'lavrov-doha-2019-03-01.html', title: 'لافروف يبحث في الدوحة مستقبل التسوية السورية' };
const NOVEMBER = 'lavrov-geneva-committee-2019-11-20.html';

/** What the page can measure of the card: its host's box, and which points of the window hit it (every 16 px). */
async function cardAsThePageSeesIt(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('marsad-card');
    const box = host?.getBoundingClientRect();
    const hits: string[] = [];
    for (let y = 0; y < innerHeight; y += 16) {
      let row = '';
      for (let x = 0; x < innerWidth; x += 16) row += document.elementFromPoint(x, y)?.localName === 'marsad-card' ? '#' : '.';
      hits.push(row);
    }
    return { box: box && { top: box.top, left: box.left, width: box.width, height: box.height }, hits: hits.join('\n') };
  });
}

/** The card's content height inside its frame (which the page cannot read). */
const innerHeightOfCard = (page: Page) => cardFrame(page)!.evaluate(() => document.querySelector('.card .body')!.scrollHeight);

suite(hasChromium ? 'What a page can learn of the hover card, and make it do (built extension, Chromium)' : SKIP_REASON, () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let page: Page;
  const watched: { label: string; errors: readonly string[] }[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchWithExtension({ mapHosts: { hosts: [NEWS_HOST], port: server.port } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openNews(path: string): Promise<Page> {
    const p = await browser.context.newPage();
    watched.push({ label: `page ${path}`, errors: collectErrors(p) });
    await p.goto(newsUrl(path));
    await waitForHighlights(p);
    return p;
  }

  async function saveThroughPopup(p: Page): Promise<void> {
    const popup = await openPopup(browser.context, browser.extensionId, p);
    watched.push({ label: `popup of ${p.url()}`, errors: popup.errors });
    await expect.poll(() => pageStatus(popup.page)).toBe(`${t.arabicNews} · ${t.notSaved}`);
    await popup.page.locator('[data-testid="save"]').click();
    await expect.poll(() => pageStatus(popup.page)).toBe(`${t.arabicNews} · ${t.saved}`);
    await popup.page.close();
  }

  /** Rests the pointer on Lavrov's mention, placed `y` px down the window, and waits for his card with its data. */
  async function lavrovCard(y: number, ready: (c: CardView) => boolean = () => true): Promise<CardView> {
    await page.bringToFront();
    await page.mouse.move(2, 2);
    await expect.poll(async () => (await cardHost(page))?.open ?? false).toBe(false);
    await scrollMentionTo(page, 'person', NAME, y);
    await hoverMention(page, 'person', NAME);
    return waitForCard(page, (c) => c.open && c.name === NAME && !c.text.includes(t.loading) && ready(c));
  }

  /** The knowledge-base records stored (read from one of Marsad's pages: the database is the extension's). */
  async function storedEdits(): Promise<number> {
    const reader = await browser.context.newPage();
    try {
      await reader.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      return await reader.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('marsad');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const count = open.result.transaction('entities').objectStore('entities').count();
              count.onsuccess = () => resolve(count.result);
              count.onerror = () => reject(count.error);
            };
          }),
      );
    } finally {
      await reader.close();
    }
  }

  it('the card’s size, as the page measures it, is the same whether the corpus knows the entity or not', async () => {
    page = await openNews(NOVEMBER);
    const empty = await lavrovCard(240, (c) => c.headings[0] === him.otherSavedArticles(0));
    expect(empty.text).toContain(him.noOtherSavedArticle);
    const before = await cardAsThePageSeesIt(page);
    const contentBefore = await innerHeightOfCard(page);
    expect(before.box).toBeDefined();
    expect(before.hits).toContain('#');

    for (const saved of [JUNE, MARCH]) {
      const other = await openNews(saved.file);
      await saveThroughPopup(other);
      await other.close();
    }
    const known = await lavrovCard(240, (c) => c.headings[0] === him.otherSavedArticles(2));
    expect(known.links.map((l) => l.text)).toEqual(expect.arrayContaining([JUNE.title, MARCH.title]));
    // What the card holds differs (its frame knows), what the page can measure of it does not.
    expect(await innerHeightOfCard(page)).toBeGreaterThan(contentBefore);
    expect(await cardAsThePageSeesIt(page)).toEqual(before);
  });

  it('a page script finds none of the card’s text: window.find over the open card, the page’s text, a selection of everything', async () => {
    const card = await lavrovCard(240, (c) => c.headings[0] === him.otherSavedArticles(2));
    const pageText = await page.evaluate(() => document.body.innerText);
    // What only the card shows: the other articles' titles, and statements the page being read does not hold.
    const statements = card.links.filter((l) => l.href.includes('#:~:text=')).map((l) => l.text.replace(/…$/, ''));
    const secrets = [JUNE.title, MARCH.title, ...statements.filter((s) => !pageText.includes(s))];
    expect(secrets.length).toBeGreaterThan(2);
    const found = await page.evaluate((secrets) => {
      const find = (s: string) => {
        getSelection()?.removeAllRanges();
        return (window as unknown as { find(s: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find(s, false, false, true);
      };
      document.execCommand('selectAll');
      const selected = String(getSelection());
      return {
        // A control: the page's own headline is found, so window.find does search.
        own: find(document.querySelector('h1')!.textContent!.trim()),
        secrets: secrets.filter(find),
        inText: secrets.filter((s) => document.documentElement.innerText.includes(s) || (document.documentElement.textContent ?? '').includes(s) || selected.includes(s)),
        frames: window.length,
        shadowRoot: document.querySelector('marsad-card')?.shadowRoot ?? null,
      };
    }, secrets);
    expect(found).toEqual({ own: true, secrets: [], inText: [], frames: 0, shadowRoot: null });
    // The card does show them, in its frame.
    expect(card.text).toContain(JUNE.title);
  });

  it('the card’s calls are Marsad’s own page’s: the content script’s world reads nothing of the corpus, and the frame is not at its static address', async () => {
    const card = await readCard(page);
    expect(card?.origin).toBe(`chrome-extension://${browser.extensionId}`);
    // The content script's world (where a page that found a way in would be) asks for Lavrov's card.
    const cdp = await page.context().newCDPSession(page);
    const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean; type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${browser.extensionId}`);
    expect(world, JSON.stringify(contexts)).toBeDefined();
    const { result } = (await cdp.send('Runtime.evaluate', {
      contextId: world!.id,
      expression: `chrome.runtime.sendMessage({ id: 1, type: 'entityCards', data: { entityIds: ['person:sergei-lavrov'], articles: 3, statements: 3 }, timestamp: Date.now() })`,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: { res?: { ok: boolean; code?: string } } } };
    expect(result.value.res).toMatchObject({ ok: false, code: 'invalid' });
    await cdp.detach();
    // The page cannot load the card's page to learn that Marsad is installed: only its per-session address opens it.
    const fetched = await page.evaluate((url) => fetch(url).then((r) => `status ${r.status}`, () => 'refused'), `chrome-extension://${browser.extensionId}/card.html`);
    expect(fetched).toBe('refused');
  });

  /** Style sheets that select the card's host, each its own way: none may apply. */
  const ON_THE_HOST = [
    'marsad-card { opacity: .01 !important; }',
    'html > :not(head):not(body) { visibility: hidden !important; }',
    'html > :last-child { transform: scale(.01) !important; }',
    ':not(html, head, body, head *, body *) { clip-path: inset(50%) !important; filter: opacity(0) !important; }',
    '* { display: none !important; } html, body { display: block !important; }',
    'marsad-card::after { content: ""; position: fixed; inset: 0; background: #fff; z-index: 2147483647; }',
    ':root > :last-child { animation: fade 1ms forwards !important; } @keyframes fade { to { opacity: 0.01; } }',
  ];

  it('a page’s style sheet cannot hide or restyle the card’s host, whatever selects it: the card stays as it is, seen, and says nothing', async () => {
    await lavrovCard(240);
    await waitUntilSeen(page);
    for (const rule of ON_THE_HOST) {
      await page.evaluate((css) => {
        const style = document.createElement('style');
        style.id = 'hostile';
        style.textContent = css;
        document.head.append(style);
      }, rule);
      await page.waitForTimeout(250); // a report of the card's visibility comes within a tenth of a second
      const drawn = await page.evaluate(() => {
        const host = document.querySelector('marsad-card')!;
        const s = getComputedStyle(host);
        return { display: s.display, opacity: s.opacity, visibility: s.visibility, transform: s.transform, clipPath: s.clipPath, filter: s.filter, after: getComputedStyle(host, '::after').content };
      });
      expect(drawn, rule).toEqual({ display: 'block', opacity: '1', visibility: 'visible', transform: 'none', clipPath: 'none', filter: 'none', after: 'none' });
      expect(await readCard(page), rule).toMatchObject({ open: true, seen: true, obscured: false });
      await page.evaluate(() => document.getElementById('hostile')!.remove());
    }
  });

  /** What a page does around the card: its root see-through, filtered or transformed, or something of its own drawn over it. */
  const AROUND_THE_HOST: { what: string; apply: string }[] = [
    { what: 'the root at opacity .01, by :has', apply: `style(':root:has(> marsad-card) { opacity: .01 !important; }')` },
    { what: 'the root filtered, by *', apply: `style('* { filter: opacity(.02) !important; }')` },
    { what: 'the root scaled down', apply: `style('html:has(marsad-card) { transform: scale(.99) !important; }')` },
    { what: 'the root faded by an animation', apply: `style('html { animation: fade 1ms forwards; } @keyframes fade { to { opacity: 0.05; } }')` },
    {
      what: 'a white layer over everything that lets the clicks through',
      apply: `(() => { const d = document.createElement('div'); d.id = 'hostile'; d.style.cssText = 'position:fixed;inset:0;background:#fff;opacity:.98;pointer-events:none;z-index:2147483647'; document.documentElement.append(d); })()`,
    },
  ];

  it('what a page does around the card leaves its buttons doing nothing, and the card says so; seen as it is, they act', async () => {
    await lavrovCard(240);
    await waitUntilSeen(page);
    const edits = await storedEdits();
    expect(edits).toBe(0);
    for (const { what, apply } of AROUND_THE_HOST) {
      await page.evaluate(`(() => { const style = (css) => { const s = document.createElement('style'); s.id = 'hostile'; s.textContent = css; document.head.append(s); }; ${apply}; })()`);
      await expect.poll(async () => (await readCard(page))?.seen, { message: what }).toBe(false);
      expect(await readCard(page), what).toMatchObject({ open: true, obscured: true });
      expect((await readCard(page))?.text).toContain(t.cardObscured);
      // The reader, unaware, clicks where «Don't highlight» is drawn.
      await clickCardButtonNow(page, t.hideEntity);
      await page.waitForTimeout(500);
      expect((await highlightedWords(page)).person, what).toContain(NAME);
      expect(await storedEdits(), what).toBe(0);
      await page.evaluate(() => document.getElementById('hostile')!.remove());
      await expect.poll(async () => (await readCard(page))?.seen, { message: `${what}, taken away` }).toBe(true);
      expect((await readCard(page))?.obscured).toBe(false);
    }
    // Seen as it is, the same click acts: the card is done, and the page no longer paints him.
    await clickCardButton(page, t.hideEntity);
    await expect.poll(async () => (await highlightedWords(page)).person).not.toContain(NAME);
    await expect.poll(async () => (await cardHost(page))?.open).toBe(false);
    expect(await storedEdits()).toBe(1);
  });

  it('sent nothing over the network and logged no error in the service worker or the pages', () => {
    expect(browser.externalRequests()).toEqual([]);
    expect(browser.serviceWorkerErrors()).toEqual([]);
    // But for what Chromium says of the page's own probe of the card's static address, refused above.
    const probe = /Denying load of chrome-extension:\/\/[a-p]{32}\/card\.html|net::ERR_FAILED \(chrome-extension:\/\/invalid\//;
    const errors = watched.map((w) => ({ ...w, errors: w.errors.filter((e) => !probe.test(e)) }));
    expect(errors.filter((w) => w.errors.length > 0).map((w) => `${w.label}: ${w.errors.join('\n')}`)).toEqual([]);
  });
});
