/**
 * The context menu's actions, with the tab answered by a stand-in for the page's content script:
 * "Save page to Marsad" saves and says how it went on the page; "Add «…»" stores the entity and
 * says so; where the page cannot show a notice, the toolbar button shows it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openCorpus, type MarsadDB } from '../../lib/corpus/schema';
import type { PageArticle, PageNotice, PageState } from '../../lib/messages';
import { SETTINGS_KEY } from '../../lib/settings';
import { stringsFor } from '../../lib/i18n/strings';
import { withFullDisk } from '../../tests/full-disk';
import { addFromMenu, entityFromMenu, saveFromMenu } from './menus';

const ARTICLE: PageArticle = {
  url: 'https://news.example/a',
  canonicalUrl: null,
  title: 'ماكرون في بيروت',
  site: 'موقع الاختبار',
  byline: null,
  publishedAt: '2020-08-06',
  lang: 'arb',
  text: 'ماكرون في بيروت\n\nقال ماكرون إن فرنسا ستدعم لبنان في إعادة الإعمار. وأضاف أن باريس ستستضيف مؤتمرا للمانحين.',
};
const pageWith = (article: PageArticle | null): PageState => ({
  url: ARTICLE.url,
  analysed: article !== null,
  isArabic: article !== null,
  isArabicNews: article !== null,
  reason: article ? undefined : 'not Arabic script',
  entities: [],
  article,
});

let db: MarsadDB;
let notices: PageNotice[];
let badge: { text?: string; title?: string };

/** The tab: answers getPage with `page`, shows notices unless `canShow` is false. */
function tab(page: PageState, canShow = true) {
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: { type: string; data: unknown }) => {
    // The page answers as platform/messaging.ts's servePage does: a Result.
    if (message.type === 'getPage') return { res: { ok: true, value: page } };
    if (message.type === 'notify' && canShow) {
      notices.push(message.data as PageNotice);
      return { res: { ok: true, value: undefined } };
    }
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }) as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  db = openCorpus(`test-${crypto.randomUUID()}`);
  notices = [];
  badge = {};
  const action = browser.action;
  vi.spyOn(action, 'setBadgeText').mockImplementation((async ({ text }: { text: string }) => void (badge.text = text)) as never);
  vi.spyOn(action, 'setBadgeBackgroundColor').mockImplementation((async () => undefined) as never);
  vi.spyOn(action, 'setTitle').mockImplementation((async ({ title }: { title: string }) => void (badge.title = title)) as never);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('Save page to Marsad', () => {
  it('saves the article and says so on the page, then says it is unchanged the second time', async () => {
    tab(pageWith(ARTICLE));
    await saveFromMenu(db, 7);
    expect(await db.articles.count()).toBe(1);
    expect(notices).toEqual([{ kind: 'ok', text: expect.stringMatching(/^Page saved to your archive \(\d+ entities, 2 statements\)\.$/), lang: 'en' }]);
    await saveFromMenu(db, 7);
    expect(notices[1]).toEqual({ kind: 'ok', text: 'This page is already in your archive, and its text has not changed.', lang: 'en' });
    expect(await db.articles.count()).toBe(1);
  });

  it('speaks the language chosen in the options', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: { language: 'ar' } });
    tab(pageWith(ARTICLE));
    await saveFromMenu(db, 7);
    expect(notices[0]).toMatchObject({ kind: 'ok', lang: 'ar', text: expect.stringContaining('حُفظت الصفحة في أرشيفك') });
  });

  it('saves nothing on a page with no Arabic article, and says why', async () => {
    tab(pageWith(null));
    await saveFromMenu(db, 7);
    expect(await db.articles.count()).toBe(0);
    expect(notices).toEqual([{ kind: 'error', text: 'Not saved: Marsad finds no Arabic news article on this page.', lang: 'en' }]);
  });

  it('explains a full disk, and keeps what was stored', async () => {
    tab(pageWith(ARTICLE));
    await saveFromMenu(db, 7);
    tab(pageWith({ ...ARTICLE, url: 'https://news.example/b', text: `${ARTICLE.text} وتابع أن الدعم سيستمر طويلا.` }));
    await withFullDisk(() => saveFromMenu(db, 7));
    expect(notices[1]).toMatchObject({ kind: 'error', text: expect.stringMatching(/^The browser has no room left for Marsad’s data/) });
    expect((await db.articles.toArray()).map((a) => a.url)).toEqual([ARTICLE.url]);
  });

  it('shows the result on the toolbar button when the page cannot show it', async () => {
    tab(pageWith(ARTICLE), false);
    await saveFromMenu(db, 7);
    expect(notices).toEqual([]);
    expect(badge).toEqual({ text: '✓', title: expect.stringMatching(/^Page saved to your archive/) });
  });
});

describe('Add «…» to Marsad', () => {
  it('stores the entity, says so on the page, then tells every tab (which highlight it if the user paints their own names)', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: { paintOwnEntities: true } });
    tab(pageWith(ARTICLE));
    const broadcast = vi.fn(async () => undefined);
    const add = entityFromMenu('marsad-add-organization', 'هيئة الاختبار')!;
    await addFromMenu(db, 7, add, broadcast);
    expect('entity' in add && (await db.entities.get(add.entity.id))).toMatchObject({ name: 'هيئة الاختبار', type: 'organization' });
    expect(notices).toEqual([{ kind: 'ok', text: '«هيئة الاختبار» added to Marsad as an organisation.', lang: 'en' }]);
    expect(broadcast).toHaveBeenCalledOnce();
  });

  it('says that it is not highlighted in pages when the user’s own names are not (the default)', async () => {
    tab(pageWith(ARTICLE));
    await addFromMenu(db, 7, entityFromMenu('marsad-add-person', 'سامي الراوي')!, vi.fn(async () => undefined));
    expect(notices.map((n) => n.text)).toEqual([`«سامي الراوي» added to Marsad as a person. ${stringsFor('en').ownNotPainted}`]);
  });

  it('says so when the entity cannot be stored, and tells no tab to highlight it', async () => {
    tab(pageWith(ARTICLE));
    const broadcast = vi.fn(async () => undefined);
    const add = entityFromMenu('marsad-add-person', 'فلان الفلاني')!;
    db.close();
    await addFromMenu(db, 7, add, broadcast);
    expect(notices).toEqual([{ kind: 'error', text: expect.stringMatching(/^«فلان الفلاني» could not be added: .*closed/i), lang: 'en' }]);
    expect(broadcast).not.toHaveBeenCalled();
  });

  it('refuses a selection the options form would refuse, says why in its words, and stores nothing', async () => {
    tab(pageWith(ARTICLE));
    const broadcast = vi.fn(async () => undefined);
    await addFromMenu(db, 7, entityFromMenu('marsad-add-person', 'على')!, broadcast);
    await addFromMenu(db, 7, entityFromMenu('marsad-add-place', 'Damascus')!, broadcast);
    expect(notices).toEqual([
      { kind: 'error', text: '«على» was not added: “على” is a common word and cannot be a name on its own; write the full name.', lang: 'en' },
      { kind: 'error', text: '«Damascus» was not added: Write the name in Arabic letters.', lang: 'en' },
    ]);
    expect(await db.entities.count()).toBe(0);
    expect(broadcast).not.toHaveBeenCalled();
  });

  it('says in Arabic that a place or an organisation was added with a verb that agrees with it («أُضيفت»)', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: { language: 'ar', paintOwnEntities: true } });
    tab(pageWith(ARTICLE));
    const broadcast = vi.fn(async () => undefined);
    await addFromMenu(db, 7, entityFromMenu('marsad-add-place', 'كفر الزيت')!, broadcast);
    await addFromMenu(db, 7, entityFromMenu('marsad-add-person', 'سامي الراوي')!, broadcast);
    expect(notices.map((n) => n.text)).toEqual(['أُضيفت «كفر الزيت» إلى مرصد مكانًا.', 'أُضيف «سامي الراوي» إلى مرصد شخصًا.']);
  });
});
