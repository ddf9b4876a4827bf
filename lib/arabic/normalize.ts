/**
 * Arabic normalisation for matching (never for display).
 *
 * `normalizeWithMap` returns the folded text together with, for every UTF-16 unit of the folded
 * text, the offset of the original character it came from, so that a match found in the folded
 * text maps back to the exact characters of the original.
 *
 * Rules (DESIGN.md, "Matching Arabic names"; the same folds as Lucene's ArabicNormalizer and
 * CAMeL Tools' arclean):
 * - أ إ آ ٱ → ا, ى → ي, ة → ه; the hamza carriers ؤ ئ stay (they are letters of their own);
 * - tashkeel (U+064B–U+065F, U+0670), tatweel (U+0640), Quranic marks, zero-width and bidi marks
 *   are deleted;
 * - Persian/Urdu letter variants (ک ی ۀ ە ھ گ پ چ ژ ...) map to Arabic base letters;
 * - presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) are decomposed by NFKC, then folded;
 * - Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits; Latin letters lower-case.
 */

const DELETE = 0;
const DECOMPOSE = 0xffff;

/**
 * Below this, every code unit's fold is in a table (the Arabic block and Latin: what news text is
 * made of); above it only a few ranges fold (`fold`). A table of all 65,536 code units took a few
 * milliseconds to build on every page that loads this module.
 */
const TABLE_END = 0x0700;

/** code unit below TABLE_END → folded code unit; DELETE drops it, DECOMPOSE sends it through NFKC first. */
const FOLD: Uint16Array = (() => {
  const t = new Uint16Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c++) t[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  // Latin-1 and Latin Extended capitals (É, Ç, Ş ...): their single-unit lower case.
  for (let c = 0xc0; c <= 0x24f; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) t[c] = lower.charCodeAt(0);
  }
  const del = (from: number, to = from) => {
    for (let c = from; c <= to; c++) t[c] = DELETE;
  };
  del(0x064b, 0x065f); // tashkeel
  del(0x0670); // superscript alef
  del(0x0640); // tatweel
  del(0x06d6, 0x06dc); // Quranic annotation signs
  del(0x06df, 0x06e8);
  del(0x06ea, 0x06ed);
  del(0x061c); // Arabic letter mark
  del(0x00ad); // soft hyphen
  del(0x0000);
  const map = (chars: string, to: string) => {
    for (const ch of chars) t[ch.charCodeAt(0)] = to.charCodeAt(0);
  };
  map('أإآٱٲٳٵ', 'ا');
  map('ىیېۍێےۓ', 'ي');
  map('ةۀەھہۃ', 'ه');
  map('کڪگ', 'ك');
  map('ٶ', 'ؤ');
  map('ٸ', 'ئ');
  map('ڤ', 'ف');
  map('ڨ', 'ق');
  map('پ', 'ب');
  map('چ', 'ج');
  map('ژ', 'ز');
  map('ڵ', 'ل');
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  return t;
})();

/** The fold of any code unit: the table's below TABLE_END; above it, invisible marks and presentation forms. */
function fold(c: number): number {
  if (c < TABLE_END) return FOLD[c]!;
  if (c < 0x200b) return c;
  if (c <= 0x2069) {
    // Zero-width space, ZWNJ, ZWJ, LRM, RLM; bidi embeddings and overrides; word joiner and invisible operators; bidi isolates.
    const invisible = c <= 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || c >= 0x2066;
    return invisible ? DELETE : c;
  }
  if (c < 0xfb50) return c;
  // Arabic presentation forms A and B: through NFKC; the BOM (zero-width no-break space) dropped.
  if (c <= 0xfdff || (c >= 0xfe70 && c <= 0xfefc)) return DECOMPOSE;
  return c === 0xfeff ? DELETE : c;
}

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** The original text's length. */
  originalLength: number;
  /**
   * The offset map, kept sparse: from normalised offset `at[k]` on (up to the next breakpoint), the
   * original offset is the normalised one plus `shift[k]`. Folding is one character for one, so
   * only deletions (tashkeel, tatweel, invisible marks) and decompositions add breakpoints; text
   * without them has none, and its map is the identity.
   */
  at: Int32Array;
  shift: Int32Array;
}

/** A buffer reused across calls: normalising a long text allocates only its result. */
let buffer: Uint16Array = new Uint16Array(1 << 16);
const utf16 = new TextDecoder('utf-16le');

/** Folds `input` for matching and keeps a map from folded offsets back to original offsets. */
export function normalizeWithMap(input: string): NormalizedText {
  const len = input.length;
  if (buffer.length < len + 32) buffer = new Uint16Array(Math.max(len + 32, buffer.length * 2));
  let out: Uint16Array = buffer;
  const at: number[] = [];
  const shifts: number[] = [];
  let lastShift = 0;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const f = fold(input.charCodeAt(i));
    if (f === DELETE) continue;
    if (f === DECOMPOSE) {
      for (const part of input[i]!.normalize('NFKC')) {
        const pf = fold(part.charCodeAt(0));
        if (pf === DELETE || pf === DECOMPOSE || part === ' ') continue;
        if (n >= out.length - 1) out = buffer = grow(out);
        if (i - n !== lastShift) {
          lastShift = i - n;
          at.push(n);
          shifts.push(lastShift);
        }
        out[n++] = pf;
      }
      continue;
    }
    if (i - n !== lastShift) {
      lastShift = i - n;
      at.push(n);
      shifts.push(lastShift);
    }
    if (n >= out.length) out = buffer = grow(out);
    out[n++] = f;
  }
  if (len - n !== lastShift) {
    at.push(n);
    shifts.push(len - n);
  }
  const text = n === len && at.length === 0 && sameAs(input, out, n) ? input : utf16.decode(out.subarray(0, n));
  return { text, originalLength: len, at: Int32Array.from(at), shift: Int32Array.from(shifts) };
}

function grow(out: Uint16Array): Uint16Array {
  const o = new Uint16Array(out.length * 2);
  o.set(out);
  return o;
}

/** Did folding leave the text as it was? (Then the input string itself is the result.) */
function sameAs(input: string, out: Uint16Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (input.charCodeAt(i) !== out[i]) return false;
  return true;
}

/** Folds `input` for matching, without the offset map (for names in the knowledge base). */
export function normalize(input: string): string {
  return normalizeWithMap(input).text;
}

/** The original offset of normalised offset `i` (`text.length` maps to the original's length). */
export function originalOffset(norm: NormalizedText, i: number): number {
  const { at, shift } = norm;
  let lo = 0;
  let hi = at.length; // first breakpoint after i
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? i : i + shift[lo - 1]!;
}

/**
 * Maps a [start, end) range of normalised text back to the original text. Characters deleted by
 * normalisation right after the range (the tashkeel of its last letter) stay with it.
 */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): [number, number] {
  return [originalOffset(norm, start), originalOffset(norm, end)];
}
