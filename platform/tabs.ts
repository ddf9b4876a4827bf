/** The popup's view of a tab: which tab, what Marsad knows of it, and the actions that start Marsad there. */
import { detect } from '../lib/detect/detect';
import type { PageState } from '../lib/messages';
import { sendToTab } from './tab-messages';
import { patternsForHost } from '../lib/sites/builtin';
import { loadSettings, saveSettings } from './settings';

export interface TabInfo {
  id: number;
  url: string;
}

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

export type TabState =
  | { kind: 'page'; page: PageState }
  /** Marsad does not run on this tab; `arabic` tells what a quick look (activeTab) found. */
  | { kind: 'absent'; arabic: boolean | undefined; news: boolean | undefined; words: number }
  | { kind: 'unreadable' };

/** Asks the tab's content script; when there is none, reads the page once through activeTab. */
export async function readTab(tab: TabInfo): Promise<TabState> {
  const page = await sendToTab(tab.id, 'getPage').catch(() => undefined);
  if (page) return { kind: 'page', page };
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => document.body?.innerText.slice(0, 50_000) ?? '',
    });
    if (typeof result?.result !== 'string') return { kind: 'unreadable' };
    const d = detect(result.result);
    return { kind: 'absent', arabic: d.isArabic, news: d.isArabicNews, words: d.words };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** Runs Marsad once on the tab (activeTab), then waits for its answer. */
export async function analyseOnce(tab: TabInfo): Promise<PageState | undefined> {
  await browser.scripting.executeScript({ target: { tabId: tab.id }, func: () => ((globalThis as Record<string, unknown>)['__marsadForce'] = true) });
  await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/analyser.js'] });
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const page = await sendToTab(tab.id, 'getPage').catch(() => undefined);
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
