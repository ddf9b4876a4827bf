/**
 * The extension as a reader meets it, in the built extension in Chromium (interface in English, as
 * Chromium here has only en-US): what the popup says on a page of a built-in site that is not
 * Arabic; how saving reads («Saved ✓» in the success colours, then «Update» a secondary button);
 * the card after saving (the *other* saved articles; Arabic titles and statements laid out right
 * to left); the history opened from the card as a page of its own in a tab (a centred column, in
 * the interface's direction), its saved articles with the title and the site on lines of their
 * own; and the options page's list of sites at 1280 px. The tests run in order and share one
 * browser and its corpus.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PALETTES } from '../../components/theme';
import { entityWords, formatDate, stringsFor } from '../../lib/i18n/strings';
import { collectErrors, type ExtensionBrowser, hasChromium, launchWithExtension, openPopup, type PopupTab, setInterfaceLanguage, screenshot, SKIP_REASON, startStaticServer, type StaticServer } from './harness';
import { cardTextLayouts, clickCardButton, hoverMention, NEWS_HOST, newsUrl, textLayouts, waitForCard, waitForHighlights, type TextLayout } from './marsad-page';
import { pageStatus, readHistory } from './popup-reading';

if (!hasChromium) console.warn(SKIP_REASON);
const suite = hasChromium ? describe : describe.skip;

const t = stringsFor('en');
/** The words for Lavrov (a man). */
const lavrov = entityWords('en', { type: 'person', gender: 'm' });
const LAVROV = 'person:sergei-lavrov';
const SITE_NAME = 'الجزيرة نت';

/** The three related articles (tests/fixtures/pages), in the order they are saved. */
const RELATED = [
  { file: 'lavrov-moscow-talks-2019-06-15.html', date: '2019-06-15', title: 'موسكو تستضيف جولة جديدة من المشاورات حول سوريا' },
  { file: 'lavrov-doha-2019-03-01.html', date: '2019-03-01', title: 'لافروف يبحث في الدوحة مستقبل التسوية السورية' },
  { file: 'lavrov-geneva-committee-2019-11-20.html', date: '2019-11-20', title: 'لافروف يلتقي بيدرسن ويدعو إلى دعم اللجنة الدستورية' },
] as const;
const NOVEMBER = RELATED[2];

/** Laid out right to left: its direction, and its first line kept to the right (or filling the line). */
const rightToLeft = (layouts: TextLayout[]) => layouts.filter((l) => l.direction !== 'rtl' || l.side === 'left').map((l) => `«${l.text.slice(0, 40)}»: ${l.direction}, ${l.side}`);

suite(hasChromium ? 'The extension as a reader meets it: popup, card, history page, options (built extension, Chromium)' : SKIP_REASON, () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  const watched: { label: string; errors: readonly string[] }[] = [];
  /** The history opened from the card, in its tab (from the card test on). */
  let historyTab: Page | undefined;

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchWithExtension({ mapHosts: { hosts: [NEWS_HOST], port: server.port } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openNews(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    watched.push({ label: `page ${path}`, errors: collectErrors(page) });
    await page.goto(newsUrl(path));
    return page;
  }

  async function popupFor(page: Page): Promise<PopupTab> {
    const popup = await openPopup(browser.context, browser.extensionId, page);
    watched.push({ label: `popup of ${page.url()}`, errors: popup.errors });
    return popup;
  }

  const setLanguage = (language: 'ar' | 'en' | 'auto') => setInterfaceLanguage(browser, language);

  it('on a page of a built-in site that is not Arabic, the popup says the page is not Arabic news and does not blame the site', async () => {
    const page = await openNews('english-page.html');
    const popup = await popupFor(page);
    expect(await pageStatus(popup.page)).toBe(t.notArabic);
    expect((await popup.page.locator('[data-testid="page-why"]').innerText()).trim()).toBe(t.runsHereNotNews);
    // Marsad runs here already: nothing to enable, and nothing to analyse on a page that is not Arabic.
    const buttons = (await popup.page.locator('main section button').allInnerTexts()).map((b) => b.trim());
    expect(buttons).not.toContain(t.enableOnSite);
    expect(buttons).not.toContain(t.analyseThisPage);
    expect(await popup.page.getByText(t.notRunning).count()).toBe(0);
    await popup.page.close();
    await page.close();
  });

  it('saving a page says «Saved ✓» in the success colours, after which «Update the saved copy» is a secondary button', async () => {
    for (const [i, article] of RELATED.entries()) {
      const page = await openNews(article.file);
      await waitForHighlights(page);
      const popup = await popupFor(page);
      await expect.poll(() => pageStatus(popup.page)).toBe(`${t.arabicNews} · ${t.notSaved}`);
      const save = popup.page.locator('[data-testid="save"]');
      const background = (selector: string) => popup.page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
      if (i === 0) expect(await background('[data-testid="save"]')).toBe('rgb(11, 92, 173)'); // the accent: the primary action
      await save.click();
      const note = popup.page.locator('[data-testid="note"]');
      await expect.poll(() => note.innerText(), { timeout: 5_000 }).toBe(`${t.savedNow} ✓`);
      await expect.poll(() => pageStatus(popup.page)).toBe(`${t.arabicNews} · ${t.saved}`);
      if (i === 0) {
        const rgb = (hex: string) => `rgb(${[1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)).join(', ')})`;
        const light = PALETTES.light;
        expect(await note.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual([rgb(light['ok-bg']), rgb(light['ok-fg'])]);
        expect((await save.innerText()).trim()).toBe(t.update);
        expect((await save.getAttribute('class')) ?? '').not.toContain('primary');
        expect(await background('[data-testid="save"]')).not.toBe(rgb(light.accent));
      }
      await popup.page.close();
      await page.close();
    }
  });

  it('the card, right after this page was saved, counts the other saved articles, and lays their Arabic titles and statements out right to left', async () => {
    const page = await openNews(NOVEMBER.file);
    await waitForHighlights(page);
    await hoverMention(page, 'person', 'سيرغي لافروف');
    const card = await waitForCard(page, (c) => c.open && !c.text.includes(t.loading));
    expect(card.headings).toEqual([lavrov.otherSavedArticles(2), lavrov.latestStatementsElsewhere]);
    // Nothing of the page being read: neither among the articles nor among the statements.
    expect(card.links.length).toBeGreaterThan(2);
    expect(card.links.filter((l) => l.href.startsWith(newsUrl(NOVEMBER.file)))).toEqual([]);
    // The card speaks English; the titles and the statements are Arabic, each laid out in its direction.
    expect(card.dir).toBe('ltr');
    const titles = await cardTextLayouts(page, 'li a.title');
    expect(titles.map((l) => l.text)).toEqual([RELATED[0].title, RELATED[1].title]);
    expect(rightToLeft(titles)).toEqual([]);
    const statements = await cardTextLayouts(page, '.said');
    expect(statements.length).toBeGreaterThan(0);
    expect(rightToLeft(statements)).toEqual([]);

    // "Statement history" opens it in a tab.
    const [history] = await Promise.all([browser.context.waitForEvent('page'), clickCardButton(page, t.history)]);
    watched.push({ label: 'history opened from the card', errors: collectErrors(history) });
    await history.waitForLoadState();
    expect(history.url()).toBe(`chrome-extension://${browser.extensionId}/popup.html?entity=${encodeURIComponent(LAVROV)}`);
    historyTab = history;
    await page.close();
  });

  it('the history opened from the card is a page: a centred column of reading width, left to right in English, right to left in Arabic', async () => {
    const history = historyTab!;
    await history.bringToFront();
    const { total } = await readHistory(history);
    expect(total).toBeGreaterThanOrEqual(6);
    const column = async () =>
      history.evaluate(`(() => {
        const main = document.querySelector('main.popup').getBoundingClientRect();
        const width = document.documentElement.clientWidth;
        return { dir: document.documentElement.dir, lang: document.documentElement.lang, left: main.left, right: width - main.right, width: main.width };
      })()`) as Promise<{ dir: string; lang: string; left: number; right: number; width: number }>;
    const english = await column();
    expect(english).toMatchObject({ dir: 'ltr', lang: 'en' });
    expect(Math.abs(english.left - english.right)).toBeLessThanOrEqual(2);
    expect(english.width).toBeGreaterThanOrEqual(600);
    expect(english.width).toBeLessThanOrEqual(800);
    // The heading and its name are at the start of the line: on the left, in English.
    expect((await textLayouts(history, '.entity-head h2'))[0]).toMatchObject({ direction: 'ltr', side: 'left' });
    expect((await textLayouts(history, '.entity-head .muted'))[0]).toMatchObject({ direction: 'ltr', side: 'left' });
    await history.evaluate('window.scrollTo(0, 0)');
    await screenshot(history, 'history-tab');

    await setLanguage('ar');
    await history.reload();
    await expect.poll(async () => (await column()).dir).toBe('rtl');
    const arabic = await column();
    expect(arabic.lang).toBe('ar');
    expect(Math.abs(arabic.left - arabic.right)).toBeLessThanOrEqual(2);
    expect(arabic.width).toBeGreaterThanOrEqual(600);
    await setLanguage('auto');
    await history.reload();
    await expect.poll(async () => (await column()).dir).toBe('ltr');
  });

  it('the history’s saved articles show each title on its line and its site and date on the next, in the tab and in the popup', async () => {
    const expected = [...RELATED].sort((a, b) => b.date.localeCompare(a.date)).map((r) => `${r.title}\n${SITE_NAME} · ${formatDate('en', r.date)}`);
    const articles = async (page: Page) => {
      const items = page.locator('[data-testid="articles"] > li');
      await expect.poll(() => items.count(), { timeout: 5_000 }).toBe(3);
      return items.evaluateAll((lis) =>
        lis.map((li) => {
          const title = li.querySelector('a.title')!.getBoundingClientRect();
          const meta = li.querySelector('.meta')!.getBoundingClientRect();
          return { text: (li as HTMLElement).innerText.trim(), metaBelowTitle: meta.top >= title.bottom - 1 };
        }),
      );
    };
    const inTab = await articles(historyTab!);
    expect(inTab.map((a) => a.text)).toEqual(expected);
    expect(inTab.every((a) => a.metaBelowTitle)).toBe(true);

    const page = await openNews(NOVEMBER.file);
    await waitForHighlights(page);
    const popup = await popupFor(page);
    await popup.page.setViewportSize({ width: 460, height: 900 });
    await popup.page.locator(`[data-entity="${LAVROV}"]`).click();
    const inPopup = await articles(popup.page);
    expect(inPopup.map((a) => a.text)).toEqual(expected);
    expect(inPopup.every((a) => a.metaBelowTitle)).toBe(true);
    await popup.page.close();
    await page.close();
  });

  it('in the English interface, the history’s Arabic statements and titles, and Arabic typed in its filter box, read right to left', async () => {
    const history = historyTab!;
    await readHistory(history);
    const statements = await textLayouts(history, '[data-testid="history"] > li .text');
    expect(statements.length).toBeGreaterThanOrEqual(6);
    expect(rightToLeft(statements)).toEqual([]);
    expect(rightToLeft(await textLayouts(history, '[data-testid="history"] > li a.title'))).toEqual([]);
    expect(rightToLeft(await textLayouts(history, '[data-testid="articles"] a.title'))).toEqual([]);
    const filter = history.locator('input.filter');
    const direction = () => filter.evaluate((el) => getComputedStyle(el).direction);
    expect(await direction()).toBe('ltr'); // empty: the interface's direction (its English placeholder)
    await filter.fill('إدلب');
    expect(await direction()).toBe('rtl');
    await filter.fill('');
  });

  it('the options page at 1280 px: each site’s name on one line, and every domain inside its card (independentarabia.com too)', async () => {
    const options = await browser.context.newPage();
    watched.push({ label: 'options page', errors: collectErrors(options) });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#sites`);
    const sites = options.locator('[data-testid="builtin-sites"] > li');
    await expect.poll(() => sites.count()).toBeGreaterThan(40);
    expect(options.viewportSize()?.width).toBe(1280);
    const seen = await sites.evaluateAll((lis) =>
      lis.map((li) => {
        const name = li.querySelector('.site-name') as HTMLElement;
        const domain = li.querySelector('.domain') as HTMLElement;
        const box = li.getBoundingClientRect();
        const d = domain.getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
        return {
          domain: domain.textContent,
          // The name on one line, not cut short; the domain whole and within the item's box.
          nameLines: Math.round(name.getBoundingClientRect().height / lineHeight),
          nameCut: name.scrollWidth > name.clientWidth,
          domainCut: domain.scrollWidth > domain.clientWidth,
          domainOutside: d.right > box.right + 0.5 || d.left < box.left - 0.5,
          overflows: li.scrollWidth > li.clientWidth,
        };
      }),
    );
    expect(seen.map((s) => s.domain)).toContain('independentarabia.com');
    expect(seen.filter((s) => s.nameLines !== 1 || s.nameCut || s.domainCut || s.domainOutside || s.overflows)).toEqual([]);
    await options.close();
  });

  it('sent nothing over the network and logged no error in the service worker, the pages or the popups', async () => {
    await historyTab?.close();
    expect(browser.externalRequests()).toEqual([]);
    expect(browser.serviceWorkerErrors()).toEqual([]);
    expect(watched.filter((w) => w.errors.length > 0).map((w) => `${w.label}: ${w.errors.join('\n')}`)).toEqual([]);
  });
});
