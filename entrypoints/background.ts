import { openCorpus } from '../lib/corpus/schema';
import { SETTINGS_KEY } from '../lib/settings';
import { knowledgeChanged } from '../features/background/broadcast';
import { KnowledgeEngine } from '../features/background/engine';
import { backgroundHandlers } from '../features/background/handlers';
import { serveBackground } from '../platform/messaging';
import { upgradeStoredSettings } from '../platform/settings';
import { addFromMenu, createMenus, entityFromMenu, MENU_SAVE, saveFromMenu } from '../features/background/menus';
import { syncUserSites } from '../features/background/user-sites';
import { undoPending } from '../features/background/uploads';

export default defineBackground(() => {
  // The corpus lives in the extension's origin. The handle is reopened after the worker restarts;
  // the knowledge base compiled for the pages is the only other state kept between messages.
  const db = openCorpus();
  const engine = new KnowledgeEngine(db);

  serveBackground(backgroundHandlers(db, engine));
  // A corpus import this worker did not finish (it stopped in the middle) is undone: the archive
  // is as it was before it (features/background/uploads.ts).
  void undoPending(db);

  browser.runtime.onInstalled.addListener(() => {
    void createMenus();
    // Settings an older Marsad stored are stored again in the current version.
    void upgradeStoredSettings();
    void syncUserSites();
  });
  browser.runtime.onStartup.addListener(() => void syncUserSites());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void syncUserSites();
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === MENU_SAVE) {
      if (tab?.id !== undefined) await saveFromMenu(db, tab.id, () => engine.gazetteer());
      return;
    }
    const add = entityFromMenu(info.menuItemId, info.selectionText);
    if (add) await addFromMenu(db, tab?.id, add, knowledgeChanged(engine));
  });
});
