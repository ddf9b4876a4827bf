import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageState, TabState } from '../../lib/messages';
import { serveBackground } from '../../platform/messaging';
import { ClientContext } from '../client';
import { testClient } from '../test-utils';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { PageView } from './PageView';
import { storageFullError } from '../../lib/corpus/errors';
import { stringsFor } from '../../lib/i18n/strings';
import { usePageStyle, waitFor } from '../test-utils';
import { PALETTES } from '../theme';
import type { Settings } from '../../lib/settings';
import type { Locale } from '../../lib/i18n/strings';

const tabState = vi.hoisted(() => ({ current: undefined as TabState | undefined, url: 'https://www.aljazeera.net/news/x' }));
vi.mock('../../platform/tabs', () => ({
  currentTab: async () => ({ id: 7, url: tabState.url }),
  readTab: async () => tabState.current,
  analyseOnce: vi.fn(),
  enableSite: vi.fn(),
}));

const page: PageState = {
  url: 'https://www.aljazeera.net/news/x',
  analysed: true,
  isArabic: true,
  isArabicNews: true,
  entities: [
    { id: 'person:sergei-lavrov', name: 'سيرغي لافروف', nameEn: 'Sergei Lavrov', type: 'person', gender: 'm', count: 3 },
    { id: 'place:moscow', name: 'موسكو', nameEn: 'Moscow', type: 'place', gender: 'f', count: 4 },
    { id: 'org:un', name: 'الأمم المتحدة', nameEn: 'United Nations', type: 'organization', gender: 'f', count: 1 },
  ],
  article: { url: 'https://www.aljazeera.net/news/x', canonicalUrl: null, title: 'عنوان', site: 'الجزيرة', byline: null, publishedAt: '2019-11-04', lang: 'arb', text: 'نص' },
};

const container = document.createElement('div');
let removers: (() => void)[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  tabState.url = 'https://www.aljazeera.net/news/x';
  document.body.append(container);
});
afterEach(async () => {
  removers.forEach((r) => r());
  removers = [];
  await act(async () => render(null, container));
  container.remove();
});

describe('the popup’s page view', () => {
  it('shows Arabic news, not saved, and the entities grouped by type with counts; Save saves and says so', async () => {
    tabState.current = { kind: 'page', page };
    let saved = false;
    removers.push(serveBackground({ pageStatus: () => ({ saved, articleId: saved ? 1 : null, savedAt: null }) }));
    removers.push(
      serveBackground({
        savePage: (data) => {
          expect(data.url).toBe(page.url);
          saved = true;
          return { status: 'saved' as const, id: 1, entityCount: 3, statementCount: 2 };
        },
      }),
    );
    const choose = vi.fn();
    await act(async () => render(<ClientContext.Provider value={testClient()}><PageView locale="en" settings={DEFAULT_SETTINGS} onChoose={choose} /></ClientContext.Provider>, container));
    await waitFor(() => expect(container.querySelector('[data-testid=page-status]')?.textContent).toBe('Arabic news · Not saved'));
    const groups = [...container.querySelectorAll('.group h3')].map((h) => h.textContent);
    expect(groups).toEqual(['People (1)', 'Organisations (1)', 'Places (1)']);
    await act(async () => (container.querySelector('[data-testid=save]') as HTMLButtonElement).click());
    await waitFor(() => expect(container.textContent).toContain('Saved ✓'));
    expect(container.querySelector('[data-testid=save]')?.textContent).toBe('Update the saved copy');
    await act(async () => (container.querySelector('[data-entity="place:moscow"]') as HTMLButtonElement).click());
    expect(choose).toHaveBeenCalledWith(page.entities[1]);
  });

  it('lists a discovered actor with the page’s entities, marked in words as not in the knowledge base', async () => {
    const coveney = {
      id: 'person:found-1o5ru3ms1aq',
      name: 'سايمون كوفني',
      nameEn: '',
      type: 'person' as const,
      gender: 'm' as const,
      count: 2,
      discovered: true as const,
      role: 'وزير الخارجية الأيرلندي',
    };
    tabState.current = { kind: 'page', page: { ...page, entities: [...page.entities, coveney] } };
    removers.push(serveBackground({ pageStatus: () => ({ saved: false, articleId: null, savedAt: null }) }));
    const choose = vi.fn();
    await act(async () => render(<ClientContext.Provider value={testClient()}><PageView locale="en" settings={DEFAULT_SETTINGS} onChoose={choose} /></ClientContext.Provider>, container));
    await waitFor(() => expect(container.querySelector('[data-testid=entities]')).not.toBeNull());
    expect([...container.querySelectorAll('.group h3')].map((h) => h.textContent)).toEqual(['People (2)', 'Organisations (1)', 'Places (1)']);
    const found = container.querySelector(`[data-entity="${coveney.id}"]`) as HTMLButtonElement;
    expect(found.textContent).toBe('سايمون كوفنيnot in KB2');
    expect(found.title).toBe('Not in your knowledge base — وزير الخارجية الأيرلندي');
    const known = container.querySelector('[data-entity="person:sergei-lavrov"]') as HTMLButtonElement;
    expect(known.querySelector('.found-badge')).toBeNull();
    await act(async () => found.click());
    expect(choose).toHaveBeenCalledWith(coveney);
  });

  it('when the disk is full, says so in the interface’s language and still shows the page as not saved', async () => {
    tabState.current = { kind: 'page', page };
    removers.push(serveBackground({ pageStatus: () => ({ saved: false, articleId: null, savedAt: null }) }));
    removers.push(
      serveBackground({
        savePage: () => {
          throw storageFullError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
        },
      }),
    );
    await act(async () => render(<ClientContext.Provider value={testClient()}><PageView locale="ar" settings={DEFAULT_SETTINGS} onChoose={() => undefined} /></ClientContext.Provider>, container));
    await waitFor(() => expect(container.querySelector('[data-testid=save]')).not.toBeNull());
    await act(async () => (container.querySelector('[data-testid=save]') as HTMLButtonElement).click());
    await waitFor(() => expect(container.textContent).toContain(stringsFor('ar').storageFull));
    expect(container.querySelector('[data-testid=page-status]')?.textContent).toContain(stringsFor('ar').notSaved);
  });

  /** The page view of a tab where Marsad did not read the page. */
  async function showAbsent(url: string, state: TabState, locale: Locale = 'en', settings: Settings = DEFAULT_SETTINGS) {
    tabState.url = url;
    tabState.current = state;
    await act(async () => render(<ClientContext.Provider value={testClient()}><PageView locale={locale} settings={settings} onChoose={() => undefined} /></ClientContext.Provider>, container));
    await waitFor(() => expect(container.querySelector('[data-testid=page-why]')).not.toBeNull());
    return { why: container.querySelector('[data-testid=page-why]')!.textContent, buttons: [...container.querySelectorAll('button')].map((b) => b.textContent) };
  }

  it('on a site where Marsad does not run, offers to analyse the page or enable the site', async () => {
    const shown = await showAbsent('https://news.example/story', { kind: 'absent', arabic: true, news: true, words: 420 }, 'ar');
    expect(shown).toEqual({ why: 'مرصد لا يعمل على هذا الموقع.', buttons: ['حلّل هذه الصفحة', 'فعّل مرصد على هذا الموقع'] });
  });

  it('blames the page, not the site, on a non-Arabic page of a built-in site: no «Enable Marsad on this site»', async () => {
    const shown = await showAbsent('https://www.aljazeera.net/english/story', { kind: 'absent', arabic: false, news: false, words: 0 });
    expect(container.querySelector('[data-testid=page-status]')?.textContent).toBe('Not an Arabic page');
    expect(shown).toEqual({ why: 'Marsad runs on this site and highlights its Arabic news articles; this page is not one.', buttons: [] });
    // A site the user enabled is one Marsad runs on too; in Arabic, the same.
    const mine = await showAbsent('https://www.example-news.org/en/x', { kind: 'absent', arabic: false, news: false, words: 0 }, 'ar', { ...DEFAULT_SETTINGS, userSites: ['example-news.org'] });
    expect(mine).toEqual({ why: stringsFor('ar').runsHereNotNews, buttons: [] });
  });

  it('on a built-in site, an Arabic page Marsad has not read yet can be analysed (not enabled); a site turned off says so', async () => {
    const unread = await showAbsent('https://www.aljazeera.net/news/y', { kind: 'absent', arabic: true, news: true, words: 420 });
    expect(unread).toEqual({ why: stringsFor('en').notReadYet, buttons: ['Analyse this page'] });
    const off = await showAbsent('https://www.aljazeera.net/news/y', { kind: 'absent', arabic: true, news: true, words: 420 }, 'en', { ...DEFAULT_SETTINGS, disabledSites: ['aljazeera.net'] });
    expect(off).toEqual({ why: 'Marsad is turned off on this site (Settings → Sites).', buttons: ['Analyse this page'] });
  });

  it('«Saved ✓» wears the success colours, and once saved, «Update the saved copy» is a secondary button', async () => {
    const unstyle = usePageStyle('popup');
    try {
      tabState.current = { kind: 'page', page };
      let saved = false;
      removers.push(serveBackground({ pageStatus: () => ({ saved, articleId: saved ? 1 : null, savedAt: null }) }));
      removers.push(
        serveBackground({
          savePage: () => {
            saved = true;
            return { status: 'saved' as const, id: 1, entityCount: 3, statementCount: 2 };
          },
        }),
      );
      await act(async () => render(<ClientContext.Provider value={testClient()}><PageView locale="en" settings={DEFAULT_SETTINGS} onChoose={() => undefined} /></ClientContext.Provider>, container));
      const button = () => container.querySelector<HTMLButtonElement>('[data-testid=save]')!;
      await waitFor(() => expect(button()).not.toBeNull());
      const light = PALETTES.light;
      expect(getComputedStyle(button()).backgroundColor).toBe(light.accent);
      await act(async () => button().click());
      await waitFor(() => expect(container.querySelector('[data-testid=note]')?.textContent).toBe('Saved ✓'));
      const note = container.querySelector('[data-testid=note]')!;
      expect(note.getAttribute('role')).toBe('status');
      expect(getComputedStyle(note).backgroundColor).toBe(light['ok-bg']);
      expect(getComputedStyle(note).color).toBe(light['ok-fg']);
      expect(button().textContent).toBe('Update the saved copy');
      expect(button().classList.contains('primary')).toBe(false);
      expect(getComputedStyle(button()).backgroundColor).not.toBe(light.accent);
    } finally {
      unstyle();
    }
  });

  it('says when the page cannot be read (browser pages)', async () => {
    tabState.current = { kind: 'unreadable' };
    await act(async () => render(<ClientContext.Provider value={testClient()}><PageView locale="en" settings={DEFAULT_SETTINGS} onChoose={() => undefined} /></ClientContext.Provider>, container));
    await waitFor(() => expect(container.textContent).toContain('Marsad cannot read this page'));
  });

  it('says a page too large to read is that, with its size and the limit, in Arabic and English (not that it is no article)', async () => {
    const tooLarge = { chars: 10_412_345, elements: 40_000 };
    tabState.current = { kind: 'page', page: { ...page, analysed: false, isArabicNews: false, entities: [], article: null, tooLarge } };
    removers.push(serveBackground({ pageStatus: () => ({ saved: false, articleId: null, savedAt: null }) }));
    for (const [locale, says] of [
      ['en', 'Marsad did not read this page: its text is longer than Marsad reads in one page (10,412,345 characters; the limit is 1,500,000)'],
      ['ar', 'لم يقرأ مرصد هذه الصفحة: نصها أطول مما يقرؤه مرصد في صفحة واحدة'],
    ] as const) {
      await act(async () => render(<ClientContext.Provider value={testClient()}><PageView locale={locale} settings={DEFAULT_SETTINGS} onChoose={() => undefined} /></ClientContext.Provider>, container));
      await waitFor(() => expect(container.querySelector('[data-testid=page-status]')?.textContent).toContain(says));
      expect(container.querySelector('[data-testid=save]')).toBeNull();
      await act(async () => render(null, container));
    }
  });
});
