import { act } from 'preact/test-utils';
/** The sites tab: built-in sites switched on and off, and the user's own sites removed with their permission. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { MarsadDB } from '../../lib/corpus/schema';
import { BUILTIN_SITES } from '../../lib/sites/builtin';
import { loadSettings, saveSettings } from '../../platform/settings';
import { byLabel, byText, click, freshDb, mount, type, waitFor, type Mounted } from './test-helpers';

let db: MarsadDB;
let page: Mounted;
const originalRemove = browser.permissions.remove;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  db = freshDb();
});

afterEach(async () => {
  await page?.unmount();
  vi.restoreAllMocks();
  (browser.permissions as { remove: unknown }).remove = originalRemove;
  db.close();
});

describe('built-in sites', () => {
  it('lists every built-in site with its domain, all on by default', async () => {
    page = await mount(db, 'sites');
    const c = page.container;
    const items = c.querySelectorAll('[data-testid="builtin-sites"] li');
    expect(items).toHaveLength(BUILTIN_SITES.length);
    const jazeera = byLabel<HTMLInputElement>(c, 'Run Marsad on Al Jazeera');
    expect(jazeera.getAttribute('role')).toBe('switch');
    expect(jazeera.checked).toBe(true);
    expect(jazeera.closest('li')!.textContent).toContain('aljazeera.net');
  });

  it('turning a site off stores it in disabledSites; on again removes it', async () => {
    page = await mount(db, 'sites');
    const c = page.container;
    await click(byLabel(c, 'Run Marsad on BBC Arabic'));
    await waitFor(() => expect(byLabel<HTMLInputElement>(c, 'Run Marsad on BBC Arabic').checked).toBe(false));
    expect((await loadSettings()).disabledSites).toEqual(['bbc.com']);
    expect(c.textContent).toContain(`${BUILTIN_SITES.length - 1} of ${BUILTIN_SITES.length} on`);
    await click(byLabel(c, 'Run Marsad on BBC Arabic'));
    await waitFor(() => expect(byLabel<HTMLInputElement>(c, 'Run Marsad on BBC Arabic').checked).toBe(true));
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('filters the list by name or domain', async () => {
    page = await mount(db, 'sites');
    const c = page.container;
    await type(byLabel(c, 'Filter sites'), 'jazeera');
    expect(c.querySelectorAll('[data-testid="builtin-sites"] li')).toHaveLength(1);
    await type(byLabel(c, 'Filter sites'), 'الجزيره');
    expect(c.querySelectorAll('[data-testid="builtin-sites"] li')).toHaveLength(1);
  });

  it('names the sites in Arabic when the interface is Arabic', async () => {
    await saveSettings({ language: 'ar' });
    page = await mount(db, 'sites');
    expect(byLabel(page.container, 'شغّل مرصد على الجزيرة نت')).toBeTruthy();
  });
});

describe('your own sites', () => {
  it('says how to add one when there is none', async () => {
    page = await mount(db, 'sites');
    expect(page.container.textContent).toContain('You have not added any site yet.');
    expect(page.container.textContent).toContain('Enable on this site');
  });

  it('removes a site and its host permission', async () => {
    await saveSettings({ userSites: ['example-news.com', 'other.org'] });
    const remove = vi.fn(async () => true);
    (browser.permissions as { remove: unknown }).remove = remove;
    page = await mount(db, 'sites');
    const c = page.container;
    await click(byLabel(c, 'Remove example-news.com and its permission'));
    await waitFor(() => expect(c.textContent).toContain('Removed example-news.com.'));
    expect(remove).toHaveBeenCalledWith({ origins: ['*://example-news.com/*', '*://*.example-news.com/*'] });
    expect((await loadSettings()).userSites).toEqual(['other.org']);
    expect(c.querySelector('[data-testid="user-sites"]')!.textContent).not.toContain('example-news.com');
  });

  it('shows the error when the permission cannot be removed', async () => {
    await saveSettings({ userSites: ['example-news.com'] });
    (browser.permissions as { remove: unknown }).remove = vi.fn(async () => {
      throw new Error('permissions are managed by your administrator');
    });
    page = await mount(db, 'sites');
    await click(byLabel(page.container, 'Remove example-news.com and its permission'));
    const alert = await waitFor(() => byText(page.container, '[role="alert"]', /administrator/));
    expect(alert.textContent).toContain('That did not work:');
  });
});

describe('auto-save', () => {
  it('is off by default and the switch turns it on in the settings', async () => {
    const db = freshDb();
    const page = await mount(db, 'sites');
    const box = page.container.querySelector('[data-testid=auto-save]') as HTMLInputElement;
    expect(box.checked).toBe(false);
    await act(async () => {
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(async () => expect((await loadSettings()).autoSave).toBe(true));
    await page.unmount();
  });
});
