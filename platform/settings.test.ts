/**
 * The settings as the browser stores them: with their version, older or damaged values upgraded
 * and validated without losing a valid field, a newer Marsad's value left as it is.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from '../lib/settings';
import { loadSettings, saveSettings, upgradeStoredSettings, watchSettings } from './settings';

/** Settings as versions 0 and 1 stored them: every field but the ones version 2 added. */
const OLD: Omit<Settings, 'paintOwnEntities'> = {
  colors: { person: '#ff8800', organization: '#123456', place: 'gold' },
  types: { person: true, organization: false, place: true },
  highlight: 'first',
  disabledSites: ['bbc.com'],
  userSites: ['news.example.com'],
  autoSave: true,
  language: 'ar',
};
/** The old settings read now: the user's own names not painted until the user chooses. */
const OLD_NOW: Settings = { ...OLD, paintOwnEntities: false };
const MINE: Settings = { ...OLD, paintOwnEntities: true };

const store = (value: unknown) => browser.storage.local.set({ [SETTINGS_KEY]: value });
const raw = async () => (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown> | undefined;

beforeEach(() => fakeBrowser.reset());
afterEach(() => fakeBrowser.reset());

describe('saving', () => {
  it('stores the settings with their version', async () => {
    await saveSettings({ language: 'en' });
    expect(await raw()).toEqual({ version: SETTINGS_VERSION, ...DEFAULT_SETTINGS, language: 'en' });
  });

  it('over settings stored without a version, keeps every one of them and adds the version', async () => {
    await store(OLD);
    await saveSettings({ autoSave: false });
    expect(await raw()).toEqual({ version: SETTINGS_VERSION, ...OLD_NOW, autoSave: false });
  });

  it('over a newer Marsad’s settings, keeps its fields and its version', async () => {
    const newer = { ...MINE, version: SETTINGS_VERSION + 1, theme: 'dark' };
    await store(newer);
    await saveSettings({ language: 'en' });
    expect(await raw()).toEqual({ ...newer, language: 'en' });
  });
});

describe('upgrading what is stored (when Marsad is installed or updated)', () => {
  it('stores settings from before versions (25a01c3…36b69d2) in the current version, every field kept', async () => {
    await store(JSON.parse(JSON.stringify(OLD)));
    expect(await upgradeStoredSettings()).toBe(true);
    expect(await raw()).toEqual({ version: SETTINGS_VERSION, ...OLD_NOW });
    expect(await loadSettings()).toEqual(OLD_NOW);
    // Once done, nothing more to do.
    expect(await upgradeStoredSettings()).toBe(false);
  });

  it('stores version-1 settings as version 2: every field kept, the user’s own names not painted until the user says so', async () => {
    await store({ version: 1, ...OLD });
    expect(await loadSettings()).toEqual(OLD_NOW);
    expect(await upgradeStoredSettings()).toBe(true);
    expect(await raw()).toEqual({ version: 2, ...OLD_NOW });
    await saveSettings({ paintOwnEntities: true });
    expect(await loadSettings()).toEqual({ ...OLD, paintOwnEntities: true });
  });

  it('stores a damaged value validated: the valid fields kept, the others at their defaults, nothing thrown', async () => {
    await store({ ...MINE, colors: { ...MINE.colors, person: 'red;background:url(x)' }, highlight: 42, userSites: 'news.example.com', junk: true });
    await expect(loadSettings()).resolves.toEqual({ ...MINE, colors: { ...MINE.colors, person: DEFAULT_SETTINGS.colors.person }, highlight: 'every', userSites: [] });
    expect(await upgradeStoredSettings()).toBe(true);
    expect(await raw()).toEqual({ version: SETTINGS_VERSION, ...MINE, colors: { ...MINE.colors, person: DEFAULT_SETTINGS.colors.person }, highlight: 'every', userSites: [] });
  });

  it('replaces a value that is not settings at all with the defaults', async () => {
    for (const bad of ['settings', 42, [MINE], {}]) {
      await store(bad);
      await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
      expect(await upgradeStoredSettings(), JSON.stringify(bad)).toBe(true);
      expect(await raw()).toEqual({ version: SETTINGS_VERSION, ...DEFAULT_SETTINGS });
    }
  });

  it('writes nothing when nothing is stored, when the settings are current, or when a newer Marsad stored them', async () => {
    expect(await upgradeStoredSettings()).toBe(false);
    expect(await raw()).toBeUndefined();
    await saveSettings({ language: 'ar' });
    expect(await upgradeStoredSettings()).toBe(false);
    const newer = { ...MINE, version: SETTINGS_VERSION + 1, theme: 'dark' };
    await store(newer);
    expect(await upgradeStoredSettings()).toBe(false);
    expect(await raw()).toEqual(newer);
  });
});

describe('watching', () => {
  it('gives every page the settings of a stored value of any version', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await store(MINE);
    await store({ version: SETTINGS_VERSION, ...MINE, language: 'en' });
    stop();
    expect(seen).toEqual([MINE, { ...MINE, language: 'en' }]);
  });
});
