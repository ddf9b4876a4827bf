/**
 * What an Arabic letter is, written once: the script check that decides whether a page is read at
 * all (lib/detect/script.ts) and the knowledge base's validator ("a name must be Arabic") test it.
 *
 * The code points of general category Letter (Lo, and the Lm tatweel and U+08C9) in Unicode's
 * Arabic blocks, and no marks, digits or punctuation:
 * - U+0620–U+064A, the Arabic block's letters: ء to ي (and ؠ); tatweel (U+0640) stands among
 *   them and stretches a word, so it counts with it;
 * - U+066E–U+066F, U+0671–U+06D3, U+06D5, U+06EE–U+06EF, U+06FA–U+06FC, U+06FF: the rest of the
 *   block's letters, alef wasla and those of Persian, Urdu, Kurdish and the others (پ چ ژ گ ڤ ی),
 *   which Arabic news uses to write foreign names («ڤلاديمير», «گوتيريش»);
 * - U+0750–U+077F (Arabic Supplement) and U+08A0–U+08C9 (Arabic Extended-A: its letters; what
 *   follows them is marks): letters of the languages of Africa and South Asia, rare in the news
 *   but Arabic letters all the same;
 * - U+FB50–U+FDFB and U+FE70–U+FEFC, the presentation forms (each letter's initial, medial, final
 *   and isolated shapes, and ligatures), without their ornate parentheses, symbols and unassigned
 *   code points: text copied from PDFs and old pages is written in them, and normalize() turns
 *   them back into the letters above. This is where the choice matters: a page written in
 *   presentation forms is an Arabic page, and a name typed in them is an Arabic name.
 * Left out: the harakat and Quranic marks (U+064B–U+065F, U+0670, U+06D6–U+06ED), the Arabic-Indic
 * digits, and the Arabic comma, semicolon and question mark (lib/arabic/punctuation.ts).
 */

/** The ranges above, inclusive, in code point order. */
export const ARABIC_LETTER_RANGES: readonly (readonly [number, number])[] = [
  [0x0620, 0x064a],
  [0x066e, 0x066f],
  [0x0671, 0x06d3],
  [0x06d5, 0x06d5],
  [0x06ee, 0x06ef],
  [0x06fa, 0x06fc],
  [0x06ff, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08c9],
  [0xfb50, 0xfbb1],
  [0xfbd3, 0xfd3d],
  [0xfd50, 0xfd8f],
  [0xfd92, 0xfdc7],
  [0xfdf0, 0xfdfb],
  [0xfe70, 0xfe74],
  [0xfe76, 0xfefc],
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/** The ranges as the inside of a regular expression's character class: `[${ARABIC_LETTERS}]`. */
export const ARABIC_LETTERS = ARABIC_LETTER_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');

/** One Arabic letter (no flags: test it on any string). */
export const ARABIC_LETTER = new RegExp(`[${ARABIC_LETTERS}]`);

/** Does `s` hold at least one Arabic letter? */
export function hasArabicLetter(s: string): boolean {
  return ARABIC_LETTER.test(s);
}
