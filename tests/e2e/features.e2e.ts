/**
 * Marsad as a person uses it, in the built extension in Chromium: reading an Arabic news article
 * on a built-in site (highlights, hover card, keyboard), a page built by a framework, saving related
 * articles, the popup's statement history, export / import of the corpus in the options page, and
 * the five seed articles. Fixture pages are served by the test server under a built-in news host
 * (http://www.aljazeera.net/..., resolved to 127.0.0.1 by Chromium), so the content script runs
 * with the build's own match patterns; nothing reaches the real site or anywhere else.
 *
 * The tests run in order and share one browser: the corpus saved by «saving three related pages»
 * is what the popup, the options page and the seeds test then read.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optionsStrings } from '../../lib/i18n/options';
import { fixturePath } from '../fixtures';
import { entityWords, formatDate, stringsFor } from '../../lib/i18n/strings';
import {
  collectErrors,
  type ExtensionBrowser,
  hasChromium,
  launchWithExtension,
  openPopup,
  type PopupTab,
  setInterfaceLanguage,
  screenshot,
  SKIP_REASON,
  startStaticServer,
  type StaticServer,
  tabIdOf,
} from './harness';
import {
  brokenTexts,
  brokenTextsInCard,
  cardFrame,
  clickCardButton,
  domAgainstServed,
  focusedMention,
  highlightedWords,
  highlightsInside,
  hoverMention,
  mentionsInDocument,
  NEWS_HOST,
  newsUrl,
  readCard,
  readToast,
  waitForCard,
  waitForHighlights,
} from './marsad-page';
import { pageStatus, readHistory } from './popup-reading';
import { hasSeeds, seedPages, SEEDS_SKIP_REASON } from './seed-pages';

if (!hasChromium) console.warn(SKIP_REASON);
if (hasChromium && !hasSeeds) console.warn(SEEDS_SKIP_REASON);
const suite = hasChromium ? describe : describe.skip;

/** Chromium here has only the en-US locale: the interface speaks English (settings' language 'auto'). */
const t = stringsFor('en');
/** The words for Lavrov (a man). */
const lavrov = entityWords('en', { type: 'person', gender: 'm' });
const o = optionsStrings('en');

/** The three related articles (tests/fixtures/pages), in the order they are saved: not the order of their dates. */
const RELATED = [
  { file: 'lavrov-moscow-talks-2019-06-15.html', date: '2019-06-15', title: 'موسكو تستضيف جولة جديدة من المشاورات حول سوريا' },
  { file: 'lavrov-doha-2019-03-01.html', date: '2019-03-01', title: 'لافروف يبحث في الدوحة مستقبل التسوية السورية' },
  { file: 'lavrov-geneva-committee-2019-11-20.html', date: '2019-11-20', title: 'لافروف يلتقي بيدرسن ويدعو إلى دعم اللجنة الدستورية' },
] as const;
const [JUNE, MARCH, NOVEMBER] = RELATED;
const SITE_NAME = 'الجزيرة نت';
const LAVROV = 'person:sergei-lavrov';

suite(hasChromium ? 'Marsad as a reader uses it (built extension, Chromium)' : SKIP_REASON, () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  /** Every page and popup the tests open, with its live list of console errors and uncaught exceptions. */
  const watched: { label: string; errors: readonly string[] }[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchWithExtension({ mapHosts: { hosts: [NEWS_HOST], port: server.port } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page of the mapped news site in a new tab, watching its errors. */
  async function openNews(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    watched.push({ label: `page ${path}`, errors });
    await page.goto(newsUrl(path));
    return { page, errors };
  }

  /** The popup for a tab (popup.html?tab=<id>), watching its errors. */
  async function popupFor(page?: Page, query = ''): Promise<PopupTab> {
    if (query) {
      const popupPage = await browser.context.newPage();
      const errors = collectErrors(popupPage);
      watched.push({ label: `popup ${query}`, errors });
      await popupPage.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
      return { page: popupPage, errors };
    }
    const popup = await openPopup(browser.context, browser.extensionId, page);
    watched.push({ label: `popup of ${page?.url() ?? 'no tab'}`, errors: popup.errors });
    return popup;
  }

  /** Saves the page through its popup's Save button, as a person would, and closes the popup. */
  async function saveThroughPopup(page: Page): Promise<void> {
    const popup = await popupFor(page);
    // The status says whether the page is saved once the background has answered.
    await expect.poll(() => pageStatus(popup.page)).toBe(`${t.arabicNews} · ${t.notSaved}`);
    await popup.page.locator('[data-testid="save"]').click();
    await expect.poll(() => popup.page.locator('.note').innerText(), { timeout: 5_000 }).toBe(`${t.savedNow} ✓`);
    await expect.poll(() => pageStatus(popup.page)).toBe(`${t.arabicNews} · ${t.saved}`);
    expect(popup.errors).toEqual([]);
    await popup.page.close();
  }

  /** The badge text of a tab, as the service worker reads it. */
  async function badgeText(page: Page): Promise<string> {
    const tabId = await tabIdOf(browser.serviceWorker, page);
    return browser.serviceWorker.evaluate(
      (tabId) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId }),
      tabId,
    );
  }

  /** Sets the interface language in the stored settings (what the options page's Appearance tab does). */
  const setLanguage = (language: 'ar' | 'en' | 'auto') => setInterfaceLanguage(browser, language);

  it('highlights people, organisations and places in an Arabic article on a built-in site, without touching the page', async () => {
    const { page, errors } = await openNews('geneva-talks.html');
    await waitForHighlights(page);
    const words = await highlightedWords(page);
    expect(words.person).toEqual(expect.arrayContaining(['لافروف', 'سيرغي لافروف', 'رجب طيب أردوغان']));
    expect(words.organization).toEqual(expect.arrayContaining(['الأمم المتحدة']));
    expect(words.place).toEqual(expect.arrayContaining(['موسكو', 'نهر الفرات']));
    // Each type under its own name: no place painted as a person, and so on.
    expect(words.person).not.toContain('موسكو');
    expect(words.place).not.toContain('الأمم المتحدة');

    // The menu, the breaking-news ticker in the header, the related links and the footer are left alone.
    expect(await highlightsInside(page, 'header, nav, aside, footer, .related')).toEqual([]);
    const everything = Object.values(words).flat();
    for (const word of ['بيروت', 'بوتين', 'سوتشي', 'فيينا', 'أوبك', 'المغرب']) {
      expect(everything.filter((w) => w.includes(word)), `«${word}» is only in the page's furniture`).toEqual([]);
    }
    // أردوغان is in the article once and in a related link once: only the article's is painted.
    expect(words.person.filter((w) => w.includes('أردوغان'))).toHaveLength(1);

    // The page's own DOM is exactly what the server sent: no wrapper, no attribute, no element.
    const dom = await domAgainstServed(page);
    expect(dom.cardHosts).toBe(0);
    expect(dom.live).toBe(dom.parsed);
    expect(await page.evaluate(() => document.querySelectorAll('marsad-mark').length)).toBe(0);

    // The toolbar badge counts the page's entities: as many as the popup lists.
    const popup = await popupFor(page);
    expect((await pageStatus(popup.page)).startsWith(t.arabicNews)).toBe(true);
    const listed = await popup.page.locator('[data-testid="entities"] [data-entity]').count();
    expect(listed).toBeGreaterThanOrEqual(10);
    await expect.poll(() => badgeText(page)).toBe(String(listed));
    await popup.page.close();

    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });
    await screenshot(page, 'highlighted-page');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the background's notice on the page (how the context menu reports a save), in a closed shadow root, gone on a click", async () => {
    const { page, errors } = await openNews('geneva-talks.html');
    await waitForHighlights(page);
    const tabId = await tabIdOf(browser.serviceWorker, page);
    // What "Save page to Marsad" sends when it is done: the message as lib/messages.ts frames it.
    const text = '<b>حُفظت</b> الصفحة في أرشيفك';
    await browser.serviceWorker.evaluate(
      async ({ tabId, text }) => {
        const { tabs } = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
        await tabs.sendMessage(tabId, { id: 1, type: 'notify', data: { kind: 'ok', text, lang: 'ar' }, timestamp: Date.now() });
      },
      { tabId, text },
    );
    await expect.poll(() => readToast(page)).toMatchObject({ text: `مرصد${text}`, role: 'status', dir: 'rtl', visible: true, shadowRootType: 'closed' });
    const shown = (await readToast(page))!;
    await page.mouse.click(shown.x, shown.y);
    await expect.poll(() => readToast(page)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('b').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps a framework-rendered page working: the page's button still updates it, and new text is highlighted", async () => {
    const { page, errors } = await openNews('live-updates-preact.html');
    await waitForHighlights(page);
    const before = await highlightedWords(page);
    expect(before.person).toEqual(expect.arrayContaining(['سيرغي لافروف', 'رجب طيب أردوغان']));
    expect(before.person.join(' ')).not.toContain('غوتيريش');
    // The line the framework rewrites in place on every click is highlighted too.
    expect(await highlightsInside(page, '.status')).toEqual(expect.arrayContaining(['marsad-place: موسكو', 'marsad-place: جنيف']));

    const status = (n: number) => `وتتواصل التغطية من موسكو وجنيف، وهذا هو التحديث رقم ${n} منذ بداية الاجتماع.`;
    const paragraphs = () => page.locator('.story-body > p').allTextContents();
    const initial = await paragraphs();
    expect(initial).toHaveLength(5);
    expect(initial[4]).toBe(status(0));

    await page.locator('#add-update').click();
    await expect.poll(() => page.locator('[data-testid="counter"]').textContent()).toBe('النقرات: 1');
    const afterOne = await paragraphs();
    expect(afterOne).toHaveLength(6);
    expect(afterOne.slice(0, 4)).toEqual(initial.slice(0, 4));
    expect(afterOne[4]).toContain('أنطونيو غوتيريش');
    expect(afterOne[5]).toBe(status(1));

    // The new paragraph's people and organisations are found soon after (a debounced MutationObserver;
    // the bound is generous because CI machines are slow).
    await expect
      .poll(async () => (await highlightedWords(page)).person, { timeout: 6_000, interval: 100 })
      .toContain('أنطونيو غوتيريش');
    // «للأمم المتحدة»: the preposition لـ is fused with the article, so the whole word is painted.
    expect((await highlightedWords(page)).organization.some((w) => w === 'الأمم المتحدة' || w === 'للأمم المتحدة')).toBe(true);

    // The page keeps working after Marsad re-read it: the same text nodes, updated by the framework.
    await page.locator('#add-update').click();
    await page.locator('#add-update').click();
    await expect.poll(() => page.locator('[data-testid="counter"]').textContent()).toBe('النقرات: 3');
    const afterThree = await paragraphs();
    expect(afterThree).toEqual([...afterOne.slice(0, 5), status(3)]);
    // One more debounced re-read paints the updated status line.
    await expect
      .poll(() => highlightsInside(page, '.status'), { timeout: 6_000, interval: 100 })
      .toEqual(expect.arrayContaining(['marsad-place: موسكو']));
    expect(await page.evaluate(() => document.querySelectorAll('marsad-mark').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("highlights an article that the page's script renders a second after loading (as when it fetches it)", async () => {
    // The page starts as an empty shell (a menu and a footer); its script renders the article 1 s
    // after load, like a news site that fetches the story as data. Marsad must follow it.
    const { page, errors } = await openNews('live-updates-preact.html?delay=1000');
    await page.locator('.story-body p').first().waitFor({ timeout: 5_000 });
    await expect
      .poll(async () => (await highlightedWords(page)).person, { timeout: 6_000, interval: 100 })
      .toEqual(expect.arrayContaining(['سيرغي لافروف', 'رجب طيب أردوغان']));
    const popup = await popupFor(page);
    await expect.poll(() => pageStatus(popup.page)).toBe(`${t.arabicNews} · ${t.notSaved}`);
    expect(await popup.page.locator(`[data-entity="${LAVROV}"]`).count()).toBe(1);
    await popup.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a card on hovering a mention (a frame of its own in a closed shadow root), closes it with Escape, steps through mentions with Alt+Shift+↓, and Tab goes into the card and back', async () => {
    const { page, errors } = await openNews('geneva-talks.html?card');
    await waitForHighlights(page);
    expect(await readCard(page)).toBeUndefined();

    await hoverMention(page, 'person', 'سيرغي لافروف');
    const card = await waitForCard(page, (c) => c.open && !c.text.includes(t.loading));
    expect(card).toMatchObject({ shadowRootType: 'closed', role: 'dialog', name: 'سيرغي لافروف', nameEn: 'Sergei Lavrov', type: 'Person' });
    // Drawn by Marsad's own page, in the extension's origin.
    expect(card.origin).toBe(`chrome-extension://${browser.extensionId}`);
    expect(card.headings[0]).toBe(lavrov.otherSavedArticles(0)); // nothing saved yet
    expect(card.text).toContain(lavrov.noOtherSavedArticle);
    // The page's scripts cannot reach inside.
    expect(await page.evaluate(() => document.querySelector('marsad-card')?.shadowRoot)).toBeNull();

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readCard(page))?.open).toBe(false);

    // An organisation's card says what it is, too; moving the pointer away closes it.
    await hoverMention(page, 'organization', 'الأمم المتحدة');
    const un = await waitForCard(page, (c) => c.open && c.name === 'الأمم المتحدة' && !c.text.includes(t.loading));
    expect(un).toMatchObject({ nameEn: 'United Nations', type: 'Organisation' });
    await page.mouse.move(2, 2, { steps: 4 });
    await expect.poll(async () => (await readCard(page))?.open).toBe(false);

    // The only thing Marsad added to the page: the card's host element.
    const dom = await domAgainstServed(page);
    expect(dom.cardHosts).toBe(1);
    expect(dom.live).toBe(dom.parsed);

    // Keyboard: Alt+Shift+↓ steps to the first mention and opens its card; again, to the next one.
    await page.mouse.move(2, 2);
    await page.evaluate(() => window.scrollTo(0, 0));
    const mentions = await mentionsInDocument(page);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => focusedMention(page)).toEqual([mentions[0]]);
    const first = await waitForCard(page, (c) => c.open && !c.text.includes(t.loading));
    expect(first.name).toBe('سيرغي لافروف'); // the headline's «لافروف»
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => focusedMention(page)).toEqual([mentions[1]]);
    await page.keyboard.press('Alt+Shift+K'); // back, with the letter keys
    await expect.poll(() => focusedMention(page)).toEqual([mentions[0]]);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readCard(page))?.open).toBe(false);
    expect(await focusedMention(page)).toEqual([]);

    // Tab goes into the card the keyboard opened (its frame has the focus), and on through its controls;
    // Shift+Tab from its first one goes back to the page, where the keyboard steps on.
    const focusInCard = () => cardFrame(page)!.evaluate(() => (document.hasFocus() ? (document.activeElement as HTMLElement | null)?.className || document.activeElement?.localName : ''));
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await waitForCard(page, (c) => c.open && !c.text.includes(t.loading));
    await page.keyboard.press('Tab');
    await expect.poll(focusInCard).toBe('card');
    await page.keyboard.press('Tab');
    await expect.poll(focusInCard).toBe('close');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.hasFocus() && document.activeElement === document.body)).toBe(true);
    expect((await readCard(page))?.open).toBe(true);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => focusedMention(page)).toEqual([mentions[1]]);
    // Escape in the card closes it and gives the keyboard back to the page.
    await page.keyboard.press('Tab');
    await expect.poll(focusInCard).toBe('card');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readCard(page))?.open).toBe(false);
    await expect.poll(() => page.evaluate(() => document.hasFocus())).toBe(true);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => focusedMention(page)).toEqual([mentions[0]]);
    await page.keyboard.press('Escape');

    // With the interface language set to Arabic, the card speaks Arabic, right to left.
    await setLanguage('ar');
    const ar = stringsFor('ar');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const arabic = await waitForCard(page, (c) => c.open && c.lang === 'ar' && !c.text.includes(ar.loading));
    expect(arabic).toMatchObject({ dir: 'rtl', name: 'سيرغي لافروف', type: 'شخص' });
    expect(arabic.headings[0]).toBe(entityWords('ar', { type: 'person', gender: 'm' }).otherSavedArticles(0));
    await page.keyboard.press('Escape');
    await setLanguage('auto');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("saving three related pages cross-links them: the third page's card lists the two others", async () => {
    const pages: Page[] = [];
    for (const article of RELATED) {
      const { page } = await openNews(article.file);
      await waitForHighlights(page);
      await saveThroughPopup(page);
      pages.push(page);
    }
    const page = pages[2]!; // November, saved last
    await page.bringToFront();
    await hoverMention(page, 'person', 'سيرغي لافروف');
    const card = await waitForCard(page, (c) => c.open && !c.text.includes(t.loading));
    expect(card.name).toBe('سيرغي لافروف');
    // The two other saved articles that mention him, newest first; this page is not counted.
    expect(card.headings[0]).toBe(lavrov.otherSavedArticles(2));
    const articleLinks = card.links.filter((l) => !l.href.includes('#:~:text='));
    expect(articleLinks).toEqual([
      { href: newsUrl(JUNE.file), text: JUNE.title },
      { href: newsUrl(MARCH.file), text: MARCH.title },
    ]);
    // And his latest statements, each linking to its sentence.
    expect(card.headings).toContain(lavrov.latestStatementsElsewhere);
    expect(card.links.filter((l) => l.href.includes('#:~:text=')).length).toBeGreaterThan(0);

    // Each date reads in one piece («20 Nov 2019»), though it follows an Arabic site name.
    const dates = RELATED.map((r) => formatDate('en', r.date));
    expect.soft(await brokenTextsInCard(page, dates)).toEqual([]);
    // The README's picture of the card: a page of a saved corpus, with the others listed.
    await screenshot(page, 'hover-card');

    // From the card, "Statement history" opens his full history.
    const [history] = await Promise.all([browser.context.waitForEvent('page'), clickCardButton(page, t.history)]);
    const historyErrors = collectErrors(history);
    watched.push({ label: 'history opened from the card', errors: historyErrors });
    await history.waitForLoadState();
    expect(history.url()).toBe(`chrome-extension://${browser.extensionId}/popup.html?entity=${encodeURIComponent(LAVROV)}`);
    const { items } = await readHistory(history);
    expect(new Set(items.map((i) => i.title))).toEqual(new Set(RELATED.map((r) => r.title)));
    await history.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    for (const p of pages) await p.close();
  });

  it("the popup lists the page's entities by type, and a person's statements across the saved pages, newest first", async () => {
    const { page } = await openNews(NOVEMBER.file);
    await waitForHighlights(page);
    const popup = await popupFor(page);
    await expect.poll(() => pageStatus(popup.page)).toBe(`${t.arabicNews} · ${t.saved}`);
    const groups = await popup.page.locator('[data-testid="entities"] section.group').evaluateAll((sections) =>
      sections.map((s) => ({
        heading: s.querySelector('h3')?.textContent?.trim() ?? '',
        entities: [...s.querySelectorAll('button[data-entity]')].map((b) => ({
          id: b.getAttribute('data-entity'),
          name: b.querySelector('.name')?.textContent?.trim(),
          count: Number(b.querySelector('.count')?.textContent),
        })),
      })),
    );
    expect(groups.map((g) => g.heading)).toEqual(['People (2)', 'Organisations (1)', 'Places (4)']);
    expect(groups[0]!.entities).toEqual(
      expect.arrayContaining([
        { id: LAVROV, name: 'سيرغي لافروف', count: 3 }, // headline, «سيرغي لافروف», «وأكد لافروف»
        expect.objectContaining({ id: 'person:geir-pedersen', count: 3 }),
      ]),
    );
    expect(groups[1]!.entities).toEqual([{ id: 'org:un', name: 'الأمم المتحدة', count: 1 }]);
    expect(groups[2]!.entities.map((e) => e.id).sort()).toEqual(['place:damascus', 'place:geneva', 'place:moscow', 'place:sy']);
    expect(groups[2]!.entities.every((e) => e.count === 1)).toBe(true);

    await popup.page.locator(`[data-entity="${LAVROV}"]`).click();
    await popup.page.locator('h2', { hasText: 'سيرغي لافروف' }).waitFor();
    const { total, items } = await readHistory(popup.page);
    expect(total).toBe(items.length);
    expect(total).toBeGreaterThanOrEqual(6);

    // Newest first: November's statements, then June's, then March's (saved in another order).
    const dateOf = (title: string) => RELATED.find((r) => r.title === title)?.date ?? `unknown title ${title}`;
    const dates = items.map((i) => dateOf(i.title));
    expect(new Set(dates)).toEqual(new Set(RELATED.map((r) => r.date)));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const item of items) {
      const date = dateOf(item.title);
      expect(item.meta).toContain(formatDate('en', date));
      expect(item.meta).toContain(SITE_NAME);
      // The link opens the article at the sentence: its URL, then a text fragment from the
      // statement's words, with the words the article has right before and after them.
      const file = RELATED.find((r) => r.date === date)!.file;
      const [base, fragment] = item.href.split('#:~:text=');
      expect(base).toBe(newsUrl(file));
      expect(fragment, item.href).toBeTruthy();
      const pageText = (await readFile(fixturePath(file), 'utf8')).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
      const terms = fragment!.split(',');
      const prefix = terms[0]!.endsWith('-') ? decodeURIComponent(terms.shift()!.slice(0, -1)) : null;
      const suffix = terms.at(-1)!.startsWith('-') ? decodeURIComponent(terms.pop()!.slice(1)) : null;
      const words = terms.map(decodeURIComponent);
      expect(words.length).toBeGreaterThan(0);
      for (const term of words) {
        expect(item.text).toContain(term);
        expect(pageText, `the article has «${term}»`).toContain(term);
      }
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (prefix !== null) expect(pageText, `«${prefix}» right before «${words[0]}»`).toMatch(new RegExp(`${escape(prefix)}\\s*${escape(words[0]!)}`));
      if (suffix !== null) expect(pageText, `«${suffix}» right after «${words.at(-1)}»`).toMatch(new RegExp(`${escape(words.at(-1)!)}\\s*${escape(suffix)}`));
    }
    // Statements in the middle of a paragraph carry the words before them.
    expect(items.filter((i) => /^[^,]*-,/.test(i.href.split('#:~:text=')[1] ?? '')).length).toBeGreaterThan(0);
    // What he said in each article, with its reporting verb.
    const said = (verb: string, words: string) => items.some((i) => i.verb === verb && i.text.includes(words));
    expect(said('قال', 'موسكو ترى أن الحل السياسي')).toBe(true); // March
    expect(said('أعلن', 'موسكو ستستضيف الشهر المقبل')).toBe(true); // June
    expect(said('أكد', 'بلاده لن تقبل بأي تدخل خارجي')).toBe(true); // November

    // The filter box narrows the list to the statements with those words.
    const withIdlib = items.filter((i) => i.text.includes('إدلب'));
    expect(withIdlib.length).toBeGreaterThanOrEqual(2);
    await popup.page.locator('input.filter').fill('إدلب');
    await expect.poll(async () => (await readHistory(popup.page)).total, { timeout: 6_000 }).toBe(withIdlib.length);
    expect((await readHistory(popup.page)).items.map((i) => i.text)).toEqual(withIdlib.map((i) => i.text));
    await popup.page.locator('input.filter').fill('');
    await expect.poll(async () => (await readHistory(popup.page)).total, { timeout: 6_000 }).toBe(total);

    await popup.page.setViewportSize({ width: 460, height: 900 });
    await screenshot(popup.page, 'popup-history');
    // Each date reads in one piece («20 Nov 2019»), though an Arabic verb or site name stands beside it.
    expect.soft(await brokenTexts(popup.page, '.meta', RELATED.map((r) => formatDate('en', r.date)))).toEqual([]);
    expect(popup.errors).toEqual([]);
    await popup.page.close();
    await page.close();
  });

  it('exports the corpus, deletes it, imports the file back (options page), and rejects a file with a bad line', async () => {
    const lavrov = `?entity=${encodeURIComponent(LAVROV)}`;
    const historyNow = async () => {
      const popup = await popupFor(undefined, lavrov);
      const history = await readHistory(popup.page);
      expect(popup.errors).toEqual([]);
      await popup.page.close();
      return history;
    };
    const before = await historyNow();
    expect(before.total).toBeGreaterThan(0);

    const options = await browser.context.newPage();
    const errors = collectErrors(options);
    watched.push({ label: 'options page', errors });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#corpus`);
    const count = options.locator('[data-testid="corpus-count"]');
    await expect.poll(() => count.innerText(), { timeout: 5_000 }).toBe(o.corpusCount(3));
    const titles = () => options.locator('[data-testid="articles"] td.title').allInnerTexts();
    expect((await titles()).sort()).toEqual(RELATED.map((r) => r.title).sort());

    // Export: a JSON Lines file, downloaded.
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: o.exportAll }).click()]);
    expect(download.suggestedFilename()).toMatch(/^marsad-corpus-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const exported = await readFile((await download.path())!, 'utf8');
    const lines = exported.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ format: 'marsad-corpus' });
    expect(lines.filter((l) => l['type'] === 'article').map((l) => l['title']).sort()).toEqual(RELATED.map((r) => r.title).sort());

    // Delete every article.
    for (const { title } of RELATED) {
      await options.getByRole('button', { name: o.delLabel(title) }).click();
      await options.getByRole('button', { name: o.delYes }).click();
      await expect.poll(() => titles(), { timeout: 5_000 }).not.toContain(title);
    }
    await expect.poll(() => count.innerText()).toBe(o.corpusCount(0));
    const emptied = await historyNow();
    expect(emptied.total).toBe(0);

    // Import the file: everything is back.
    const fileInput = options.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/x-ndjson', buffer: Buffer.from(exported) });
    const transferNotice = options.locator('section[aria-labelledby="corpus-transfer"] .notice');
    await expect.poll(() => transferNotice.innerText(), { timeout: 5_000 }).toContain(o.importReport(3, 0, 0, 0, 0));
    await expect.poll(() => count.innerText()).toBe(o.corpusCount(3));
    expect((await titles()).sort()).toEqual(RELATED.map((r) => r.title).sort());
    const after = await historyNow();
    expect(after).toEqual(before);

    // A file with one bad line (line 3) is refused whole, with that line's number; nothing changes.
    const article = lines.find((l) => l['type'] === 'article')!;
    const fresh = { ...article, url: newsUrl('never-saved.html'), canonicalUrl: newsUrl('never-saved.html'), title: 'مقال لم يحفظ من قبل', text: `${String(article['text'])} نص إضافي.` };
    const bad = [exported.split('\n')[0], JSON.stringify(fresh), '{"type": "article", "url": "http://www.aljazeera.net/broken.html", "title": "مقطوع"', ''].join('\n');
    await fileInput.setInputFiles({ name: 'broken.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(bad) });
    const alert = options.getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 5_000 }).toContain(o.importProblems(1));
    expect(await alert.innerText()).toContain(`${o.lineN(3)}:`);
    expect(await alert.innerText()).not.toContain(o.lineN(2));
    expect(await count.innerText()).toBe(o.corpusCount(3));
    expect(await titles()).not.toContain('مقال لم يحفظ من قبل');
    expect(await historyNow()).toEqual(before);
    expect(errors).toEqual([]);
    await options.close();
  });

  it.skipIf(!hasSeeds)(
    hasSeeds ? 'the five seed articles, saved through the popup, give Macron statements in three articles and Le Drian in two' : SEEDS_SKIP_REASON,
    async () => {
      const seeds = seedPages();
      expect(seeds).toHaveLength(5);
      const pages: Page[] = [];
      for (const seed of seeds) {
        server.register(seed.path, seed.html);
        const { page } = await openNews(seed.path);
        await waitForHighlights(page);
        await saveThroughPopup(page);
        pages.push(page);
      }
      // The popup of the first seed (it names both), as a person would: choose each person.
      const popup = await popupFor(pages[0]);
      expect((await pageStatus(popup.page)).startsWith(t.arabicNews)).toBe(true);
      const articlesOf = async (id: string) => {
        await popup.page.locator(`[data-entity="${id}"]`).click();
        const { items } = await readHistory(popup.page);
        await popup.page.getByRole('button', { name: new RegExp(t.back) }).click();
        return new Set(items.map((i) => i.href.split('#')[0]));
      };
      const url = (i: number) => newsUrl(seeds[i]!.path);
      expect(await articlesOf('person:emmanuel-macron')).toEqual(new Set([url(0), url(1), url(4)]));
      expect(await articlesOf('person:jean-yves-le-drian')).toEqual(new Set([url(0), url(3)]));
      expect(popup.errors).toEqual([]);
      await popup.page.close();
      for (const p of pages) await p.close();
    },
  );

  it('sent nothing over the network and logged no error in the service worker, the pages or the popups', () => {
    expect(browser.requests().some((url) => url.startsWith(`http://${NEWS_HOST}/`)), 'the mapped news host was visited').toBe(true);
    expect(browser.externalRequests()).toEqual([]);
    expect(browser.serviceWorkerErrors()).toEqual([]);
    expect(watched.filter((w) => w.errors.length > 0).map((w) => `${w.label}: ${w.errors.join('\n')}`)).toEqual([]);
  });
});
