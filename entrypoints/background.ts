import { writing } from '../lib/corpus/errors';
import { openCorpus } from '../lib/corpus/schema';
import { onMessage } from '../lib/messages';
import { SETTINGS_KEY } from '../lib/settings';
import * as corpus from '../features/background/corpus-handlers';
import { addDiscovered } from '../features/background/add-discovered';
import { broadcastKnowledge } from '../features/background/broadcast';
import { addFromMenu, createMenus, entityFromMenu, MENU_SAVE, saveFromMenu } from '../features/background/menus';
import { syncUserSites } from '../features/background/user-sites';

export default defineBackground(() => {
  // The corpus lives in the extension's origin. The handle is reopened after the worker restarts;
  // no other state is kept between messages.
  const db = openCorpus();

  const action = browser.action ?? browser.browserAction;

  onMessage('savePage', ({ data }) => corpus.savePage(db, data));
  onMessage('removePage', ({ data }) => corpus.removePage(db, data));
  onMessage('pageStatus', ({ data }) => corpus.pageStatus(db, data));
  onMessage('entityCards', ({ data }) => corpus.entityCards(db, data));
  onMessage('history', ({ data }) => corpus.history(db, data));
  onMessage('overview', ({ data }) => corpus.overview(db, data));
  onMessage('importCorpus', ({ data }) => corpus.importCorpus(db, data.text));
  onMessage('knowledgeEdits', () => db.entities.toArray());
  onMessage('editKnowledge', async ({ data }) => {
    await writing(() => db.entities.put(data));
    await broadcastKnowledge();
  });
  onMessage('addDiscovered', ({ data }) => addDiscovered(db, data, broadcastKnowledge));
  onMessage('pageAnalysed', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await action.setBadgeBackgroundColor({ tabId, color: '#1a7f37' });
    await action.setBadgeText({ tabId, text: data.entityCount > 0 ? String(data.entityCount) : '' });
  });
  onMessage('startAnalyser', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/analyser.js'] });
  });
  onMessage('openHistory', async ({ data }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?entity=${encodeURIComponent(data.entityId)}`) });
  });

  browser.runtime.onInstalled.addListener(() => {
    void createMenus();
    void syncUserSites();
  });
  browser.runtime.onStartup.addListener(() => void syncUserSites());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void syncUserSites();
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === MENU_SAVE) {
      if (tab?.id !== undefined) await saveFromMenu(db, tab.id);
      return;
    }
    const entity = entityFromMenu(info.menuItemId, info.selectionText);
    if (entity) await addFromMenu(db, tab?.id, entity, broadcastKnowledge);
  });
});
