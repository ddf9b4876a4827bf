/**
 * What a word is made of, for the extraction's rules (word boundaries in dates.ts, furniture.ts):
 * a letter (Arabic, Latin, Cyrillic) or a digit (ASCII, Arabic-Indic, Persian). Written as ranges,
 * not as Unicode property classes (\p{L}): those make a regular expression slow to compile, and a
 * page pays that on its first reading.
 */
import { ARABIC_LETTERS } from '../arabic/letters';

/** The inside of a character class: `[${WORD_CHARS}]`. */
export const WORD_CHARS = `${ARABIC_LETTERS}A-Za-z0-9\\u00c0-\\u024f\\u0400-\\u04ff\\u0660-\\u0669\\u06f0-\\u06f9`;

/** Not inside a longer word or number: before and after a match. */
export const WORD_START = `(?<![${WORD_CHARS}])`;
export const WORD_END = `(?![${WORD_CHARS}])`;

const NOT_WORD_CHARS = new RegExp(`[^${WORD_CHARS}]+`, 'g');

/** How many letters and digits `s` has (spaces, punctuation, symbols and marks not counted). */
export function letterCount(s: string): number {
  return s.replace(NOT_WORD_CHARS, '').length;
}

/** `s` with everything but letters and digits turned into spaces. */
export function wordsOnly(s: string): string {
  return s.replace(NOT_WORD_CHARS, ' ');
}
