/**
 * The settings adapter: lib/settings.ts's shape, kept in browser.storage.local (readable by content
 * scripts) with its version. Every reader upgrades and validates what it reads; the background
 * stores the upgraded value once when Marsad is installed or updated (upgradeStoredSettings).
 */
import { readSettings, SETTINGS_KEY, SETTINGS_VERSION, storedSettings, storedVersion, upgradeSettings, type Settings } from '../lib/settings';

async function stored(): Promise<unknown> {
  return (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
}

export async function loadSettings(): Promise<Settings> {
  return readSettings(await stored());
}

/**
 * What to store for `settings` over the stored value `old`: the settings with their version; over a
 * newer Marsad's value (after a downgrade), its own fields and version stay, ours updated in it.
 */
function toStore(settings: Settings, old: unknown): object {
  const version = storedVersion(old);
  return version > SETTINGS_VERSION ? { ...upgradeSettings(old), ...settings, version } : storedSettings(settings);
}

/** Saves a change; the rest of the stored settings stay as they are. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const old = await stored();
  const next = readSettings(storedSettings({ ...readSettings(old), ...change }));
  await browser.storage.local.set({ [SETTINGS_KEY]: toStore(next, old) });
  return next;
}

/**
 * Settings from an imported file (checked by lib/corpus/transfer.ts), saved over these: every one
 * of them but the sites the user enabled, which stay as they are here (a site needs this browser's
 * permission, given from the popup; a listed site without it would not run).
 */
export async function applyImportedSettings(imported: Settings): Promise<Settings> {
  const { userSites: _elsewhere, ...rest } = imported;
  return saveSettings(rest);
}

/**
 * Stores the settings in the current version when what is stored is older (or damaged): every valid
 * field kept, the rest at its default. A newer Marsad's value, or one already current and valid,
 * is left as it is. Returns whether it wrote.
 */
export async function upgradeStoredSettings(): Promise<boolean> {
  const old = await stored();
  if (old === undefined || storedVersion(old) > SETTINGS_VERSION) return false;
  const next = storedSettings(readSettings(old));
  if (JSON.stringify(next) === JSON.stringify(old)) return false;
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return true;
}

/** Calls `onChange` whenever the settings change (in any extension page or the options). Returns the unsubscribe. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(readSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
