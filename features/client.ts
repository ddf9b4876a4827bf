/** The browser's Marsad client for the popup and the options page (components/client.tsx), built from platform/. */
import type { MarsadClient } from '../components/client';
import { patternsForHost } from '../lib/sites/builtin';
import { downloadFile, readFileParts, readFileText } from '../platform/download';
import { callBackground } from '../platform/messaging';
import { loadSettings, saveSettings, watchSettings } from '../platform/settings';
import { analyseOnce, currentTab, enableSite, readTab } from '../platform/tabs';

export function browserClient(): MarsadClient {
  return {
    call: callBackground,
    settings: { load: loadSettings, save: saveSettings, watch: watchSettings },
    tabs: {
      current: () => currentTab(),
      read: readTab,
      analyseOnce,
      enableSite,
      forgetSite: async (host) => {
        if (browser.permissions?.remove) await browser.permissions.remove({ origins: patternsForHost(host) });
      },
    },
    files: { download: downloadFile, readText: readFileText, readParts: (file) => readFileParts(file) },
    app: {
      get version() {
        return browser.runtime.getManifest().version;
      },
      language: uiLanguage(),
      openOptions: () => void browser.runtime.openOptionsPage(),
    },
  };
}

/** The browser's interface language; navigator's where the extension API has none (tests). */
function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator !== 'undefined' ? navigator.language : undefined;
  }
}
