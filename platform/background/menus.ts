/** The context menu: save the page; add a selected name to the knowledge base as a person, organisation or place. */
import type { EntityType } from '../../lib/gazetteer/types';
import { userEntityId, type KnowledgeEdit } from '../../lib/gazetteer/user';
import { sendToTab } from '../tab-messages';
import { localeOf } from '../../components/strings';

export const MENU_SAVE = 'marsad-save';
const MENU_ADD: Record<EntityType, string> = { person: 'marsad-add-person', organization: 'marsad-add-organization', place: 'marsad-add-place' };

const TITLES = {
  ar: { save: 'احفظ الصفحة في مرصد', person: 'أضف «%s» إلى مرصد شخصًا', organization: 'أضف «%s» إلى مرصد منظمةً', place: 'أضف «%s» إلى مرصد مكانًا' },
  en: { save: 'Save page to Marsad', person: 'Add «%s» to Marsad as a person', organization: 'Add «%s» to Marsad as an organisation', place: 'Add «%s» to Marsad as a place' },
};

export async function createMenus(): Promise<void> {
  const t = TITLES[localeOf(browser.i18n.getUILanguage())];
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE, title: t.save, contexts: ['page'] });
  for (const type of ['person', 'organization', 'place'] as const) {
    browser.contextMenus.create({ id: MENU_ADD[type], title: t[type], contexts: ['selection'] });
  }
}

/** The entity a menu item adds, or undefined when it is not an add item or the selection is no name. */
export function entityFromMenu(menuItemId: string | number, selection: string | undefined, now = new Date()): KnowledgeEdit | undefined {
  const type = (Object.keys(MENU_ADD) as EntityType[]).find((k) => MENU_ADD[k] === menuItemId);
  const name = selection?.replace(/\s+/g, ' ').trim();
  if (!type || !name || name.length > 80 || !/\p{L}{2}/u.test(name)) return undefined;
  return { id: userEntityId(type, name, now.getTime()), origin: 'user', type, name, nameEn: name, aliases: [], updatedAt: now.toISOString() };
}

/** Asks the tab's content script for its article; injects the script first when it is not there (activeTab). */
export async function pageOfTab(tabId: number) {
  try {
    return await sendToTab(tabId, 'getPage');
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, func: () => ((globalThis as Record<string, unknown>)['__marsadForce'] = true) });
    await browser.scripting.executeScript({ target: { tabId }, files: ['/analyser.js'] });
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 150));
      const page = await sendToTab(tabId, 'getPage').catch(() => undefined);
      if (page?.analysed || page?.reason) return page;
    }
    throw new Error('The page did not answer.');
  }
}
