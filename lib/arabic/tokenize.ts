/**
 * Tokenizer for normalised text (see normalize.ts): Arabic words, Latin words, numbers, quotation
 * marks of every kind, other punctuation, and line breaks. Tokens are kept in typed arrays so a
 * multi-megabyte corpus tokenizes without allocating an object per word.
 */

export const TokenKind = {
  Arabic: 1,
  Latin: 2,
  Number: 3,
  Quote: 4,
  Punct: 5,
  /** A line break: ends a sentence and a paragraph. */
  Break: 6,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Tokens {
  /** The text the offsets refer to. */
  text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
}

const CLASS_SPACE = 1;
const CLASS_ARABIC = 2;
const CLASS_LATIN = 3;
const CLASS_DIGIT = 4;
const CLASS_QUOTE = 5;
const CLASS_BREAK = 6;
const CLASS_PUNCT = 7;

/** Quotation marks of every kind: ASCII, typographic, guillemets, low-9, CJK corner brackets. */
export const QUOTE_CHARS = '"\'«»“”„‟‹›‘’‚‛″״「」『』〝〞＂';

const CHAR_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000).fill(CLASS_PUNCT);
  const set = (from: number, to: number, cls: number) => {
    for (let c = from; c <= to; c++) t[c] = cls;
  };
  set(0x0621, 0x064a, CLASS_ARABIC);
  set(0x0671, 0x06d3, CLASS_ARABIC);
  set(0x06d5, 0x06d5, CLASS_ARABIC);
  set(0x06fa, 0x06fc, CLASS_ARABIC);
  set(0x0750, 0x077f, CLASS_ARABIC);
  set(0x08a0, 0x08ff, CLASS_ARABIC);
  set(0x61, 0x7a, CLASS_LATIN);
  set(0x41, 0x5a, CLASS_LATIN);
  set(0xc0, 0x24f, CLASS_LATIN);
  t[0xd7] = CLASS_PUNCT;
  t[0xf7] = CLASS_PUNCT;
  set(0x30, 0x39, CLASS_DIGIT);
  for (const c of [0x20, 0x09, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) t[c] = CLASS_SPACE;
  set(0x2000, 0x200a, CLASS_SPACE);
  t[0x0a] = CLASS_BREAK;
  t[0x2028] = CLASS_BREAK;
  t[0x2029] = CLASS_BREAK;
  for (const ch of QUOTE_CHARS) t[ch.charCodeAt(0)] = CLASS_QUOTE;
  return t;
})();

const KIND_OF_CLASS = [0, 0, TokenKind.Arabic, TokenKind.Latin, TokenKind.Number, TokenKind.Quote, TokenKind.Break, TokenKind.Punct];

/** Splits normalised text into tokens. Runs of letters (or digits) of one script make one token. */
export function tokenize(text: string): Tokens {
  const len = text.length;
  let cap = Math.max(16, ((len / 4) | 0) + 16); // Arabic prose: about one token per five characters
  let start: Int32Array = new Int32Array(cap);
  let end: Int32Array = new Int32Array(cap);
  let kind: Uint8Array = new Uint8Array(cap);
  let n = 0;
  let i = 0;
  while (i < len) {
    const cls = CHAR_CLASS[text.charCodeAt(i)]!;
    if (cls === CLASS_SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    if (cls === CLASS_ARABIC || cls === CLASS_LATIN || cls === CLASS_DIGIT) {
      while (j < len && CHAR_CLASS[text.charCodeAt(j)] === cls) j++;
      // A decimal number keeps its point or comma: 3.5, 1,200.
      if (cls === CLASS_DIGIT) {
        while (
          j + 1 < len &&
          (text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x2c || text.charCodeAt(j) === 0x066b) &&
          CHAR_CLASS[text.charCodeAt(j + 1)] === CLASS_DIGIT
        ) {
          j += 2;
          while (j < len && CHAR_CLASS[text.charCodeAt(j)] === CLASS_DIGIT) j++;
        }
      }
    }
    if (n === cap) {
      cap *= 2;
      start = growInt(start, cap);
      end = growInt(end, cap);
      const k = new Uint8Array(cap);
      k.set(kind);
      kind = k;
    }
    start[n] = i;
    end[n] = j;
    kind[n] = KIND_OF_CLASS[cls]!;
    n++;
    i = j;
  }
  return { text, count: n, start, end, kind };
}

function growInt(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** The text of token `i`. */
export function tokenText(t: Tokens, i: number): string {
  return t.text.slice(t.start[i]!, t.end[i]!);
}

/** Is token `i` a word (Arabic or Latin)? */
export function isWord(t: Tokens, i: number): boolean {
  const k = t.kind[i];
  return k === TokenKind.Arabic || k === TokenKind.Latin;
}

/** Splits a knowledge-base name into its normalised word tokens ("تنظيم “الدولة”" → [تنظيم, الدوله]). */
export function nameTokens(normalizedName: string): string[] {
  const t = tokenize(normalizedName);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) {
    const k = t.kind[i];
    if (k === TokenKind.Quote || k === TokenKind.Break) continue;
    out.push(tokenText(t, i));
  }
  return out;
}
