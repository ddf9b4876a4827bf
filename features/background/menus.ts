/** The context menu: save the page; add a selected name to the knowledge base as a person, organisation or place. */
import type { Gazetteer } from '../../lib/knowledge/matcher';
import type { EntityType } from '../../lib/knowledge/types';
import { userEntityId, type KnowledgeEdit } from '../../lib/knowledge/user';
import { localeOf, resolveLocale, stringsFor, type Locale } from '../../lib/i18n/strings';
import { MENU_NOTICES, MENU_TITLES } from '../../lib/i18n/menus';
import { fieldErrorText, optionsStrings } from '../../lib/i18n/options';
import type { FieldError } from '../../lib/knowledge/catalogue';
import { builtinIds } from '../../lib/knowledge/builtin';
import { checkEdit } from '../../lib/knowledge/edit';
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

export async function createMenus(): Promise<void> {
  const t = MENU_TITLES[localeOf(browser.i18n.getUILanguage())];
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE, title: t.save, contexts: ['page'] });
  for (const type of ['person', 'organization', 'place'] as const) {
    browser.contextMenus.create({ id: MENU_ADD[type], title: t[type], contexts: ['selection'] });
  }
}

/** What "Add «…» to Marsad" makes of the selection: the entity, or why it is not a name the knowledge base takes. */
export type MenuAdd = { entity: KnowledgeEdit } | { name: string; refused: FieldError };

/**
 * The entity a menu item adds, checked as every door checks a record (lib/knowledge/edit.ts, with
 * the options form's own validator: Arabic letters, not a common word alone such as «على» or
 * «الرئيس», not a letter alone such as «و», not too long); undefined when the item is not an add
 * item or nothing is selected.
 */
export function entityFromMenu(menuItemId: string | number, selection: string | undefined, now = new Date()): MenuAdd | undefined {
  const type = (Object.keys(MENU_ADD) as EntityType[]).find((k) => MENU_ADD[k] === menuItemId);
  if (!type || !selection?.trim()) return undefined;
  const name = selection.replace(/\s+/g, ' ').trim();
  const record: KnowledgeEdit = { id: userEntityId(type, name, now.getTime()), origin: 'user', type, name, nameEn: '', aliases: [], updatedAt: now.toISOString() };
  // The check every door uses (lib/knowledge/edit.ts), which runs the form's validator on the name.
  const checked = checkEdit(record, builtinIds(), now);
  if (checked.edit) return { entity: checked.edit };
  const refused = checked.problems.find((p) => p.code === 'field');
  return { name, refused: refused?.code === 'field' ? refused.error : { field: 'name', code: 'required' } };
}

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
export async function saveFromMenu(db: MarsadDB, tabId: number, gazetteer?: () => Promise<Gazetteer>): Promise<PageNotice> {
  const lang = await interfaceLocale();
  const t = MENU_NOTICES[lang];
  let notice: PageNotice;
  try {
    const page = await pageOfTab(tabId);
    if (!page.article) notice = { kind: 'error', text: t.notArticle, lang };
    else {
      const r = await savePage(db, page.article, await gazetteer?.());
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
 * known at once, and highlighted if the user chose to paint their own names) and says so on the page; a selection the validator refused is not stored,
 * and the notice says why in the options form's words.
 */
export async function addFromMenu(db: MarsadDB, tabId: number | undefined, add: MenuAdd, broadcast: () => Promise<void>): Promise<PageNotice> {
  const lang = await interfaceLocale();
  const t = MENU_NOTICES[lang];
  if ('refused' in add) {
    const notice: PageNotice = { kind: 'error', text: t.refused(add.name, fieldErrorText(optionsStrings(lang), add.refused)), lang };
    if (tabId !== undefined) await tell(tabId, notice);
    return notice;
  }
  const { entity } = add;
  const name = entity.name ?? '';
  // Not painted in pages unless the user chose so: the notice says why it is not highlighted.
  const { paintOwnEntities } = await loadSettings();
  let notice: PageNotice;
  try {
    await writing(() => db.entities.put(entity));
    const added = t.added[entity.type ?? 'person'].replace('%s', name);
    notice = { kind: 'ok', text: paintOwnEntities ? added : `${added} ${stringsFor(lang).ownNotPainted}`, lang };
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
