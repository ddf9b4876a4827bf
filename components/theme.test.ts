/**
 * The shared colours: every property is declared for light and dark, the text colours keep their
 * contrast on the backgrounds they are used on, and no stylesheet of ours writes a colour of the
 * theme by hand any more.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_CSS } from './card/EntityCard';
import { PALETTES, themeRules } from './theme';

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('the theme', () => {
  it('declares every colour for light and dark on the selector it is given', () => {
    const css = themeRules('.card');
    for (const name of Object.keys(PALETTES.light)) expect(css.match(new RegExp(`--marsad-${name}:`, 'g'))).toHaveLength(2);
    expect(css).toMatch(/^\.card \{/);
    expect(css).toContain('@media (prefers-color-scheme: dark) { .card {');
  });

  it('keeps text readable: 4.5:1 for text, 3:1 for control edges, in both schemes', () => {
    for (const p of [PALETTES.light, PALETTES.dark]) {
      for (const fg of [p.fg, p.muted, p.accent, p.danger]) {
        expect(contrast(fg, p.bg)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(fg, p.surface)).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(p['accent-fg'], p.accent)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p['ok-fg'], p['ok-bg'])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p['error-fg'], p['error-bg'])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p['found-fg'], p['found-bg'])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p['notice-fg'], p['notice-bg'])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.field, p.bg)).toBeGreaterThanOrEqual(3);
    }
  });

  it('is where the popup, the options page and the card take their colours from', () => {
    const themeColours = new Set(Object.values({ ...PALETTES.light, ...PALETTES.dark }).map((c) => c.toLowerCase()));
    const sheets = {
      popup: readFileSync(resolve(__dirname, '../entrypoints/popup/style.css'), 'utf8'),
      options: readFileSync(resolve(__dirname, '../entrypoints/options/style.css'), 'utf8'),
      card: CARD_CSS.slice(themeRules('.card').length),
    };
    for (const [name, css] of Object.entries(sheets)) {
      expect(css, name).toContain('var(--marsad-');
      const handWritten = (css.match(/#[0-9a-f]{6}\b/gi) ?? []).map((c) => c.toLowerCase()).filter((c) => themeColours.has(c) && c !== '#ffffff' && c !== '#1a1a1a');
      expect(handWritten, name).toEqual([]);
    }
  });
});
