/**
 * Tabs and scripting: which tab the popup describes, what Marsad knows of it, and starting Marsad
 * there (injecting the analyser, then asking the page what it read).
 */
import { FORCE_ANALYSIS, type PageState, type TabInfo, type TabState } from '../lib/messages';
import { callBackground, callPage } from './messaging';
import { patternsForHost } from '../lib/sites/builtin';
import { loadSettings, saveSettings } from './settings';

/** The tab the popup describes: `?tab=<id>` (the popup opened as a page), else the active tab. */
export async function currentTab(search = location.search): Promise<TabInfo | undefined> {
  const wanted = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(wanted) && wanted > 0) {
    const tab = await browser.tabs.get(wanted).catch(() => undefined);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : undefined;
}

/** Asks the tab's content script; when there is none, reads the page once through activeTab (the background judges its text). */
export async function readTab(tab: TabInfo): Promise<TabState> {
  const page = await callPage(tab.id, 'getPage').catch(() => undefined);
  if (page) return { kind: 'page', page };
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => document.body?.innerText.slice(0, 50_000) ?? '',
    });
    if (typeof result?.result !== 'string') return { kind: 'unreadable' };
    const d = await callBackground('detectText', { text: result.result });
    return { kind: 'absent', arabic: d.isArabic, news: d.isArabicNews, words: d.words };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** Runs Marsad once on the tab (activeTab), then waits for its answer. */
export async function analyseOnce(tab: TabInfo): Promise<PageState | undefined> {
  return injectThenAsk(tab.id, 40);
}

/**
 * Injects the analyser into a tab (or one of its frames), Readability before it unless
 * `readability` is false (the page may not need it: features/page/reader.ts). `force`: read the
 * page even where Marsad would not run by itself ("Analyse this page", the context menu on any site).
 */
export async function injectAnalyser(tabId: number, options: { frameId?: number; force?: boolean; readability?: boolean } = {}): Promise<void> {
  const target = { tabId, ...(options.frameId !== undefined ? { frameIds: [options.frameId] } : {}) };
  if (options.force) await browser.scripting.executeScript({ target, func: (flag: string) => ((globalThis as Record<string, unknown>)[flag] = true), args: [FORCE_ANALYSIS] });
  await browser.scripting.executeScript({ target, files: options.readability === false ? ['/analyser.js'] : ['/readability.js', '/analyser.js'] });
}

/** Injects Readability into a tab's frame, for the analyser running there (features/page/reader.ts). */
export async function injectReadability(tabId: number, options: { frameId?: number } = {}): Promise<void> {
  const target = { tabId, ...(options.frameId !== undefined ? { frameIds: [options.frameId] } : {}) };
  await browser.scripting.executeScript({ target, files: ['/readability.js'] });
}

/**
 * Injects the analyser (forced), then asks the page what it read, every 150 ms, at most `tries`
 * times: its state once it has read the page or said why not, else undefined.
 */
export async function injectThenAsk(tabId: number, tries: number): Promise<PageState | undefined> {
  await injectAnalyser(tabId, { force: true });
  for (let i = 0; i < tries; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const page = await callPage(tabId, 'getPage').catch(() => undefined);
    if (page && (page.analysed || page.reason)) return page;
  }
  return undefined;
}

/**
 * "Enable on this site": asks for the host permission (must be called straight from the click),
 * records the site, and analyses the tab now. Returns false when the user said no.
 */
export async function enableSite(tab: TabInfo): Promise<boolean> {
  const host = new URL(tab.url).hostname.replace(/^www\./, '');
  const granted = await browser.permissions.request({ origins: patternsForHost(host) });
  if (!granted) return false;
  const settings = await loadSettings();
  if (!settings.userSites.includes(host)) await saveSettings({ userSites: [...settings.userSites, host] });
  return true;
}
