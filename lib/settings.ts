/**
 * The user's settings: their shape, defaults, and a validating merge (a damaged or old stored
 * value never breaks the extension: unknown keys are dropped, bad values fall back to defaults).
 * Stored in browser.storage.local under SETTINGS_KEY, where content scripts can read it.
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
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  colors: { person: '#ffd54f', organization: '#90caf9', place: '#a5d6a7' },
  types: { person: true, organization: true, place: true },
  highlight: 'every',
  disabledSites: [],
  userSites: [],
  autoSave: false,
  language: 'auto',
});

const COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\)|[a-z]{3,20})$/i;
/** A host name: dot-separated labels of letters, digits and inner hyphens; a TLD of letters or punycode (xn--, e.g. Arabic ccTLDs). */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,}|xn--[a-z0-9-]*[a-z0-9])$/i;

function strings(v: unknown, valid: (s: string) => boolean): string[] {
  return Array.isArray(v) ? [...new Set(v.filter((s): s is string => typeof s === 'string' && valid(s)))] : [];
}

/** Reads a stored value into complete, valid settings. */
export function readSettings(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
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
  };
}
