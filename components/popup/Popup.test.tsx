/**
 * The popup document: in the toolbar, a narrow popup; opened from the card as
 * `popup.html?entity=…` in a tab, the history as a page of its own, a readable column in the
 * middle of the window, in the interface's language and direction.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtinEntity } from '../../lib/knowledge/builtin';
import { labelOf } from '../../lib/knowledge/label';
import { SETTINGS_KEY } from '../../lib/settings';
import { serveBackground } from '../../platform/messaging';
import { ClientContext } from '../client';
import { testClient, usePageStyle, waitFor } from '../test-utils';
import { Popup } from './Popup';

vi.mock('../../platform/tabs', () => ({
  currentTab: async () => ({ id: 7, url: 'https://example.org/' }),
  readTab: async () => ({ kind: 'unreadable' }),
  analyseOnce: vi.fn(),
  enableSite: vi.fn(),
}));

const container = document.createElement('div');
let undo: (() => void)[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Marsad', version: '0.1.0' });
  document.body.append(container);
  undo = [
    usePageStyle('popup'),
    serveBackground({
      history: () => ({ total: 0, entries: [], hasMore: false }),
      overview: () => ({ articleCount: 0, articles: [], coMentioned: [] }),
      // As the background names an entity of its knowledge base (lib/corpus/labels.ts).
      describeEntity: ({ entityId }) => {
        const record = builtinEntity(entityId);
        return { entity: record ? labelOf(record) : null, corpusEmpty: true };
      },
    }),
  ];
});
afterEach(async () => {
  await act(async () => render(null, container));
  container.remove();
  undo.forEach((u) => u());
  vi.restoreAllMocks();
  const root = document.documentElement;
  root.removeAttribute('dir');
  root.removeAttribute('lang');
  root.classList.remove('in-tab');
  history.replaceState(null, '', '/');
});

async function open(search: string, language?: 'ar' | 'en') {
  if (language) await browser.storage.local.set({ [SETTINGS_KEY]: { language } });
  history.replaceState(null, '', `/popup.html${search}`);
  await act(async () =>
    render(
      <ClientContext.Provider value={testClient()}>
        <Popup />
      </ClientContext.Provider>,
      container,
    ),
  );
}

const root = () => document.documentElement;
const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);

describe('the history opened from the card, in a tab', () => {
  it('is a centred column of reading width, not a 460 px popup pinned to the right, and reads left to right in English', async () => {
    await open(`?entity=${encodeURIComponent('person:sergei-lavrov')}`);
    await waitFor(() => expect(container.querySelector('h2')?.textContent).toBe('سيرغي لافروف'));
    expect(root().classList.contains('in-tab')).toBe(true);
    expect(root().getAttribute('dir')).toBe('ltr');
    expect(root().getAttribute('lang')).toBe('en');
    expect(style('body').maxWidth).toBe('none');
    const main = style('main.popup');
    // A reading width (about 70 characters), not the popup's 460 px.
    expect(parseFloat(main.maxWidth)).toBeGreaterThanOrEqual(640);
    expect(parseFloat(main.maxWidth)).toBeLessThanOrEqual(800);
    expect([main.marginLeft, main.marginRight]).toEqual(['auto', 'auto']);
  });

  it('reads right to left when the interface is Arabic', async () => {
    await open(`?entity=${encodeURIComponent('person:sergei-lavrov')}`, 'ar');
    await waitFor(() => expect(root().getAttribute('dir')).toBe('rtl'));
    expect(root().getAttribute('lang')).toBe('ar');
    expect(root().classList.contains('in-tab')).toBe(true);
  });

  it('the toolbar popup stays a popup: narrow, in the interface’s direction', async () => {
    await open('');
    await waitFor(() => expect(container.querySelector('[data-testid=page-status]')).not.toBeNull());
    expect(root().classList.contains('in-tab')).toBe(false);
    expect(root().getAttribute('dir')).toBe('ltr');
    expect(style('body').maxWidth).toBe('460px');
  });
});
