/**
 * A reader meets a discovered actor, in the built extension in Chromium: on an article of a
 * built-in news site (served by the test server) that names the Irish foreign minister, whom the
 * knowledge base lacks, the name is painted in the quieter style of discovered actors; its card
 * says it is not in the knowledge base; the page is saved from the popup, where his history can be
 * filtered by verb class; the options page lists him; «Add to Marsad» in the card makes him a
 * knowledge-base entity, his saved statements follow him, and the page no longer paints him as
 * discovered; an entity of the user's own, he is painted as known once the user chooses so.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optionsStrings } from '../../lib/i18n/options';
import { entityWords, stringsFor } from '../../lib/i18n/strings';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { lineColorOf } from '../../lib/highlight/highlighter';
import { collectErrors, type ExtensionBrowser, hasChromium, launchWithExtension, openPopup, screenshot, SKIP_REASON, startStaticServer, type StaticServer } from './harness';
import {
  clickCardButton,
  countPixels,
  discoveredWords,
  fillCardField,
  highlightedWords,
  hoverMention,
  mentionPixels,
  near,
  NEWS_HOST,
  newsUrl,
  readCard,
  waitForCard,
  waitForHighlights,
} from './marsad-page';
import { pageStatus, readHistory, type HistoryItem } from './popup-reading';

if (!hasChromium) console.warn(SKIP_REASON);
const suite = hasChromium ? describe : describe.skip;

/** Chromium here has only the en-US locale: the interface speaks English. */
const t = stringsFor('en');
/** The words for him (a man: «وزير الخارجية الأيرلندي»). */
const w = entityWords('en', { type: 'person', gender: 'm' });
const o = optionsStrings('en');

const FILE = 'dublin-border-2018-05-10.html';
const NAME = 'سايمون كوفني';
const ROLE = 'وزير الخارجية الأيرلندي';
const TITLE = 'دبلن تطالب بضمانات لحدود مفتوحة بعد بريكست';
/** What he says in the article, by verb class: «قال», «وحذر», «داعيا», and «وأكد وزير الخارجية الأيرلندي» (his title only). */
const SAID = {
  states: 'بلاده لن تقبل بعودة نقاط التفتيش',
  warns: 'أي اتفاق لا يضمن حرية التنقل سيهدد السلام',
  callsFor: 'إلى تقديم مقترحات مكتوبة قبل القمة الأوروبية المقبلة',
  affirms: 'حكومته مستعدة لمواصلة الحوار مع لندن',
};

suite(hasChromium ? 'A reader meets a discovered actor (built extension, Chromium)' : SKIP_REASON, () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  const watched: { label: string; errors: readonly string[] }[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchWithExtension({ mapHosts: { hosts: [NEWS_HOST], port: server.port } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The popup of a tab, opened as a page, watching its errors. */
  async function popupFor(page: Page): Promise<Page> {
    const popup = await openPopup(browser.context, browser.extensionId, page);
    watched.push({ label: `popup of ${page.url()}`, errors: popup.errors });
    await expect.poll(() => pageStatus(popup.page)).toMatch(new RegExp(`^${t.arabicNews} · `));
    return popup.page;
  }

  /** The popup's history of the entity listed on the page as `name`, after choosing it. */
  async function historyOf(popup: Page, id: string): Promise<HistoryItem[]> {
    await popup.locator(`[data-entity="${id}"]`).click();
    await popup.locator('h2', { hasText: NAME }).waitFor();
    return (await readHistory(popup)).items;
  }

  /** Presses a verb-class chip and waits for the history to show `n` statements. */
  async function filterBy(popup: Page, label: string, n: number): Promise<HistoryItem[]> {
    await popup.locator('[data-testid="verb-classes"]').getByRole('button', { name: label, exact: true }).click();
    await expect.poll(async () => (await readHistory(popup)).total).toBe(n);
    return (await readHistory(popup)).items;
  }

  it('paints a discovered actor quietly; his card, his history (by verb class) and the options page say he is not in the knowledge base; Add makes him known, with his history', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    watched.push({ label: `page ${FILE}`, errors });
    await page.goto(newsUrl(FILE));
    await waitForHighlights(page);

    // Painted apart from the known names: the places are highlighted, he is a discovered person.
    await expect.poll(() => discoveredWords(page)).toEqual({ person: [NAME, 'كوفني'], organization: [], place: [] });
    const known = await highlightedWords(page);
    expect(known.person).toEqual([]);
    expect(known.place).toEqual(expect.arrayContaining(['بروكسل', 'دبلن', 'لندن']));

    // As drawn: a known place has its background; his name has none, only a dotted line in a
    // darker shade of the person colour (seen on a white page at 3:1 or more).
    await page.mouse.move(2, 2);
    const place = await mentionPixels(page, 'place', 'بروكسل');
    expect(countPixels(place, near(DEFAULT_SETTINGS.colors.place))).toBeGreaterThan((place.width * place.height) / 3);
    const found = await mentionPixels(page, 'found-person', NAME);
    expect(countPixels(found, near(DEFAULT_SETTINGS.colors.person, 24))).toBe(0);
    expect(countPixels(found, near(lineColorOf(DEFAULT_SETTINGS.colors.person), 40))).toBeGreaterThanOrEqual(6);

    // His card: not in the knowledge base, his role, and the Add form with his name.
    await hoverMention(page, 'found-person', NAME);
    const card = await waitForCard(page, (c) => c.open && !c.text.includes(t.loading));
    expect(card).toMatchObject({ name: NAME, nameEn: '', type: 'Person' });
    expect(card.text).toContain(w.notInKb);
    expect(card.text).toContain(`${t.role}: ${ROLE}`);
    expect(card.headings[0]).toBe(w.otherSavedArticles(0));
    expect(card.fields).toEqual({ [t.arabicName]: NAME, [t.englishName]: '' });
    expect(card.chosenType).toBe('person');
    expect(card.buttons).toEqual(expect.arrayContaining([w.addToMarsad, t.history]));
    expect(card.buttons).not.toContain(t.hideEntity);
    await screenshot(page, 'discovered-card');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readCard(page))?.open).toBe(false);

    // Saved from the popup, where he is listed as not in the knowledge base.
    const popup = await popupFor(page);
    const listed = popup.locator('[data-testid="entities"] button.found');
    await expect.poll(() => listed.count()).toBe(1);
    const foundId = (await listed.getAttribute('data-entity'))!;
    expect(foundId).toMatch(/^person:found-[a-z0-9]+$/);
    expect((await listed.innerText()).replace(/\s+/g, ' ')).toContain(`${NAME} ${t.notInKbShort}`);
    await popup.locator('[data-testid="save"]').click();
    await expect.poll(() => pageStatus(popup)).toBe(`${t.arabicNews} · ${t.saved}`);

    // His history: the four statements, each with its class; the one that named him by his title says so.
    const before = await historyOf(popup, foundId);
    expect(await popup.locator('[data-testid="not-in-kb"]').innerText()).toContain(w.notInKb);
    const said = (items: HistoryItem[]) => items.map((i) => [i.verb, i.verbClass, i.byTitle, i.text.slice(0, 30)]);
    expect(said(before)).toEqual([
      ['قال', 'States', '', expect.stringContaining(SAID.states.slice(0, 20))],
      ['حذر', 'Warns', '', expect.stringContaining(SAID.warns.slice(0, 20))],
      ['داعيا', 'Calls for', '', expect.stringContaining(SAID.callsFor.slice(0, 20))],
      ['أكد', 'Affirms', t.byTitle, expect.stringContaining(SAID.affirms.slice(0, 20))],
    ]);
    expect(before.every((i) => i.title === TITLE && i.href.startsWith(`${newsUrl(FILE)}#:~:text=`))).toBe(true);
    // Filtered by verb class: one class, two, then all again.
    expect((await filterBy(popup, 'Warns', 1)).map((i) => i.verb)).toEqual(['حذر']);
    expect((await filterBy(popup, 'Affirms', 2)).map((i) => i.verb)).toEqual(['حذر', 'أكد']);
    await filterBy(popup, t.allClasses, 4);
    await popup.setViewportSize({ width: 460, height: 900 });
    await screenshot(popup, 'popup-discovered');
    await popup.close();

    // The options page lists him among the names found in the corpus.
    const options = await browser.context.newPage();
    watched.push({ label: 'options page', errors: collectErrors(options) });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#knowledge`);
    const row = options.locator(`[data-testid="found-actors"] > li[data-id="${foundId}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain(`${o.foundArticles(1)} · ${o.foundStatements(4)}`);
    expect(await row.innerText()).toContain(ROLE);

    // «Add to Marsad» in the card, with his English name.
    await page.bringToFront();
    await page.mouse.move(2, 2);
    await hoverMention(page, 'found-person', NAME);
    await waitForCard(page, (c) => c.open && c.name === NAME && !c.text.includes(t.loading));
    await fillCardField(page, t.englishName, 'Simon Coveney');
    await clickCardButton(page, w.addToMarsad);
    await expect.poll(async () => (await readCard(page))?.text).toContain(`${w.addedToMarsad}: ${NAME}`);
    // From the card, his history is now the new entity's.
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), clickCardButton(page, t.history)]);
    watched.push({ label: 'history opened from the card', errors: collectErrors(opened) });
    await opened.waitForLoadState();
    const newId = decodeURIComponent(new URL(opened.url()).searchParams.get('entity') ?? '');
    expect(newId).toMatch(/^person:user-/);
    expect((await readHistory(opened)).items.map((i) => i.text)).toEqual(before.map((i) => i.text));
    await opened.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');

    // The page reads itself again: he is no discovered actor now, and, an entity of the user's own,
    // he is not painted where the page could read him (the default).
    await expect.poll(async () => (await discoveredWords(page)).person).toEqual([]);
    expect((await highlightedWords(page)).person).not.toContain(NAME);
    // And the options page no longer lists him as found.
    await expect.poll(() => row.count()).toBe(0);
    // The user chooses to see their own names in pages: his name is painted as a known person.
    await options.getByRole('tab', { name: o.tabAppearance }).click();
    await options.getByLabel(o.ownPaint).check();
    await page.bringToFront();
    await expect.poll(async () => (await highlightedWords(page)).person).toEqual([NAME, 'كوفني']);
    expect(await discoveredWords(page)).toEqual({ person: [], organization: [], place: [] });
    await options.close();

    // His card is a known entity's: his English name, no Add.
    await page.mouse.move(2, 2);
    await hoverMention(page, 'person', NAME);
    const knownCard = await waitForCard(page, (c) => c.open && c.nameEn === 'Simon Coveney' && !c.text.includes(t.loading));
    expect(knownCard.text).not.toContain(w.notInKb);
    expect(knownCard.buttons).not.toContain(w.addToMarsad);
    await page.keyboard.press('Escape');

    // In the popup, the same statements of the same article are the new entity's history.
    const after = await popupFor(page);
    const entity = after.locator(`[data-testid="entities"] [data-entity="${newId}"]`);
    await expect.poll(() => entity.count()).toBe(1);
    expect(await after.locator('[data-testid="entities"] button.found').count()).toBe(0);
    const items = await historyOf(after, newId);
    expect(items.map((i) => [i.verb, i.verbClass, i.byTitle, i.text, i.title, i.href])).toEqual(
      before.map((i) => [i.verb, i.verbClass, i.byTitle, i.text, i.title, i.href]),
    );
    expect(await after.locator('[data-testid="not-in-kb"]').count()).toBe(0);
    expect(await after.locator('.entity-head .muted').innerText()).toBe('Simon Coveney · Person');
    expect((await filterBy(after, 'Calls for', 1)).map((i) => i.text)).toEqual([SAID.callsFor]);
    await after.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sent nothing over the network and logged no error in the service worker, the pages or the popups', () => {
    expect(browser.externalRequests()).toEqual([]);
    expect(browser.serviceWorkerErrors()).toEqual([]);
    expect(watched.filter((w) => w.errors.length > 0).map((w) => `${w.label}: ${w.errors.join('\n')}`)).toEqual([]);
  });
});
