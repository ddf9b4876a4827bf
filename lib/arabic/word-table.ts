/**
 * A fixed table from words to small numbers, read straight from the text's character codes: a
 * lookup hashes the token in place and compares it with the stored word, so it slices no string
 * and allocates nothing. The reader asks it once for every token of a text.
 */
export class WordTable {
  /** Open addressing: slot → index into `words`, or -1. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly words: string[] = [];
  private readonly values: number[] = [];

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < entries.size * 3) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (const [word, value] of entries) {
      let slot = hashOf(word, 0, word.length) & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = this.words.length;
      this.words.push(word);
      this.values.push(value);
    }
  }

  /** The value of `text.slice(start, end)`, or 0 when the word is not in the table. */
  get(text: string, start: number, end: number): number {
    const len = end - start;
    let slot = hashOf(text, start, end) & this.mask;
    for (;;) {
      const index = this.slots[slot]!;
      if (index === -1) return 0;
      const w = this.words[index]!;
      if (w.length === len && text.startsWith(w, start)) return this.values[index]!;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** FNV-1a over UTF-16 code units. */
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}
