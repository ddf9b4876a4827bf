/**
 * A tiny Bloom-style filter over words, read straight from the text's character codes: it says
 * "certainly not in the set" for most words without slicing a string out of the text. The
 * matcher and the statement extractor ask it before any string lookup.
 */

const BITS = 1 << 16;

function key(len: number, c0: number, c1: number, last: number): number {
  let h = Math.imul(len, 0x9e3779b1) ^ Math.imul(c0, 0x85ebca6b);
  h = Math.imul(h ^ c1, 0xc2b2ae35) ^ Math.imul(last, 0x27d4eb2f);
  return (h ^ (h >>> 15)) & (BITS - 1);
}

export class WordFilter {
  private readonly bits = new Uint8Array(BITS >> 3);

  add(word: string): void {
    if (word.length === 0) return;
    const k = key(word.length, word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0, word.charCodeAt(word.length - 1));
    this.bits[k >> 3]! |= 1 << (k & 7);
  }

  /** May `text.slice(start, end)` be in the set? */
  mayHave(text: string, start: number, end: number): boolean {
    const len = end - start;
    if (len <= 0) return false;
    const k = key(len, text.charCodeAt(start), len > 1 ? text.charCodeAt(start + 1) : 0, text.charCodeAt(end - 1));
    return (this.bits[k >> 3]! & (1 << (k & 7))) !== 0;
  }

  /** May `prefix + text.slice(start, end)` be in the set? (For لل + X read as ال + X.) */
  mayHaveWithFirst(first: number, text: string, start: number, end: number): boolean {
    const len = end - start + 1;
    const k = key(len, first, text.charCodeAt(start), text.charCodeAt(end - 1));
    return (this.bits[k >> 3]! & (1 << (k & 7))) !== 0;
  }
}
