import { describe, expect, it } from 'vitest';
import { foldPhrase } from './phrase-lists';
import { normalize } from '../arabic/normalize';
import { tidy } from './text';

/** tidy() as it was written first: every run of spaces replaced. */
const tidyEveryRun = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** Text made of words and every kind of space, line break and run, from a seed. */
function spacedText(seed: number, length: number): string {
  const pieces = ['قال', 'الوزير', 'x', ' ', ' ', ' ', '\t', '\u00a0', '\u2009', '\u3000', '\u202f', '\n', '\r\n', '\r', '\f', '\v', '\u200b', '\ufeff', '\u2028'];
  let s = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    out += pieces[s % pieces.length];
  }
  return out;
}

describe('collapsing spaces only where they are not one plain space already', () => {
  it('tidy() writes what replacing every run wrote', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = spacedText(seed, 40 + (seed % 60));
      expect(tidy(text)).toBe(tidyEveryRun(text));
    }
  });

  it('foldPhrase() writes what replacing every \\s+ run wrote', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = spacedText(seed, 40 + (seed % 60));
      expect(foldPhrase(text)).toBe(normalize(text).replace(/\s+/g, ' ').trim());
    }
  });
});
