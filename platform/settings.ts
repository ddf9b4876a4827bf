/** The settings adapter: lib/settings.ts's shape, kept in browser.storage.local (readable by content scripts). */
import { readSettings, SETTINGS_KEY, type Settings } from '../lib/settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

/** Saves a change; the rest of the stored settings stay as they are. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = readSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `onChange` whenever the settings change (in any extension page or the options). Returns the unsubscribe. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(readSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
