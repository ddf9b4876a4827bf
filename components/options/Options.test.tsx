/** The page as a whole: a keyboard-operable tablist, the language and direction, the tab kept in the address. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import type { MarsadDB } from '../../lib/corpus/schema';
import { saveSettings } from '../../platform/settings';
import { endTest, startTest, byText, click, mount, waitFor, type Mounted } from './test-helpers';

let db: MarsadDB;
let page: Mounted;

beforeEach(() => {
  db = startTest();
});

afterEach(async () => {
  await endTest(db, page);
});

const tabs = (c: HTMLElement) => [...c.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const selected = (c: HTMLElement) => tabs(c).find((t) => t.getAttribute('aria-selected') === 'true')!;

async function key(el: Element, k: string): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
}

describe('the options page', () => {
  it('has a labelled tablist with one tab in the tab order and a panel labelled by it', async () => {
    page = await mount(db);
    const c = page.container;
    expect(c.querySelector('[role="tablist"]')!.getAttribute('aria-label')).toBe('Settings sections');
    expect(tabs(c).map((t) => t.textContent)).toEqual(['Knowledge base', 'Sites', 'Archive', 'Appearance']);
    expect(tabs(c).map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    const panel = c.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(selected(c).id);
    expect(selected(c).getAttribute('aria-controls')).toBe(panel.id);
  });

  it('moves between tabs with the arrow keys, Home and End, and keeps the tab in the address', async () => {
    page = await mount(db);
    const c = page.container;
    tabs(c)[0]!.focus();
    await key(tabs(c)[0]!, 'ArrowRight');
    expect(selected(c).textContent).toBe('Sites');
    expect(document.activeElement).toBe(selected(c));
    expect(location.hash).toBe('#sites');
    await key(selected(c), 'End');
    expect(selected(c).textContent).toBe('Appearance');
    await key(selected(c), 'ArrowRight');
    expect(selected(c).textContent).toBe('Knowledge base');
    await key(selected(c), 'ArrowLeft');
    expect(selected(c).textContent).toBe('Appearance');
    await key(selected(c), 'Home');
    expect(selected(c).textContent).toBe('Knowledge base');
    await click(byText(c, '[role="tab"]', 'Archive'));
    expect(c.querySelector('[role="tabpanel"]')!.id).toBe('panel-corpus');
  });

  it('opens on the tab named in the address', async () => {
    page = await mount(db, 'corpus');
    expect(selected(page.container).textContent).toBe('Archive');
  });

  it('follows a link to another of its tabs while it is open (only the address’s hash changes)', async () => {
    page = await mount(db, 'knowledge');
    await act(async () => {
      location.hash = '#appearance';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(selected(page.container).id).toBe('tab-appearance'));
  });

  it('is Arabic and right to left when the settings say so, where the arrow keys follow the visual order', async () => {
    await saveSettings({ language: 'ar' });
    page = await mount(db);
    const c = page.container;
    const root = c.querySelector('.options')!;
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.title).toBe('إعدادات مرصد');
    expect(tabs(c).map((t) => t.textContent)).toEqual(['قاعدة المعرفة', 'المواقع', 'الأرشيف', 'المظهر']);
    await key(selected(c), 'ArrowLeft');
    expect(selected(c).textContent).toBe('المواقع');
  });

  it('follows a change of settings made elsewhere (the popup, another tab)', async () => {
    page = await mount(db);
    await act(async () => {
      await saveSettings({ language: 'ar' });
    });
    await waitFor(() => expect(page.container.querySelector('.options')!.getAttribute('dir')).toBe('rtl'));
  });
});
