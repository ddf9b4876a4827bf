/**
 * Marsad's colours, one set for the popup, the options page, the in-page card and the notice: CSS
 * custom properties for light and dark, declared on a selector of the caller's choosing (`:root`
 * for an extension page; an element inside the shadow root for what Marsad shows in a web page,
 * where the page's own rules cannot reach). Each foreground pairs with its background at 4.5:1 or more.
 */

const LIGHT = {
  bg: '#ffffff',
  fg: '#1a1a1a',
  /** Secondary text: 7.4:1 on white. */
  muted: '#555555',
  /** Panels, buttons and cards on the page's background. */
  surface: '#f6f7f9',
  border: '#c9ccd1',
  /** Form fields' edges: 4.5:1 on white (WCAG's contrast for controls). */
  field: '#767676',
  /** Links, selected and primary controls: 6.7:1 on white. */
  accent: '#0b5cad',
  'accent-fg': '#ffffff',
  danger: '#b3261e',
  'ok-fg': '#14532d',
  'ok-bg': '#e3f3e6',
  'error-fg': '#8a1c14',
  'error-bg': '#fdecea',
  /** A name Marsad found that the knowledge base lacks. */
  'found-fg': '#5b3a00',
  'found-bg': '#fff4d6',
  focus: '#d4580a',
  /** The in-page notice stays dark in both schemes (it sits on any page). */
  'notice-bg': '#1f2328',
  'notice-fg': '#ffffff',
  'notice-ok': '#2da44e',
  'notice-error': '#cf222e',
};

type Palette = Record<keyof typeof LIGHT, string>;

const DARK: Palette = {
  bg: '#16181c',
  fg: '#ececec',
  muted: '#b4b8bf',
  surface: '#1f2227',
  border: '#3d424a',
  field: '#9aa0a6',
  accent: '#7db4f0',
  'accent-fg': '#0b1420',
  danger: '#ff8a80',
  'ok-fg': '#b9ecc8',
  'ok-bg': '#173222',
  'error-fg': '#ffc9c3',
  'error-bg': '#3a1715',
  'found-fg': '#ffe2a8',
  'found-bg': '#4a3b12',
  focus: '#ffb454',
  'notice-bg': '#1f2328',
  'notice-fg': '#ffffff',
  'notice-ok': '#2da44e',
  'notice-error': '#cf222e',
};

const declarations = (p: Palette) =>
  Object.entries(p)
    .map(([name, value]) => `--marsad-${name}: ${value};`)
    .join(' ');

/** The colour properties (`--marsad-fg`, `--marsad-accent`, …) declared on `selector`, light and dark. */
export function themeRules(selector: string): string {
  return `${selector} { color-scheme: light dark; ${declarations(LIGHT)} }\n@media (prefers-color-scheme: dark) { ${selector} { ${declarations(DARK)} } }\n`;
}

/** Gives an extension page (the popup, the options page) the colour properties, before it renders. */
export function applyTheme(doc: Document): void {
  const style = doc.createElement('style');
  style.dataset.marsadTheme = '';
  style.textContent = themeRules(':root');
  doc.head.prepend(style);
}

export const PALETTES = { light: LIGHT as Palette, dark: DARK };
