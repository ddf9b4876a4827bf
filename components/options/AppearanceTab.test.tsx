/** The appearance tab: colours with a live preview, types on and off, every/first mention, one's own names painted or not, language; all saved at once. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarsadDB } from '../../lib/corpus/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { loadSettings, saveSettings } from '../../platform/settings';
import { contrastWithText, toHexColor } from './AppearanceTab';
import { endTest, startTest, byLabel, byText, change, click, mount, waitFor, type Mounted } from './test-helpers';
import { act } from 'preact/test-utils';

let db: MarsadDB;
let page: Mounted;

beforeEach(() => {
  db = startTest();
});

afterEach(async () => {
  await endTest(db, page);
});

const marks = (c: HTMLElement) => [...c.querySelectorAll<HTMLElement>('[data-testid="preview"] mark')];

describe('appearance', () => {
  it('previews a colour while it is picked and saves it when chosen', async () => {
    page = await mount(db, 'appearance');
    const c = page.container;
    const picker = byLabel<HTMLInputElement>(c, 'Colour for people');
    expect(picker.value).toBe(DEFAULT_SETTINGS.colors.person);
    await act(async () => {
      picker.value = '#ff8800';
      picker.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const person = marks(c).filter((m) => m.dataset['type'] === 'person');
    expect(person.length).toBe(2);
    expect(person.every((m) => m.style.backgroundColor === '#ff8800' || m.style.backgroundColor === 'rgb(255, 136, 0)')).toBe(true);
    expect((await loadSettings()).colors.person).toBe(DEFAULT_SETTINGS.colors.person);
    await change(picker);
    await waitFor(async () => expect((await loadSettings()).colors).toEqual({ ...DEFAULT_SETTINGS.colors, person: '#ff8800' }));
  });

  it('warns when highlighted text would be hard to read', async () => {
    page = await mount(db, 'appearance');
    const picker = byLabel<HTMLInputElement>(page.container, 'Colour for places');
    await act(async () => {
      picker.value = '#202020';
      picker.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(page.container.textContent).toContain('Text may be hard to read on this colour');
  });

  it('restores the default colours', async () => {
    await saveSettings({ colors: { person: '#000000', organization: '#111111', place: '#222222' } });
    page = await mount(db, 'appearance');
    await click(byText(page.container, 'button', 'Restore the default colours'));
    await waitFor(async () => expect((await loadSettings()).colors).toEqual(DEFAULT_SETTINGS.colors));
    await waitFor(() => expect(byLabel<HTMLInputElement>(page.container, 'Colour for people').value).toBe(DEFAULT_SETTINGS.colors.person));
  });

  it('turns a type off: saved, and no longer highlighted in the preview', async () => {
    page = await mount(db, 'appearance');
    const c = page.container;
    expect(marks(c).some((m) => m.dataset['type'] === 'place')).toBe(true);
    await click(byLabel(c, 'Highlight places'));
    await waitFor(() => expect(marks(c).some((m) => m.dataset['type'] === 'place')).toBe(false));
    expect((await loadSettings()).types).toEqual({ person: true, organization: true, place: false });
  });

  it('highlights the first mention only: saved, and the preview marks each entity once', async () => {
    page = await mount(db, 'appearance');
    const c = page.container;
    expect(marks(c)).toHaveLength(6);
    await click(byLabel(c, 'The first mention only'));
    await waitFor(() => expect(marks(c)).toHaveLength(4));
    expect((await loadSettings()).highlight).toBe('first');
  });

  it('paints your own names in pages only when you choose so, and says why it is off', async () => {
    page = await mount(db, 'appearance');
    const c = page.container;
    const box = byLabel<HTMLInputElement>(c, 'Highlight my own entities and the names I added in pages');
    expect(box.checked).toBe(false);
    expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toMatch(/a page can read what Marsad highlights/);
    await click(box);
    await waitFor(async () => expect((await loadSettings()).paintOwnEntities).toBe(true));
    await click(box);
    await waitFor(async () => expect((await loadSettings()).paintOwnEntities).toBe(false));
  });

  it('switches the interface to Arabic, right to left, and back', async () => {
    page = await mount(db, 'appearance');
    const c = page.container;
    await click(byLabel(c, 'العربية'));
    await waitFor(() => expect(c.querySelector('.options')!.getAttribute('dir')).toBe('rtl'));
    expect(c.querySelector('.options')!.getAttribute('lang')).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(byText(c, '[role="tab"]', 'المظهر').getAttribute('aria-selected')).toBe('true');
    expect((await loadSettings()).language).toBe('ar');
    await click(byLabel(c, 'English'));
    await waitFor(() => expect(c.querySelector('.options')!.getAttribute('dir')).toBe('ltr'));
    await click(byLabel(c, 'The browser’s language'));
    await waitFor(async () => expect((await loadSettings()).language).toBe('auto'));
  });

  it('follows the browser when the language is "auto"', async () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('ar-EG');
    page = await mount(db, 'appearance');
    expect(page.container.querySelector('.options')!.getAttribute('dir')).toBe('rtl');
    expect(page.container.textContent).toContain('لغة الواجهة');
  });
});

describe('colour helpers', () => {
  it('gives the colour picker a #rrggbb value', () => {
    expect(toHexColor('#ABC', '#000000')).toBe('#aabbcc');
    expect(toHexColor('#FFD54F', '#000000')).toBe('#ffd54f');
    expect(toHexColor('rgb(1, 2, 3)', '#a5d6a7')).toBe('#a5d6a7');
  });

  it('measures the contrast of the text on a colour', () => {
    expect(contrastWithText('#ffffff')).toBeGreaterThan(15);
    expect(contrastWithText('#202020')).toBeLessThan(1.5);
    for (const c of Object.values(DEFAULT_SETTINGS.colors)) expect(contrastWithText(c)).toBeGreaterThanOrEqual(4.5);
  });
});
