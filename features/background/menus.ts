/** The context menu: save the page; add a selected name to the knowledge base as a person, organisation or place. */
import type { EntityType } from '../../lib/knowledge/types';
import { userEntityId, type KnowledgeEdit } from '../../lib/knowledge/user';
import { localeOf, resolveLocale, stringsFor, type Locale } from '../../lib/i18n/strings';
import { isStorageFull, writing } from '../../lib/corpus/errors';
import type { MarsadDB } from '../../lib/corpus/schema';
import type { PageNotice } from '../../lib/messages';
import { loadSettings } from '../../platform/settings';
import { setBadge } from '../../platform/badge';
import { callPage } from '../../platform/messaging';
import { injectThenAsk } from '../../platform/tabs';
import { savePage } from '../../lib/corpus/pages';

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

const NOTICES = {
  ar: {
    saved: (entities: number, statements: number) => `حُفظت الصفحة في مدونتك (الكيانات: ${entities}، التصريحات: ${statements}).`,
    updated: (entities: number, statements: number) => `حُدّثت النسخة المحفوظة من الصفحة (الكيانات: ${entities}، التصريحات: ${statements}).`,
    unchanged: 'الصفحة محفوظة في مدونتك من قبل، ونصها لم يتغير.',
    notArticle: 'لم تُحفظ الصفحة: لا يجد فيها مرصد خبرًا عربيًا.',
    failed: (message: string) => `تعذّر حفظ الصفحة: ${message}`,
    added: { person: 'أُضيف «%s» إلى مرصد شخصًا.', organization: 'أُضيفت «%s» إلى مرصد منظمةً.', place: 'أُضيف «%s» إلى مرصد مكانًا.' },
    addFailed: (name: string, message: string) => `تعذّرت إضافة «${name}»: ${message}`,
  },
  en: {
    saved: (entities: number, statements: number) => `Page saved to your corpus (${entities} entities, ${statements} statements).`,
    updated: (entities: number, statements: number) => `The saved copy of this page was updated (${entities} entities, ${statements} statements).`,
    unchanged: 'This page is already in your corpus, and its text has not changed.',
    notArticle: 'Not saved: Marsad finds no Arabic news article on this page.',
    failed: (message: string) => `The page could not be saved: ${message}`,
    added: { person: '«%s» added to Marsad as a person.', organization: '«%s» added to Marsad as an organisation.', place: '«%s» added to Marsad as a place.' },
    addFailed: (name: string, message: string) => `«${name}» could not be added: ${message}`,
  },
};

/** The interface language: the user's choice in the options, else the browser's. */
async function interfaceLocale(): Promise<Locale> {
  const { language } = await loadSettings();
  return resolveLocale(language, browser.i18n.getUILanguage());
}

const reason = (e: unknown) => (e instanceof Error && e.message ? e.message : String(e));

/**
 * Shows the notice on the page; where the page cannot show it (no Marsad there, a protected
 * page), the toolbar button says it instead: a ✓ or ! badge, the text as its tooltip.
 */
async function tell(tabId: number, notice: PageNotice): Promise<void> {
  try {
    await callPage(tabId, 'notify', notice);
  } catch {
    await setBadge(tabId, notice.kind === 'ok' ? '✓' : '!', notice.kind, notice.text);
  }
}

/** "Save page to Marsad": saves the tab's article and says how it went, on the page. */
export async function saveFromMenu(db: MarsadDB, tabId: number): Promise<PageNotice> {
  const lang = await interfaceLocale();
  const t = NOTICES[lang];
  let notice: PageNotice;
  try {
    const page = await pageOfTab(tabId);
    if (!page.article) notice = { kind: 'error', text: t.notArticle, lang };
    else {
      const r = await savePage(db, page.article);
      const text = r.status === 'unchanged' ? t.unchanged : (r.status === 'updated' ? t.updated : t.saved)(r.entityCount, r.statementCount);
      notice = { kind: 'ok', text, lang };
    }
  } catch (e) {
    notice = { kind: 'error', text: isStorageFull(e) ? stringsFor(lang).storageFull : t.failed(reason(e)), lang };
  }
  await tell(tabId, notice);
  return notice;
}

/**
 * "Add «…» to Marsad as …": stores the new entity (then `broadcast` tells every tab, so it is
 * highlighted at once) and says so on the page.
 */
export async function addFromMenu(db: MarsadDB, tabId: number | undefined, entity: KnowledgeEdit, broadcast: () => Promise<void>): Promise<PageNotice> {
  const lang = await interfaceLocale();
  const t = NOTICES[lang];
  const name = entity.name ?? '';
  let notice: PageNotice;
  try {
    await writing(() => db.entities.put(entity));
    notice = { kind: 'ok', text: t.added[entity.type ?? 'person'].replace('%s', name), lang };
  } catch (e) {
    notice = { kind: 'error', text: isStorageFull(e) ? stringsFor(lang).storageFull : t.addFailed(name, reason(e)), lang };
  }
  if (tabId !== undefined) await tell(tabId, notice);
  if (notice.kind === 'ok') await broadcast();
  return notice;
}

/** Asks the tab's content script for its article; injects the script first when it is not there (activeTab). */
export async function pageOfTab(tabId: number) {
  try {
    return await callPage(tabId, 'getPage');
  } catch {
    const page = await injectThenAsk(tabId, 20);
    if (page) return page;
    throw new Error('The page did not answer.');
  }
}
