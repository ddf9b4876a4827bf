/**
 * The user's settings: their shape, defaults, their stored versions, and a validating merge (a
 * damaged or old stored value never breaks the extension: an older version is upgraded, unknown
 * keys are dropped, bad values fall back to defaults field by field). Stored in
 * browser.storage.local under SETTINGS_KEY, where content scripts can read it, with the version of
 * their shape (`version`): a change of the stored shape is a new version with its upgrade here.
 */
import type { EntityType } from './knowledge/types';

export const SETTINGS_KEY = 'marsad:settings';

export type HighlightMode = 'every' | 'first';
export type UiLanguage = 'auto' | 'ar' | 'en';

export interface Settings {
  /** Highlight colour per entity type (CSS colour). */
  colors: Record<EntityType, string>;
  /** Which types are highlighted. */
  types: Record<EntityType, boolean>;
  /** Highlight every mention, or the first mention of each entity only. */
  highlight: HighlightMode;
  /** Built-in sites the user turned off (site ids). */
  disabledSites: string[];
  /** Hosts the user enabled Marsad on ("Enable on this site"); each needs its host permission. */
  userSites: string[];
  /** Save every Arabic news article opened on an enabled site. Off by default. */
  autoSave: boolean;
  /** Interface language: the browser's, or fixed. */
  language: UiLanguage;
  /**
   * Paint the user's own entities, and the names the user added to built-in ones, in pages. Off by
   * default: a page can read what the Highlight API paints (CSS.highlights), and those names say
   * what the user researches. Off, they are listed in the popup but not painted in the page.
   */
  paintOwnEntities: boolean;
}

/** The stored shape's version. */
export const SETTINGS_VERSION = 2;

/** The settings as stored: with the version of their shape. */
export type StoredSettings = Settings & { version: number };

type Raw = Record<string, unknown>;

/**
 * Upgrades, by the version each produces from the one before. Version 0 is the settings stored
 * without a version (25a01c3 to 36b69d2): the fields of version 1, which only adds the number.
 * Version 2 adds `paintOwnEntities`; a value of version 1 has none, which reads as its default
 * (off): the user's own names stop being painted where the page can read them until the user
 * chooses to paint them.
 */
const UPGRADES: Record<number, (old: Raw) => Raw> = {
  1: (v0) => v0,
  2: (v1) => v1,
};

/** The version a stored value says it has: 0 when it says none (or nothing sensible). */
export function storedVersion(stored: unknown): number {
  const v = stored && typeof stored === 'object' ? (stored as Raw)['version'] : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * A stored value brought to the current version's shape (not yet validated). A value from a newer
 * Marsad (a version above ours) is read as it is, field by field, as far as this one understands it.
 */
export function upgradeSettings(stored: unknown): Raw {
  let s: Raw = stored && typeof stored === 'object' && !Array.isArray(stored) ? { ...(stored as Raw) } : {};
  for (let v = storedVersion(stored) + 1; v <= SETTINGS_VERSION; v++) s = UPGRADES[v]!(s);
  return s;
}

/** What to store for `settings`: the settings with their version. */
export function storedSettings(settings: Settings): StoredSettings {
  return { version: SETTINGS_VERSION, ...settings };
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  colors: { person: '#ffd54f', organization: '#90caf9', place: '#a5d6a7' },
  types: { person: true, organization: true, place: true },
  highlight: 'every',
  disabledSites: [],
  userSites: [],
  autoSave: false,
  language: 'auto',
  paintOwnEntities: false,
});

const COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\)|[a-z]{3,20})$/i;
/** A host name: dot-separated labels of letters, digits and inner hyphens; a TLD of letters or punycode (xn--, e.g. Arabic ccTLDs). */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,}|xn--[a-z0-9-]*[a-z0-9])$/i;

function strings(v: unknown, valid: (s: string) => boolean): string[] {
  return Array.isArray(v) ? [...new Set(v.filter((s): s is string => typeof s === 'string' && valid(s)))] : [];
}

/** Reads a stored value of any version (or none) into complete, valid settings. */
export function readSettings(stored: unknown): Settings {
  const s = upgradeSettings(stored);
  const d = DEFAULT_SETTINGS;
  const colors = (s['colors'] ?? {}) as Record<string, unknown>;
  const types = (s['types'] ?? {}) as Record<string, unknown>;
  const color = (t: EntityType) => (typeof colors[t] === 'string' && COLOR.test(colors[t] as string) ? (colors[t] as string) : d.colors[t]);
  const on = (t: EntityType) => (typeof types[t] === 'boolean' ? (types[t] as boolean) : d.types[t]);
  return {
    colors: { person: color('person'), organization: color('organization'), place: color('place') },
    types: { person: on('person'), organization: on('organization'), place: on('place') },
    highlight: s['highlight'] === 'first' ? 'first' : 'every',
    disabledSites: strings(s['disabledSites'], (x) => x.length > 0 && x.length < 200),
    userSites: strings(s['userSites'], (x) => HOST.test(x)),
    autoSave: s['autoSave'] === true,
    language: s['language'] === 'ar' || s['language'] === 'en' ? s['language'] : 'auto',
    paintOwnEntities: s['paintOwnEntities'] === true,
  };
}

/**
 * The fields of a value of settings that readSettings would have to replace (a wrong type, a
 * colour that is none, a host that is no host...): none for a valid value. A field it lacks is no
 * problem (an older version's value lacks the newer fields), nor is one it does not know (a newer
 * Marsad's). Not an object at all: ['settings'].
 */
export function settingsProblems(value: unknown): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return ['settings'];
  const raw = upgradeSettings(value);
  const read = readSettings(value) as unknown as Raw;
  const problems: string[] = [];
  if (raw['version'] !== undefined && storedVersion(raw) !== raw['version']) problems.push('version');
  for (const key of Object.keys(DEFAULT_SETTINGS)) {
    const v = raw[key];
    if (v === undefined) continue;
    if (key === 'colors' || key === 'types') {
      // Per entity type: only the types the value gives.
      if (!v || typeof v !== 'object' || Array.isArray(v)) problems.push(key);
      else for (const [type, x] of Object.entries(v)) if ((read[key] as Raw)[type] !== x) problems.push(`${key}.${type}`);
    } else if (JSON.stringify(v) !== JSON.stringify(read[key])) problems.push(key);
  }
  return problems;
}
