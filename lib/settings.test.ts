/**
 * The user's settings (lib/settings.ts): defaults, and a stored value read field by field, so a
 * damaged or old value falls back to the default for that field only.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY, SETTINGS_VERSION, storedSettings, storedVersion, upgradeSettings, type Settings } from './settings';

const VALID: Settings = {
  colors: { person: '#ff8800', organization: 'rgb(10, 20, 30)', place: 'hsl(120deg, 50%, 40%)' },
  types: { person: false, organization: true, place: false },
  highlight: 'first',
  disabledSites: ['aljazeera.net', 'bbc.com'],
  userSites: ['news.example.com', 'example.org'],
  autoSave: true,
  language: 'ar',
  paintOwnEntities: true,
};

describe('defaults', () => {
  it('are complete and sensible', () => {
    expect(SETTINGS_KEY).toBe('marsad:settings');
    expect(DEFAULT_SETTINGS).toEqual({
      colors: { person: expect.stringMatching(/^#[0-9a-f]{6}$/i), organization: expect.stringMatching(/^#[0-9a-f]{6}$/i), place: expect.stringMatching(/^#[0-9a-f]{6}$/i) },
      types: { person: true, organization: true, place: true },
      highlight: 'every',
      disabledSites: [],
      userSites: [],
      autoSave: false,
      language: 'auto',
      // The page can read what is painted: the user's own names are not painted unless the user chooses.
      paintOwnEntities: false,
    });
    // Each type its own colour.
    expect(new Set(Object.values(DEFAULT_SETTINGS.colors)).size).toBe(3);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });

  it('are what nothing stored, or something that is not an object, reads as', () => {
    for (const stored of [undefined, null, '', 'settings', 42, true, [], [1, 2], {}]) {
      expect(readSettings(stored), JSON.stringify(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('are copied, not shared: changing what readSettings returned leaves the defaults alone', () => {
    const s = readSettings(undefined);
    s.colors.person = '#000000';
    s.disabledSites.push('x.example');
    s.types.place = false;
    expect(readSettings(undefined)).toEqual(readSettings({}));
    expect(readSettings(undefined).colors.person).not.toBe('#000000');
    expect(readSettings(undefined).disabledSites).toEqual([]);
    expect(readSettings(undefined).types.place).toBe(true);
  });
});

describe('readSettings keeps valid values', () => {
  it('returns a fully valid stored value as it is', () => {
    expect(readSettings(VALID)).toEqual(VALID);
    // Through storage (structured clone / JSON) too.
    expect(readSettings(JSON.parse(JSON.stringify(VALID)))).toEqual(VALID);
  });

  it('accepts the colour forms a colour input or a user gives', () => {
    for (const c of ['#abc', '#AABBCC', '#aabbcc80', 'rgba(0, 0, 0, 0.5)', 'rgb(100%, 0%, 0%)', 'hsla(200, 40%, 50%, .3)', 'gold', 'rebeccapurple']) {
      expect(readSettings({ colors: { person: c } }).colors.person, c).toBe(c);
    }
  });

  it('keeps each of the other choices', () => {
    expect(readSettings({ highlight: 'first' }).highlight).toBe('first');
    expect(readSettings({ highlight: 'every' }).highlight).toBe('every');
    expect(readSettings({ language: 'en' }).language).toBe('en');
    expect(readSettings({ language: 'ar' }).language).toBe('ar');
    expect(readSettings({ language: 'auto' }).language).toBe('auto');
    expect(readSettings({ autoSave: true }).autoSave).toBe(true);
    expect(readSettings({ autoSave: false }).autoSave).toBe(false);
    expect(readSettings({ paintOwnEntities: true }).paintOwnEntities).toBe(true);
    expect(readSettings({ paintOwnEntities: false }).paintOwnEntities).toBe(false);
    expect(readSettings({ types: { organization: false } }).types).toEqual({ person: true, organization: false, place: true });
  });
});

describe('readSettings falls back per field on a damaged value', () => {
  it('drops unknown keys', () => {
    const s = readSettings({ ...VALID, theme: 'dark', __proto__x: 1, colors: { ...VALID.colors, weapon: '#000' }, types: { ...VALID.types, event: true } });
    expect(s).toEqual(VALID);
    expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(Object.keys(s.colors).sort()).toEqual(['organization', 'person', 'place']);
    expect(Object.keys(s.types).sort()).toEqual(['organization', 'person', 'place']);
  });

  it('replaces a colour that is not a colour (CSS injection included), and only that colour', () => {
    for (const bad of [
      'red;background:url(x)',
      'red; background: url(https://evil.example/t.png)',
      'url(x)x',
      'expression(alert(1))',
      '#ggg',
      '#12',
      '',
      '   ',
      'rgb(1,2,3);color:red',
      '#fff}body{display:none',
      'var(--x)',
      'a'.repeat(40),
    ]) {
      const s = readSettings({ colors: { person: bad, organization: VALID.colors.organization, place: VALID.colors.place } });
      expect(s.colors.person, bad).toBe(DEFAULT_SETTINGS.colors.person);
      expect(s.colors.organization).toBe(VALID.colors.organization);
      expect(s.colors.place).toBe(VALID.colors.place);
    }
    for (const bad of [42, null, true, ['#fff'], { r: 1 }]) {
      expect(readSettings({ colors: { place: bad } }).colors.place).toBe(DEFAULT_SETTINGS.colors.place);
    }
  });

  it('replaces values of the wrong type field by field', () => {
    const s = readSettings({
      colors: '#ff0000',
      types: { person: 'yes', organization: 0, place: false },
      highlight: 'sometimes',
      disabledSites: 'aljazeera.net',
      userSites: { host: 'example.com' },
      autoSave: 'true',
      language: 'fr',
    });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, types: { person: true, organization: true, place: false } });
    expect(readSettings({ colors: null, types: null, highlight: null, language: null, autoSave: 1 })).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ colors: ['#fff'], types: [false, false, false] })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the other fields when one is damaged', () => {
    expect(readSettings({ ...VALID, highlight: 42 })).toEqual({ ...VALID, highlight: 'every' });
    expect(readSettings({ ...VALID, language: 'de' })).toEqual({ ...VALID, language: 'auto' });
    expect(readSettings({ ...VALID, autoSave: 'yes' })).toEqual({ ...VALID, autoSave: false });
    expect(readSettings({ ...VALID, paintOwnEntities: 'yes' })).toEqual({ ...VALID, paintOwnEntities: false });
    expect(readSettings({ ...VALID, colors: 'blue' })).toEqual({ ...VALID, colors: DEFAULT_SETTINGS.colors });
    expect(readSettings({ ...VALID, userSites: null })).toEqual({ ...VALID, userSites: [] });
  });

  it('keeps the valid entries of a site list and drops the rest, without duplicates', () => {
    const s = readSettings({
      disabledSites: ['aljazeera.net', 42, '', 'aljazeera.net', null, 'x'.repeat(300), 'bbc.com'],
      userSites: [
        'news.example.com',
        'https://example.com',
        'example.com/path',
        'example.com:8080',
        '*.example.com',
        'localhost',
        'exa mple.com',
        '',
        'example',
        'news.example.com',
        'evil.com/<script>',
        '..com',
        '.example.com',
        'example..com',
        '-bad.example.com',
        'bad-.example.com',
        42,
        'sub.news.example.co.uk',
        'xn--mgbh0fb.xn--wgbh1c',
      ],
    });
    expect(s.disabledSites).toEqual(['aljazeera.net', 'bbc.com']);
    // Empty labels and labels starting or ending with a hyphen are not host names (their match patterns would be invalid).
    expect(s.userSites).toEqual(['news.example.com', 'sub.news.example.co.uk', 'xn--mgbh0fb.xn--wgbh1c']);
  });
});

describe('the stored settings carry their version', () => {
  it('are stored with the current version, and read back as they were', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(storedSettings(VALID)).toEqual({ version: 2, ...VALID });
    expect(readSettings(storedSettings(VALID))).toEqual(VALID);
    expect(readSettings(JSON.parse(JSON.stringify(storedSettings(VALID))))).toEqual(VALID);
    // The version is the stored value's, not a setting.
    expect(readSettings(storedSettings(VALID))).not.toHaveProperty('version');
  });

  it('reads settings stored before they had a version (25a01c3…36b69d2) as version 0, and loses none of them', () => {
    // Exactly what those builds stored: the settings object, no version.
    const unversioned = JSON.parse(JSON.stringify(VALID)) as Record<string, unknown>;
    expect(storedVersion(unversioned)).toBe(0);
    expect(upgradeSettings(unversioned)).toEqual(VALID);
    expect(readSettings(unversioned)).toEqual(VALID);
  });

  it('reads version-1 settings (before paintOwnEntities) with every field kept and the user’s own names not painted', () => {
    const { paintOwnEntities: _, ...v1 } = VALID;
    expect(readSettings({ version: 1, ...v1 })).toEqual({ ...VALID, paintOwnEntities: false });
  });

  it('treats a version that is not a whole number of zero or more as none, and still reads the fields', () => {
    for (const version of ['1', -1, 1.5, null, NaN, Infinity, {}, [1]]) {
      expect(storedVersion({ ...VALID, version }), String(version)).toBe(0);
      expect(readSettings({ ...VALID, version }), String(version)).toEqual(VALID);
    }
    for (const stored of [undefined, null, 'settings', 42, [VALID]]) {
      expect(storedVersion(stored)).toBe(0);
      expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('reads a newer Marsad’s settings field by field, as far as it understands them, without changing its version', () => {
    const newer = { ...VALID, version: SETTINGS_VERSION + 1, theme: 'dark', highlight: 'hover' };
    expect(storedVersion(newer)).toBe(SETTINGS_VERSION + 1);
    expect(upgradeSettings(newer)).toEqual(newer);
    expect(readSettings(newer)).toEqual({ ...VALID, highlight: 'every' });
  });

  it('does not change the stored value it reads', () => {
    const unversioned = JSON.parse(JSON.stringify(VALID)) as Record<string, unknown>;
    const copy = structuredClone(unversioned);
    upgradeSettings(unversioned);
    readSettings(unversioned);
    expect(unversioned).toEqual(copy);
  });
});
