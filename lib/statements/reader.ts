/**
 * A reader over the tokens of one normalised text: each word with and without its conjunction,
 * the word classes of the lexicon, punctuation, sentences, quotations, and the names found in it
 * (knowledge-base mentions and discovered names). Both the name finder and the statement rules
 * read the text through it, so a word is looked up once.
 */
import { tokenText, TokenKind, type Tokens } from '../arabic/tokenize';
import { withoutConjunction } from '../arabic/clitics';
import { COMMA_CODES } from '../arabic/punctuation';
import type { TokenMention } from '../knowledge/matcher';
import type { EntityRecord } from '../knowledge/types';
import { FLAG_TABLE, LEXICON_FILTER as FILTER, LEXICON_WORDS, LONGEST_LEXICON_WORD as LONGEST, W as WORD_CLASSES } from './lexicon';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

/** Token kinds, bound once: the reader's methods test them on every token. */
const ARABIC = TokenKind.Arabic;
const LATIN = TokenKind.Latin;
const QUOTE = TokenKind.Quote;
const PUNCT = TokenKind.Punct;
const BREAK = TokenKind.Break;

/** . ! ? ؟ … */
const SENTENCE_ENDS = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x2026]);
/** ، , ؛ ; */
const COMMAS = COMMA_CODES;

export class Reader {
  readonly n: number;
  /** Lexicon flags (W) of each token, from the word as written and without its conjunction. */
  private readonly flags: Uint32Array;
  /** For each quotation mark: does it open a quotation? (by parity within a paragraph) */
  private readonly opening: Uint8Array;
  private mentionStarting: Int32Array;
  private mentionCovering: Int32Array;
  mentions: readonly TokenMention[] = [];
  /** Who each mention's `entity` index stands for: the knowledge base, then the discovered actors. */
  actors: readonly EntityRecord[] = [];
  /**
   * The original text of a normalised range, when the reader was given it: normalisation drops the
   * marks that tell a name from a word (tanween: «إيجابياً»; ى: «على» is never the name «علي»).
   */
  original: ((start: number, end: number) => string) | undefined;

  constructor(readonly t: Tokens) {
    const n = (this.n = t.count);
    this.flags = new Uint32Array(n);
    const filter = FILTER;
    const table = FLAG_TABLE;
    const longest = LONGEST;
    const text = t.text;
    for (let i = 0; i < n; i++) {
      const s = t.start[i]!;
      const e = t.end[i]!;
      if (t.kind[i] !== ARABIC || e - s > longest) continue;
      if (filter.mayHave(text, s, e)) this.flags[i] = table.get(text, s, e);
    }
    this.opening = new Uint8Array(n);
    let open = false;
    for (let i = 0; i < n; i++) {
      if (t.kind[i] === BREAK) open = false;
      else if (t.kind[i] === QUOTE) {
        this.opening[i] = open ? 0 : 1;
        open = !open;
      }
    }
    this.mentionStarting = new Int32Array(n).fill(-1);
    this.mentionCovering = new Int32Array(n).fill(-1);
  }

  /** Sets the names the rules see (sorted by first token, not overlapping). */
  setMentions(mentions: readonly TokenMention[], actors: readonly EntityRecord[]): void {
    this.mentions = mentions;
    this.actors = actors;
    this.mentionStarting.fill(-1);
    this.mentionCovering.fill(-1);
    mentions.forEach((m, index) => {
      this.mentionStarting[m.firstToken] = index;
      this.mentionCovering.fill(index, m.firstToken, m.endToken);
    });
  }

  /** The mention that starts at token i, or undefined. */
  mentionAt(i: number): TokenMention | undefined {
    const m = i >= 0 && i < this.n ? this.mentionStarting[i]! : -1;
    return m >= 0 ? this.mentions[m] : undefined;
  }
  /** The mention that covers token i, or undefined. */
  mentionOver(i: number): TokenMention | undefined {
    const m = i >= 0 && i < this.n ? this.mentionCovering[i]! : -1;
    return m >= 0 ? this.mentions[m] : undefined;
  }
  actorOf(m: TokenMention): EntityRecord {
    return this.actors[m.entity]!;
  }

  /** The (normalised) text of token i; '' outside the text. */
  word(i: number): string {
    return i >= 0 && i < this.n ? tokenText(this.t, i) : '';
  }

  /** Is token i exactly `literal`? (Compared in place.) */
  eq(i: number, literal: string): boolean {
    const t = this.t;
    return i >= 0 && i < this.n && t.end[i]! - t.start[i]! === literal.length && t.text.startsWith(literal, t.start[i]!);
  }

  /** Token i without its conjunction (و/ف), unless the و/ف belongs to the word: «وقال» → قال, «وزير» stays. */
  bare(i: number): string {
    const w = this.word(i);
    const c = w.charCodeAt(0);
    return this.t.kind[i] === ARABIC && (c === 0x0648 || c === 0x0641) && !LEXICON_WORDS.has(w) ? withoutConjunction(w) : w;
  }

  /** Does token i begin with a conjunction (و/ف) that is not part of the word? */
  hasConjunction(i: number): boolean {
    if (this.t.kind[i] !== ARABIC) return false;
    const c = this.t.text.charCodeAt(this.t.start[i]!);
    if (c !== 0x0648 && c !== 0x0641) return false;
    const f = this.flags[i]!;
    // A lexicon word written with its conjunction («وقال»): the flags came from the bare form.
    if (f !== 0) return !LEXICON_WORDS.has(this.word(i));
    return this.bare(i).length < this.t.end[i]! - this.t.start[i]!;
  }

  has(flag: number, i: number): boolean {
    return i >= 0 && i < this.n && (this.flags[i]! & flag) !== 0;
  }
  flagsAt(i: number): number {
    return i >= 0 && i < this.n ? this.flags[i]! : 0;
  }

  kind(i: number): number {
    return i >= 0 && i < this.n ? this.t.kind[i]! : 0;
  }
  isArabic(i: number): boolean {
    return this.kind(i) === ARABIC;
  }
  isWord(i: number): boolean {
    const k = this.kind(i);
    return k === ARABIC || k === LATIN;
  }
  private punct(i: number): number {
    return this.kind(i) === PUNCT ? this.t.text.charCodeAt(this.t.start[i]!) : -1;
  }
  isComma(i: number): boolean {
    return COMMAS.has(this.punct(i));
  }
  isColon(i: number): boolean {
    return this.punct(i) === 0x3a;
  }
  isOpenParen(i: number): boolean {
    return this.punct(i) === 0x28;
  }
  isCloseParen(i: number): boolean {
    return this.punct(i) === 0x29;
  }
  isDash(i: number): boolean {
    const c = this.punct(i);
    return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x0640;
  }
  isQuote(i: number): boolean {
    return this.kind(i) === QUOTE;
  }
  /** Does the quotation mark at i open a quotation? */
  opens(i: number): boolean {
    return this.isQuote(i) && this.opening[i] === 1;
  }
  isPunct(i: number): boolean {
    return this.kind(i) === PUNCT;
  }
  isBreak(i: number): boolean {
    return this.kind(i) === BREAK;
  }
  isSentenceEnd(i: number): boolean {
    return SENTENCE_ENDS.has(this.punct(i));
  }

  /** Does the word at i carry tanween in the original text («مؤشراً إيجابياً»)? A name never does. */
  tanween(i: number): boolean {
    return this.original !== undefined && this.isArabic(i) && /[\u064B-\u064D]/.test(this.original(this.t.start[i]!, this.t.end[i]!));
  }

  /** Does the word at i end with ى in the original text («على», «لدى»)? */
  alefMaqsura(i: number): boolean {
    return this.original !== undefined && this.isArabic(i) && this.original(this.t.start[i]!, this.t.end[i]!).endsWith('ى');
  }

  /** Does the original text write ى at all (many Egyptian outlets write ي for both)? */
  writesAlefMaqsura = false;

  /** Is the bare word at i definite (ال + at least two letters)? */
  definite(i: number): boolean {
    const b = this.bare(i);
    return b.length >= 4 && b.startsWith('ال');
  }

  private sentenceList: [number, number][] | undefined;

  /** The sentences, as token ranges [start, end). A closing quotation mark after a full stop stays with its sentence. */
  sentences(): [number, number][] {
    if (this.sentenceList) return this.sentenceList;
    const out: [number, number][] = (this.sentenceList = []);
    const kind = this.t.kind;
    const text = this.t.text;
    const starts = this.t.start;
    const n = this.n;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const k = kind[i]!;
      const isBreak = k === BREAK;
      if (isBreak || (k === PUNCT && SENTENCE_ENDS.has(text.charCodeAt(starts[i]!)))) {
        let e = i + 1;
        while (e < n && kind[e] === QUOTE && !isBreak) e++;
        if (this.hasWord(s, e)) out.push([s, e]);
        s = e;
        i = e - 1;
      }
    }
    if (s < n && this.hasWord(s, n)) out.push([s, n]);
    return out;
  }

  hasWord(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.isWord(k)) return true;
    return false;
  }

  /** How many words stand in [s, e). */
  wordsIn(s: number, e: number): number {
    let n = 0;
    for (let k = s; k < e; k++) if (this.isWord(k)) n++;
    return n;
  }

  /** Offsets in the normalised text. */
  start(i: number): number {
    return this.t.start[i]!;
  }
  end(i: number): number {
    return this.t.end[i]!;
  }
}

export { W };
