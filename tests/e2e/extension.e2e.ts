/**
 * The built extension in a real Chromium: it loads, its popup opens, it leaves a non-Arabic page
 * alone, and nothing leaves the browser while it runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringsFor } from '../../lib/i18n/strings';
import {
  clickAction,
  collectErrors,
  type ExtensionBrowser,
  hasChromium,
  launchWithExtension,
  openPopup,
  packageVersion,
  screenshot,
  SKIP_REASON,
  startStaticServer,
  type StaticServer,
} from './harness';

if (!hasChromium) console.warn(SKIP_REASON);
const suite = hasChromium ? describe : describe.skip;

suite(hasChromium ? 'the built extension in Chromium' : SKIP_REASON, () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads: its service worker starts and logs no error', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const version = await browser.serviceWorker.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version,
    );
    expect(version).toBe(packageVersion());
    expect(browser.serviceWorkerErrors()).toEqual([]);
  });

  it('its popup opens without console errors and shows the name and version', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(server.url('english-page.html?popup-tab'));
    // As a person would: click the toolbar button on the page (grants activeTab), then look at the
    // popup, here opened as a tab with ?tab=<id> so Playwright can read it.
    const { page, tabId, errors } = await openPopup(browser.context, browser.extensionId, tab, { grantActiveTab: true });
    expect(page.url()).toBe(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await page.locator('[data-testid="page-status"]').waitFor();
    await page.waitForLoadState('networkidle');
    const names = browser.manifest.name.split(/\s+—\s+/); // "Marsad — مرصد": the popup shows the one for its language
    const text = await page.locator('body').innerText();
    expect(names.some((name) => text.includes(name)), `one of ${names.join(', ')} in:\n${text}`).toBe(true);
    expect(text).toContain(packageVersion());
    expect([stringsFor('en').notArabic, stringsFor('ar').notArabic]).toContain(
      (await page.locator('[data-testid="page-status"]').innerText()).trim(),
    );
    expect(errors).toEqual([]);
    await page.close();
    await tab.close();
  });

  it('leaves a non-Arabic page untouched: same DOM as parsed without it, no marsad- element, no highlight', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('english-page.html'));
    await page.waitForTimeout(2_000); // time for a content script to do whatever it would do
    const seen = await page.evaluate(async () => {
      const served = await (await fetch(location.href, { cache: 'no-store' })).text();
      const parsed = new DOMParser().parseFromString(served, 'text/html');
      const elements = [...document.querySelectorAll('*')];
      return {
        live: document.documentElement.outerHTML,
        parsed: parsed.documentElement.outerHTML,
        marsadElements: elements.filter((e) => e.localName.startsWith('marsad-')).map((e) => e.localName),
        shadowRoots: elements.filter((e) => e.shadowRoot !== null).map((e) => e.localName),
        adoptedStyleSheets: document.adoptedStyleSheets.length,
        highlights: CSS.highlights.size,
      };
    });
    expect(seen.live).toBe(seen.parsed);
    expect(seen.marsadElements).toEqual([]);
    expect(seen.shadowRoots).toEqual([]);
    expect(seen.adoptedStyleSheets).toBe(0);
    expect(seen.highlights).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  /** The popup's status line once it has read the page ('' while it is still checking). */
  const statusOnceRead = (checking: string[]) => {
    const text = document.querySelector('[data-testid="page-status"]')?.textContent?.trim() ?? '';
    return checking.includes(text) ? '' : text;
  };
  const [en, ar] = [stringsFor('en'), stringsFor('ar')];

  it('its toolbar button opens the popup, which reads the page it was clicked on', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('english-page.html?toolbar'));
    const popup = await clickAction(browser.context, browser.extensionId, page);
    try {
      const status = await popup.waitFor(statusOnceRead, [en.checking, ar.checking]);
      expect([en.notArabic, ar.notArabic]).toContain(status);
      await screenshot(popup, 'popup-english-page');
      expect(popup.errors).toEqual([]);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('on an Arabic news page, the toolbar popup says it is Arabic news', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('geneva-talks.html'));
    const popup = await clickAction(browser.context, browser.extensionId, page);
    try {
      const status = await popup.waitFor(statusOnceRead, [en.checking, ar.checking]);
      expect(status.startsWith(en.arabicNews) || status.startsWith(ar.arabicNews), status).toBe(true);
      await screenshot(popup, 'popup-arabic-news');
      expect(popup.errors).toEqual([]);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('sends nothing over the network: no request left the browser during these tests', () => {
    expect(browser.requests().some((url) => url.startsWith(server.origin)), 'the request log is live').toBe(true);
    expect(browser.externalRequests()).toEqual([]);
    expect(browser.serviceWorkerErrors()).toEqual([]);
  });
});
