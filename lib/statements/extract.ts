/**
 * Reported speech: who said what (DESIGN.md, "Statements").
 *
 * Works on the tokens of the normalised text and the mentions the matcher found. For every
 * sentence it finds the triggers (a reporting verb, a continuing participle, a headline «X:», an
 * "according to" phrase), resolves each one's speaker from the nearest proper position (the
 * subject after the verb, skipping a title; the subject before it; the previous speaker for a
 * continuation; a bare title back to the person it was given to), and takes the content up to the
 * next trigger. When no speaker can be resolved with confidence, it records an unnamed source or
 * nothing: a wrong attribution is worse than a missing one.
 */
import { tokenText, TokenKind, type Tokens } from '../arabic/tokenize';
import type { Gazetteer, TokenMention } from '../gazetteer/matcher';
import {
  F,
  GOVERNING_WORDS,
  LEXICON_FILTER,
  LONGEST_LEXICON_WORD,
  ORG_HEADS,
  PREPOSITION_OF_VERB,
  SPOKESPERSON_HEADS,
  UNNAMED_HEADS,
  bareWord,
  flagsOf,
  titleHead,
} from './lexicon';
import { buildTitleRegistry, type TitleRegistry } from './titles';

export type RawSpeaker =
  | { kind: 'entity'; entity: number; start: -1; end: -1 }
  /** An unnamed source; offsets of its phrase in the normalised text. */
  | { kind: 'unnamed'; entity: -1; start: number; end: number };

export interface RawStatement {
  speaker: RawSpeaker;
  /** Offsets of the reporting word (verb, participle, «:», "according to") in the normalised text. */
  verbStart: number;
  verbEnd: number;
  /** Offsets of the content. */
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  direct: boolean;
}

type TriggerKind = 'verb' | 'participle' | 'headline' | 'according';

interface Trigger {
  kind: TriggerKind;
  token: number;
  /** Token where this trigger's clause begins (a comma or opener before it): the previous content ends there. */
  clauseStart: number;
  speaker: RawSpeaker;
  contentStart: number;
  /** For an "according to" after its content: that content's first token; else -1. */
  contentBefore: number;
  verbStart: number;
  verbEnd: number;
}

/** . ! ? ؟ … */
const SENTENCE_ENDS = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x2026]);
const MEDIA_KINDS = /media|agency|news|newspaper|channel|tv|outlet/;
/** How far (in sentences) a speaker carries over to a verb with no subject of its own. */
const CARRY_SENTENCES = 2;
const MAX_SUBJECT_TOKENS = 14;
const MAX_CONTENT_MARKER_DISTANCE = 22;

/** Speakers share one shape (entity or unnamed), so the code that reads them stays monomorphic. */
const entity = (id: number): RawSpeaker => ({ kind: 'entity', entity: id, start: -1, end: -1 });
const unnamed = (start: number, end: number): RawSpeaker => ({ kind: 'unnamed', entity: -1, start, end });
const entitySpeaker = (m: TokenMention): RawSpeaker => entity(m.entity);

const NO_CANDIDATES: { kind: TriggerKind; token: number }[] = [];

/** The extraction over one text. */
class Extractor {
  /** Each word without its conjunction (و/ف), computed when first asked for. */
  private readonly bare = new Map<number, string>();
  /** Lexicon flags (F) of each token, from the word as written and without its conjunction. */
  private readonly flags: Uint16Array;
  private readonly mentionAt: Int32Array;
  private readonly coveredBy: Int32Array;
  private readonly titles: TitleRegistry;
  /** For each quotation mark: does it open a quotation? (by parity within a paragraph, so «“...”» and «”...“» both work) */
  private readonly opens: Uint8Array;
  /** A verb already read as part of «حسب ما أعلن ...» in the current sentence. */
  private consumed = -1;

  constructor(
    private readonly g: Gazetteer,
    private readonly t: Tokens,
    private readonly mentions: readonly TokenMention[],
  ) {
    const n = t.count;
    this.flags = new Uint16Array(n);
    // Flags come from the written word: the lexicon lists the و/ف forms too, so no slicing here.
    for (let i = 0; i < n; i++) {
      const s = t.start[i]!;
      const e = t.end[i]!;
      if (t.kind[i] === TokenKind.Arabic && e - s <= LONGEST_LEXICON_WORD && LEXICON_FILTER.mayHave(t.text, s, e)) this.flags[i] = flagsOf(tokenText(t, i));
    }
    this.mentionAt = new Int32Array(n).fill(-1);
    this.coveredBy = new Int32Array(n).fill(-1);
    mentions.forEach((m, index) => {
      this.mentionAt[m.firstToken] = index;
      this.coveredBy.fill(index, m.firstToken, m.endToken);
    });
    this.titles = buildTitleRegistry(g, t, (i) => this.bareAt(i), this.coveredBy, mentions);
    this.opens = new Uint8Array(n);
    let open = false;
    for (let i = 0; i < n; i++) {
      if (t.kind[i] === TokenKind.Break) open = false;
      else if (t.kind[i] === TokenKind.Quote) {
        this.opens[i] = open ? 0 : 1;
        open = !open;
      }
    }
  }

  /** The (normalised) text of token i; '' outside the text. Sliced when asked: no array of every word is kept. */
  private word(i: number): string {
    return i >= 0 && i < this.t.count ? tokenText(this.t, i) : '';
  }

  /** Is token i exactly `literal`? (Compared in place: no string is sliced.) */
  private eq(i: number, literal: string): boolean {
    const t = this.t;
    return i >= 0 && i < t.count && t.end[i]! - t.start[i]! === literal.length && t.text.startsWith(literal, t.start[i]!);
  }

  private bareAt(i: number): string {
    const cached = this.bare.get(i);
    if (cached !== undefined) return cached;
    const w = this.word(i);
    const b = this.t.kind[i] === TokenKind.Arabic ? bareWord(w) : w;
    this.bare.set(i, b);
    return b;
  }

  /** Does token i begin with a conjunction (و/ف) that is not part of the word? */
  private hasConjunction(i: number): boolean {
    const c = this.t.text.charCodeAt(this.t.start[i]!);
    return (c === 0x0648 || c === 0x0641) && this.bareAt(i).length < this.t.end[i]! - this.t.start[i]!;
  }

  private has(flag: number, i: number): boolean {
    return i >= 0 && i < this.flags.length && (this.flags[i]! & flag) !== 0;
  }
  private isComma(i: number): boolean {
    if (this.t.kind[i] !== TokenKind.Punct) return false;
    const c = this.t.text.charCodeAt(this.t.start[i]!);
    return c === 0x060c || c === 0x2c || c === 0x061b || c === 0x3b; // ، , ؛ ;
  }
  private isColon(i: number): boolean {
    return this.t.kind[i] === TokenKind.Punct && this.t.text.charCodeAt(this.t.start[i]!) === 0x3a;
  }
  private isQuote(i: number): boolean {
    return this.t.kind[i] === TokenKind.Quote;
  }
  private isPerson(m: TokenMention): boolean {
    return this.g.entities[m.entity]?.type === 'person';
  }
  private entityOf(m: number): number {
    return this.mentions[m]!.entity;
  }

  /** Is this mention an object or a modifier (after a preposition, «نظيره», a proclitic ب/ل)? */
  private governed(m: TokenMention): boolean {
    if (m.preposition) return true;
    const p = m.firstToken - 1;
    if (p < 0) return false;
    const w = this.bareAt(p);
    if (GOVERNING_WORDS.has(w) || GOVERNING_WORDS.has(this.word(p))) return true;
    return w === 'ب' || w === 'ل' || w === 'ك';
  }

  sentences(): [number, number][] {
    const out: [number, number][] = [];
    let s = 0;
    for (let i = 0; i < this.t.count; i++) {
      const k = this.t.kind[i];
      if (k === TokenKind.Break || (k === TokenKind.Punct && SENTENCE_ENDS.has(this.t.text.charCodeAt(this.t.start[i]!)))) {
        // A closing quotation mark right after the full stop stays with its sentence.
        let e = i + 1;
        while (e < this.t.count && this.isQuote(e) && k !== TokenKind.Break) e++;
        if (this.hasWord(s, e)) out.push([s, e]);
        s = e;
        i = e - 1;
      }
    }
    if (s < this.t.count && this.hasWord(s, this.t.count)) out.push([s, this.t.count]);
    return out;
  }

  private hasWord(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.t.kind[k] === TokenKind.Arabic || this.t.kind[k] === TokenKind.Latin) return true;
    return false;
  }

  private isClauseStart(i: number, s0: number): boolean {
    const p = i - 1;
    if (p < s0) return true;
    if (this.isComma(p) || this.isColon(p) || this.isQuote(p)) return true;
    if (this.t.kind[p] === TokenKind.Punct && (this.eq(p, '(') || this.eq(p, ')') || this.eq(p, '-') || this.eq(p, '–'))) return true;
    return this.has(F.OPENER, p);
  }

  /** Where the clause of the trigger at `i` begins: back over openers, then a comma before them. */
  private clauseStartOf(i: number, s0: number, floor: number): number {
    let c = i;
    while (c - 1 >= Math.max(s0, floor) && (this.has(F.OPENER, c - 1) || (this.eq(c - 1, 'من') && (this.bareAt(c) === 'جانبه' || this.bareAt(c) === 'جهته')))) c--;
    if (c - 1 >= Math.max(s0, floor) && this.isComma(c - 1)) return c - 1;
    // A verb after a fronted phrase («وفي لقائه مع ... ذكر شويغو»): the clause begins at the last comma.
    for (let k = c - 1; k >= Math.max(s0, floor); k--) if (this.isComma(k)) return k;
    return c;
  }

  /**
   * Where the content of a statement starts, searching from `from` up to `limit` (the next
   * trigger): after the first أن/إن or colon, at a quotation of three words or more (a quoted
   * name like “رافال” is no speech), or at the preposition the verb takes (دعا إلى، أكد على),
   * whichever comes first; without any, right after the subject.
   */
  private contentStartFrom(from: number, limit: number, verb: string): number {
    const end = Math.min(limit, from + MAX_CONTENT_MARKER_DISTANCE);
    const prep = PREPOSITION_OF_VERB.get(verb);
    for (let k = from; k < end; k++) {
      if (this.has(F.THAT, k) && !(k - 1 >= 0 && this.has(F.THAT_BLOCKER, k - 1))) return k + 1;
      if (this.isColon(k)) return k + 1;
      if (this.isQuote(k) && this.opens[k] && this.quotedWords(k, limit) >= 3) return k;
      if (prep !== undefined && k < from + 8 && this.eq(k, prep)) return k;
    }
    let k = from;
    while (k < limit && this.isComma(k)) k++;
    return k;
  }

  /** How many words a quotation opening at `q` holds (up to its closing mark or `limit`). */
  private quotedWords(q: number, limit: number): number {
    let words = 0;
    for (let k = q + 1; k < limit && !this.isQuote(k); k++) {
      if (this.t.kind[k] === TokenKind.Arabic || this.t.kind[k] === TokenKind.Latin) words++;
    }
    return words;
  }

  /**
   * The subject after a verb at `v`: a person (skipping a title), an organisation or place at the
   * head of the noun phrase, a title given earlier, or an unnamed source. Returns the speaker and
   * the first token after it.
   */
  private subjectAfter(v: number, limit: number): { speaker: RawSpeaker; after: number } | undefined {
    let start = v + 1;
    let skipped = 0;
    while (start < limit && skipped < 4 && (this.has(F.TIME, start) || this.isComma(start))) {
      start++;
      skipped++;
    }
    if (start >= limit) return undefined;
    // The noun phrase ends at أن/إن, a colon, a quote, or after MAX_SUBJECT_TOKENS.
    let e = start;
    const max = Math.min(limit, start + MAX_SUBJECT_TOKENS);
    while (e < max) {
      if (this.has(F.THAT, e) && !(e - 1 >= 0 && this.has(F.THAT_BLOCKER, e - 1))) break;
      if (this.isColon(e) || this.isQuote(e)) break;
      if (this.t.kind[e] === TokenKind.Punct && !this.isComma(e)) break;
      e++;
    }
    if (e === start) return undefined;
    const inNp: TokenMention[] = [];
    for (let k = start; k < e; k++) {
      const m = this.mentionAt[k]!;
      if (m >= 0 && this.mentions[m]!.endToken <= e) inNp.push(this.mentions[m]!);
    }
    const head = this.bareAt(start);

    // An unnamed source: «قال مسؤول أمريكي», «قالت مصادر», «وأضاف المسؤول» — unless a person is
    // named in apposition («المتحدث باسم التحالف، شون راين،») or it is the spokesperson of a body.
    if (UNNAMED_HEADS.has(head) && head !== 'مكتب') {
      const apposed = inNp.find((m) => this.isPerson(m) && m.firstToken - 1 >= start && this.isComma(m.firstToken - 1));
      if (apposed) return { speaker: entitySpeaker(apposed), after: apposed.endToken };
      if (SPOKESPERSON_HEADS.has(head) && this.eq(start + 1, 'باسم')) {
        const body = inNp.find((m) => m.firstToken === start + 2);
        if (body) return { speaker: entitySpeaker(body), after: body.endToken };
      }
      let pe = start + 1;
      while (pe < e && !this.isComma(pe)) pe++;
      return { speaker: unnamed(this.t.start[start]!, this.t.end[pe - 1]!), after: pe };
    }
    const person = inNp.find((m) => this.isPerson(m) && !this.governed(m));
    if (person) return { speaker: entitySpeaker(person), after: person.endToken };
    // A bare title given to someone earlier in the article: «ونفى الوزير الفرنسي».
    const back = this.titles.resolve(start, e);
    if (back !== undefined) {
      if (back.entity >= 0) return { speaker: entity(back.entity), after: back.after };
      return { speaker: unnamed(this.t.start[start]!, this.t.end[back.after - 1]!), after: back.after };
    }
    const first = inNp[0];
    if (first && !this.governed(first) && (first.firstToken === start || (first.firstToken === start + 1 && ORG_HEADS.has(head)))) {
      return { speaker: entitySpeaker(first), after: first.endToken };
    }
    return undefined;
  }

  /** A subject before the verb: «وزير الخارجية التركي، مولود جاويش أوغلو، قال إن ...». */
  private subjectBefore(v: number, s0: number): RawSpeaker | undefined {
    let p = v - 1;
    while (p >= s0 && (this.isComma(p) || this.bareAt(p) === 'قد' || this.eq(p, 'فقد') || this.eq(p, 'لقد'))) p--;
    if (p < s0) return undefined;
    const mi = this.coveredBy[p]!;
    if (mi < 0) return undefined;
    const m = this.mentions[mi]!;
    if (m.endToken - 1 !== p || this.governed(m)) return undefined;
    let q = m.firstToken - 1;
    if (q >= s0 && this.isComma(q)) q--;
    if (q < s0 || this.isClauseStart(q + 1, s0)) return entity(m.entity);
    // Back over a title to the clause start: «ولكن وزير الخارجية التركي، ...».
    for (let k = q, seen = 0; k >= s0 && seen < 6; k--, seen++) {
      if (this.t.kind[k] !== TokenKind.Arabic) return undefined;
      if (titleHead(this.bareAt(k)) !== undefined && this.isClauseStart(k, s0)) return entity(m.entity);
    }
    return undefined;
  }

  /** «أما فرنسا التي ...، فقد أكدت أن ...»: the topic after أما is the subject. */
  private topicOfAmma(v: number, s0: number): RawSpeaker | undefined {
    const fa = this.t.text.charCodeAt(this.t.start[v]!) === 0x0641 || this.eq(v - 1, 'فقد') || this.eq(v - 1, 'فان');
    if (!fa) return undefined;
    for (let k = v - 1; k >= s0; k--) {
      if (this.eq(k, 'اما') || this.eq(k, 'واما')) {
        const m = this.mentionAt[k + 1]!;
        return m >= 0 ? entity(this.entityOf(m)) : undefined;
      }
    }
    return undefined;
  }

  private isMedia(entity: number): boolean {
    const e = this.g.entities[entity];
    return e !== undefined && e.type === 'organization' && MEDIA_KINDS.test(e.kind ?? '');
  }

  run(): RawStatement[] {
    const out: RawStatement[] = [];
    const sentences = this.sentences();
    let last: { speaker: RawSpeaker; sentence: number } | undefined;
    for (let si = 0; si < sentences.length; si++) {
      const [s0, s1] = sentences[si]!;
      const candidates = this.candidates(s0, s1);
      if (candidates.length === 0) continue;
      const triggers: Trigger[] = [];
      this.consumed = -1;
      for (let ci = 0; ci < candidates.length; ci++) {
        const c = candidates[ci]!;
        if (c.token === this.consumed) continue;
        const limit = candidates[ci + 1]?.token ?? s1;
        const floor = triggers.length ? triggers[triggers.length - 1]!.contentStart : s0;
        const tr = this.resolve(c, s0, s1, limit, floor, triggers, last, si);
        if (!tr) continue;
        triggers.push(tr);
        if (tr.kind !== 'according') last = { speaker: tr.speaker, sentence: si };
      }
      for (let ti = 0; ti < triggers.length; ti++) {
        const tr = triggers[ti]!;
        let cs = tr.contentStart;
        let ce = s1;
        if (tr.contentBefore >= 0) {
          cs = tr.contentBefore;
          ce = tr.clauseStart;
        } else {
          // The content runs to where the next trigger's clause begins.
          for (let k = ti + 1; k < triggers.length; k++) {
            if (triggers[k]!.clauseStart > cs) {
              ce = triggers[k]!.clauseStart;
              break;
            }
          }
        }
        const st = this.statement(tr, cs, ce, s0, s1);
        if (st) out.push(st);
      }
    }
    return out;
  }

  private candidates(s0: number, s1: number): { kind: TriggerKind; token: number }[] {
    let out: { kind: TriggerKind; token: number }[] | undefined;
    const TRIGGERS = F.VERB | F.PARTICIPLE | F.ACCORDING | F.ALA;
    for (let i = s0; i < s1; i++) {
      if (this.t.kind[i] !== TokenKind.Arabic) continue;
      if (i === s0 || (i === s0 + 1 && this.isQuote(s0))) {
        const m = this.mentionAt[i]!;
        if (m >= 0) {
          const after = this.mentions[m]!.endToken;
          if (after < s1 && this.isColon(after)) {
            (out ??= []).push({ kind: 'headline', token: i });
            i = after;
            continue;
          }
        }
      }
      if ((this.flags[i]! & TRIGGERS) === 0) continue;
      if (this.coveredBy[i]! >= 0) continue;
      if (this.has(F.ACCORDING, i) || (this.has(F.ALA, i) && this.eq(i + 1, 'لسان'))) {
        if (this.namesSourceAfter(i, s1)) (out ??= []).push({ kind: 'according', token: i });
      } else if (this.has(F.VERB, i)) {
        (out ??= []).push({ kind: 'verb', token: i });
      } else if (this.has(F.PARTICIPLE, i)) {
        (out ??= []).push({ kind: 'participle', token: i });
      }
    }
    return out ?? NO_CANDIDATES;
  }

  /** Does an "according to" at `i` name a source: «حسب ما أعلن ...» or a known entity within a few words? */
  private namesSourceAfter(i: number, s1: number): boolean {
    const from = this.eq(i + 1, 'عن') || this.eq(i + 1, 'لسان') ? i + 2 : i + 1;
    if (this.has(F.WHAT, from) && from + 1 < s1 && this.has(F.VERB, from + 1)) return true;
    for (let k = from; k < Math.min(s1, from + 5); k++) {
      if (this.mentionAt[k]! >= 0) return true;
      if (this.t.kind[k] === TokenKind.Punct || this.t.kind[k] === TokenKind.Break) return false;
    }
    return false;
  }

  private resolve(
    c: { kind: TriggerKind; token: number },
    s0: number,
    s1: number,
    limit: number,
    floor: number,
    triggers: readonly Trigger[],
    last: { speaker: RawSpeaker; sentence: number } | undefined,
    si: number,
  ): Trigger | undefined {
    const i = c.token;
    const t = this.t;
    const recent = last && si - last.sentence <= CARRY_SENTENCES ? last.speaker : undefined;
    // The reporting word without its conjunction: «وقال» → «قال».
    let verbStart = t.start[i]! + (this.hasConjunction(i) ? 1 : 0);
    let verbEnd = t.end[i]!;
    const trigger = (kind: TriggerKind, clauseStart: number, speaker: RawSpeaker, contentStart: number, contentBefore = -1): Trigger => ({
      kind,
      token: i,
      clauseStart,
      speaker,
      contentStart,
      contentBefore,
      verbStart,
      verbEnd,
    });
    switch (c.kind) {
      case 'headline': {
        const m = this.mentions[this.mentionAt[i]!]!;
        verbStart = t.start[m.endToken]!;
        verbEnd = t.end[m.endToken]!;
        return trigger('headline', i, entity(m.entity), m.endToken + 1);
      }
      case 'participle': {
        if (!this.isClauseStart(i, s0) && !this.hasConjunction(i)) return undefined;
        const speaker = triggers.length ? triggers[triggers.length - 1]!.speaker : recent;
        if (!speaker) return undefined;
        return trigger('participle', this.clauseStartOf(i, s0, floor), speaker, this.contentStartFrom(i + 1, limit, this.bareAt(i)));
      }
      case 'verb': {
        const p = i - 1;
        if (p >= s0 && this.has(F.RELATIVE, p)) return undefined;
        if (this.eq(i + 1, 'عن') || this.eq(i + 1, 'عنه') || this.eq(i + 1, 'عنها') || this.eq(i + 1, 'عنهم')) return undefined;
        const strong = this.hasConjunction(i) || this.isClauseStart(i, s0);
        const subject = this.subjectAfter(i, limit);
        if (subject) {
          const contentStart = this.contentStartFrom(subject.after, limit, this.bareAt(i));
          if (!strong && contentStart === subject.after && !this.has(F.THAT, contentStart - 1)) return undefined;
          return trigger('verb', this.clauseStartOf(i, s0, floor), subject.speaker, contentStart);
        }
        if (!strong) return undefined;
        const speaker = this.topicOfAmma(i, s0) ?? this.subjectBefore(i, s0) ?? recent;
        if (!speaker) return undefined;
        return trigger('verb', this.clauseStartOf(i, s0, floor), speaker, this.contentStartFrom(i + 1, limit, this.bareAt(i)));
      }
      case 'according': {
        // «حسب ما أعلن الرئيس الفرنسي ...» or «وفق بيان للرئاسة الفرنسية» / «نقلا عن ...».
        let from = i + 1;
        if (this.eq(i + 1, 'عن') || this.eq(i + 1, 'لسان')) from = i + 2;
        let speaker: RawSpeaker | undefined;
        let after = from;
        if (this.has(F.WHAT, from) && from + 1 < s1 && this.has(F.VERB, from + 1)) {
          this.consumed = from + 1;
          const subject = this.subjectAfter(from + 1, s1);
          if (!subject) return undefined;
          speaker = subject.speaker;
          after = subject.after;
          verbStart = t.start[from + 1]! + (this.hasConjunction(from + 1) ? 1 : 0);
          verbEnd = t.end[from + 1]!;
        } else {
          for (let k = from; k < Math.min(s1, from + 5); k++) {
            const m = this.mentionAt[k]!;
            if (m < 0) {
              if (this.isComma(k) || this.t.kind[k] === TokenKind.Punct) break;
              continue;
            }
            speaker = entity(this.entityOf(m));
            after = this.mentions[m]!.endToken;
            break;
          }
        }
        if (!speaker) return undefined;
        if (speaker.kind === 'entity' && this.isMedia(speaker.entity)) return undefined;
        const clauseStart = this.clauseStartOf(i, s0, floor);
        const atStart = clauseStart <= s0 || (clauseStart === i && i === s0);
        if (atStart) {
          return trigger('according', clauseStart, speaker, this.contentStartFrom(after, limit, ''));
        }
        const prev = triggers[triggers.length - 1];
        const before = prev ? prev.contentStart : s0;
        return trigger('according', clauseStart, speaker, before, before);
      }
    }
  }

  private statement(tr: Trigger, cs: number, ce: number, s0: number, s1: number): RawStatement | undefined {
    const t = this.t;
    // Trim: leading conjunction-only tokens and commas, trailing punctuation.
    while (cs < ce && (this.isComma(cs) || this.eq(cs, 'و'))) cs++;
    while (ce > cs && t.kind[ce - 1] === TokenKind.Punct && !this.isQuote(ce - 1)) ce--;
    while (ce > cs && t.kind[ce - 1] === TokenKind.Break) ce--;
    let words = 0;
    for (let k = cs; k < ce; k++) if (t.kind[k] === TokenKind.Arabic || t.kind[k] === TokenKind.Latin) words++;
    if (words < 2) return undefined;
    return {
      speaker: tr.speaker,
      verbStart: tr.verbStart,
      verbEnd: tr.verbEnd,
      start: t.start[cs]!,
      end: t.end[ce - 1]!,
      sentenceStart: t.start[s0]!,
      sentenceEnd: t.end[s1 - 1]!,
      direct: this.isQuote(cs) && this.opens[cs] === 1,
    };
  }
}

/** Finds the statements in tokenized text, given the mentions of known entities. */
export function extractStatements(g: Gazetteer, t: Tokens, mentions: readonly TokenMention[]): RawStatement[] {
  if (t.count === 0) return [];
  return new Extractor(g, t, mentions).run();
}
