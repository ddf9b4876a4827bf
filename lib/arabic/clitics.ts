/**
 * Proclitics glued to names: وباريس, بسوريا, لروسيا, والرقة, للبيت (ل + البيت), فلودريان.
 *
 * DESIGN.md: try the exact token first; otherwise strip at most (و|ف)(ب|ل|ك)?, reading لل+X as
 * ال+X, and accept only when what is left has at least 3 letters and is a known name. Names in the
 * knowledge base are never stripped (واشنطن, فرنسا, بيروت begin with those letters): stripping
 * applies to the text, and the exact form is always tried first.
 */

const WAW = 0x0648; // و
const FA = 0x0641; // ف
const BA = 0x0628; // ب
const LAM = 0x0644; // ل
const KAF = 0x0643; // ك

export interface Stem {
  /** What is left after the proclitics. */
  stem: string;
  /** How many characters were stripped from the front of the token. */
  stripped: number;
  /** A preposition (ب ل ك) was among them: the word is governed by it (never a subject). */
  preposition: boolean;
}

const MIN_STEM = 3;

/** Shared by every word with nothing to strip. */
const NONE: readonly Stem[] = Object.freeze([]);

/** The possible stems of a normalised word, without the word itself, shortest strip first. */
export function stems(word: string): readonly Stem[] {
  const c0 = word.charCodeAt(0);
  if (word.length <= MIN_STEM || (c0 !== WAW && c0 !== FA && c0 !== BA && c0 !== LAM && c0 !== KAF)) return NONE;
  const out: Stem[] = [];
  let rest = word;
  let stripped = 0;
  if (c0 === WAW || c0 === FA) {
    rest = word.slice(1);
    stripped = 1;
    if (rest.length >= MIN_STEM) out.push({ stem: rest, stripped, preposition: false });
  }
  const c1 = rest.charCodeAt(0);
  if (c1 === BA || c1 === LAM || c1 === KAF) {
    const after = rest.slice(1);
    if (after.length >= MIN_STEM) out.push({ stem: after, stripped: stripped + 1, preposition: true });
    // لل + X is ل + ال + X with the alef dropped: للبيت → البيت. The written لل stays in the
    // mention, since no character of the text stands for the dropped alef.
    if (c1 === LAM && after.charCodeAt(0) === LAM && after.length >= MIN_STEM) {
      out.push({ stem: 'ا' + after, stripped, preposition: true });
    }
  }
  return out;
}

/** Does the word carry a conjunction only (و or ف), and what is it without it? */
export function withoutConjunction(word: string): string {
  const c0 = word.charCodeAt(0);
  return (c0 === WAW || c0 === FA) && word.length > 2 ? word.slice(1) : word;
}
