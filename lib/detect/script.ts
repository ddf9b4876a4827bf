/**
 * The first, cheapest check: how much of a text is in Arabic script. Kept apart from the language
 * detector so the content script that runs on every page loads nothing else.
 */
import { ARABIC_LETTERS } from '../arabic/letters';

export const SAMPLE = 4000;

// Counted by the regular-expression engine (native code even on a page's first call, where a
// JavaScript loop over the characters would still run in the interpreter).
/** Runs of anything but Arabic letters (lib/arabic/letters.ts: the Arabic blocks' letters and the presentation forms). */
const NOT_ARABIC = new RegExp(`[^${ARABIC_LETTERS}]+`, 'g');
/** Letters of the scripts a news page is likely to be in besides Arabic: Latin, Cyrillic, Hebrew. */
const NOT_OTHER_LETTER = /[^A-Za-z\u00c0-\u024f\u0400-\u04ff\u0590-\u05ff]+/g;

/** Share of letters in `text` (up to `sample` characters) that are Arabic-script letters. */
export function arabicScriptRatio(text: string, sample = SAMPLE): number {
  const s = text.length > sample ? text.slice(0, sample) : text;
  const arabic = s.replace(NOT_ARABIC, '').length;
  const letters = arabic + s.replace(NOT_OTHER_LETTER, '').length;
  return letters === 0 ? 0 : arabic / letters;
}
