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
import * as L from './lexicon';
import { buildTitleRegistry, type TitleRegistry } from './titles';

export type RawSpeaker =
  | { kind: 'entity'; entity: number }
  /** An unnamed source; offsets of its phrase in the normalised text. */
  | { kind: 'unnamed'; start: number; end: number };

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
  /** For an "according to" after its content: that content's first token. */
  contentBefore?: number;
  verbStart: number;
  verbEnd: number;
}

const COMMAS = new Set(['،', ',', '؛', ';']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '؟', '…']);
const MEDIA_KINDS = /media|agency|news|newspaper|channel|tv|outlet/;
/** How far (in sentences) a speaker carries over to a verb with no subject of its own. */
const CARRY_SENTENCES = 2;
const MAX_SUBJECT_TOKENS = 14;
const MAX_CONTENT_MARKER_DISTANCE = 22;

/** The extraction over one text. */
class Extractor {
  private readonly word: string[];
  private readonly bare: string[];
  private readonly mentionAt: Int32Array;
  private readonly coveredBy: Int32Array;
  private readonly titles: TitleRegistry;
  /** For each quotation mark: does it open a quotation? (by parity within a paragraph, so «“...”» and «”...“» both work) */
  private readonly opens: Uint8Array;

  constructor(
    private readonly g: Gazetteer,
    private readonly t: Tokens,
    private readonly mentions: readonly TokenMention[],
  ) {
    const n = t.count;
    this.word = new Array<string>(n);
    this.bare = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const k = t.kind[i];
      const w = k === TokenKind.Arabic || k === TokenKind.Latin || k === TokenKind.Punct ? tokenText(t, i) : '';
      this.word[i] = w;
      this.bare[i] = k === TokenKind.Arabic ? L.bareWord(w) : w;
    }
    this.mentionAt = new Int32Array(n).fill(-1);
    this.coveredBy = new Int32Array(n).fill(-1);
    mentions.forEach((m, index) => {
      this.mentionAt[m.firstToken] = index;
      this.coveredBy.fill(index, m.firstToken, m.endToken);
    });
    this.titles = buildTitleRegistry(g, t, this.bare, this.coveredBy, mentions);
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

  private is(set: ReadonlySet<string>, i: number): boolean {
    return set.has(this.word[i]!) || set.has(this.bare[i]!);
  }
  private isComma(i: number): boolean {
    return this.t.kind[i] === TokenKind.Punct && COMMAS.has(this.word[i]!);
  }
  private isColon(i: number): boolean {
    return this.t.kind[i] === TokenKind.Punct && this.word[i] === ':';
  }
  private isQuote(i: number): boolean {
    return this.t.kind[i] === TokenKind.Quote;
  }
  private entityOf(m: number): number {
    return this.mentions[m]!.entity;
  }

  /** Is this mention an object or a modifier (after a preposition, «نظيره», a proclitic ب/ل)? */
  private governed(m: TokenMention): boolean {
    if (m.preposition) return true;
    const p = m.firstToken - 1;
    if (p < 0) return false;
    const w = this.bare[p]!;
    if (L.GOVERNING_WORDS.has(w) || L.GOVERNING_WORDS.has(this.word[p]!)) return true;
    return w === 'ب' || w === 'ل' || w === 'ك';
  }

  sentences(): [number, number][] {
    const out: [number, number][] = [];
    let s = 0;
    for (let i = 0; i < this.t.count; i++) {
      const k = this.t.kind[i];
      if (k === TokenKind.Break || (k === TokenKind.Punct && SENTENCE_ENDS.has(this.word[i]!))) {
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
    if (this.t.kind[p] === TokenKind.Punct && (this.word[p] === '(' || this.word[p] === ')' || this.word[p] === '-' || this.word[p] === '–')) return true;
    return this.is(L.CLAUSE_OPENERS, p);
  }

  /** Where the clause of the trigger at `i` begins: back over openers, then a comma before them. */
  private clauseStartOf(i: number, s0: number, floor: number): number {
    let c = i;
    while (c - 1 >= Math.max(s0, floor) && (this.is(L.CLAUSE_OPENERS, c - 1) || (this.word[c - 1] === 'من' && (this.bare[c] === 'جانبه' || this.bare[c] === 'جهته')))) c--;
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
    const prep = L.PREPOSITION_OF_VERB.get(verb);
    for (let k = from; k < end; k++) {
      if (this.is(L.THAT, k) && !(k - 1 >= 0 && this.is(L.THAT_BLOCKERS, k - 1))) return k + 1;
      if (this.isColon(k)) return k + 1;
      if (this.isQuote(k) && this.opens[k] && this.quotedWords(k, limit) >= 3) return k;
      if (prep !== undefined && k < from + 8 && this.word[k] === prep) return k;
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
    while (start < limit && skipped < 4 && (this.is(L.TIME_WORDS, start) || this.isComma(start))) {
      start++;
      skipped++;
    }
    if (start >= limit) return undefined;
    // The noun phrase ends at أن/إن, a colon, a quote, or after MAX_SUBJECT_TOKENS.
    let e = start;
    const max = Math.min(limit, start + MAX_SUBJECT_TOKENS);
    while (e < max) {
      if (this.is(L.THAT, e) && !(e - 1 >= 0 && this.is(L.THAT_BLOCKERS, e - 1))) break;
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
    const head = this.bare[start]!;
    const ent = (m: TokenMention): RawSpeaker => ({ kind: 'entity', entity: m.entity });
    const isPerson = (m: TokenMention) => this.g.entities[m.entity]?.type === 'person';

    // An unnamed source: «قال مسؤول أمريكي», «قالت مصادر», «وأضاف المسؤول» — unless a person is
    // named in apposition («المتحدث باسم التحالف، شون راين،») or it is the spokesperson of a body.
    if (L.UNNAMED_HEADS.has(head) && head !== 'مكتب') {
      const apposed = inNp.find((m) => isPerson(m) && m.firstToken - 1 >= start && this.isComma(m.firstToken - 1));
      if (apposed) return { speaker: ent(apposed), after: apposed.endToken };
      if (L.SPOKESPERSON_HEADS.has(head) && this.word[start + 1] === 'باسم') {
        const body = inNp.find((m) => m.firstToken === start + 2);
        if (body) return { speaker: ent(body), after: body.endToken };
      }
      let pe = start + 1;
      while (pe < e && !this.isComma(pe)) pe++;
      return { speaker: { kind: 'unnamed', start: this.t.start[start]!, end: this.t.end[pe - 1]! }, after: pe };
    }
    const person = inNp.find((m) => isPerson(m) && !this.governed(m));
    if (person) return { speaker: ent(person), after: person.endToken };
    // A bare title given to someone earlier in the article: «ونفى الوزير الفرنسي».
    const back = this.titles.resolve(start, e);
    if (back !== undefined) {
      if (back.entity >= 0) return { speaker: { kind: 'entity', entity: back.entity }, after: back.after };
      return { speaker: { kind: 'unnamed', start: this.t.start[start]!, end: this.t.end[back.after - 1]! }, after: back.after };
    }
    const first = inNp[0];
    if (first && !this.governed(first) && (first.firstToken === start || (first.firstToken === start + 1 && L.ORG_HEADS.has(head)))) {
      return { speaker: ent(first), after: first.endToken };
    }
    return undefined;
  }

  /** A subject before the verb: «وزير الخارجية التركي، مولود جاويش أوغلو، قال إن ...». */
  private subjectBefore(v: number, s0: number): RawSpeaker | undefined {
    let p = v - 1;
    while (p >= s0 && (this.isComma(p) || this.bare[p] === 'قد' || this.word[p] === 'فقد' || this.word[p] === 'لقد')) p--;
    if (p < s0) return undefined;
    const mi = this.coveredBy[p]!;
    if (mi < 0) return undefined;
    const m = this.mentions[mi]!;
    if (m.endToken - 1 !== p || this.governed(m)) return undefined;
    let q = m.firstToken - 1;
    if (q >= s0 && this.isComma(q)) q--;
    if (q < s0 || this.isClauseStart(q + 1, s0)) return { kind: 'entity', entity: m.entity };
    // Back over a title to the clause start: «ولكن وزير الخارجية التركي، ...».
    for (let k = q, seen = 0; k >= s0 && seen < 6; k--, seen++) {
      if (this.t.kind[k] !== TokenKind.Arabic) return undefined;
      if (L.titleHead(this.bare[k]!) !== undefined && this.isClauseStart(k, s0)) return { kind: 'entity', entity: m.entity };
    }
    return undefined;
  }

  /** «أما فرنسا التي ...، فقد أكدت أن ...»: the topic after أما is the subject. */
  private topicOfAmma(v: number, s0: number): RawSpeaker | undefined {
    const fa = this.word[v]!.startsWith('ف') || this.word[v - 1] === 'فقد' || this.word[v - 1] === 'فان';
    if (!fa) return undefined;
    for (let k = v - 1; k >= s0; k--) {
      if (this.word[k] === 'اما' || this.word[k] === 'واما') {
        const m = this.mentionAt[k + 1]!;
        return m >= 0 ? { kind: 'entity', entity: this.entityOf(m) } : undefined;
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
    sentences.forEach(([s0, s1], si) => {
      const triggers: Trigger[] = [];
      const consumed = new Set<number>();
      const candidates = this.candidates(s0, s1);
      candidates.forEach((c, ci) => {
        if (consumed.has(c.token)) return;
        const limit = candidates[ci + 1]?.token ?? s1;
        const floor = triggers.length ? triggers[triggers.length - 1]!.contentStart : s0;
        const tr = this.resolve(c, s0, s1, limit, floor, triggers, last, si, consumed);
        if (!tr) return;
        triggers.push(tr);
        if (tr.kind !== 'according') last = { speaker: tr.speaker, sentence: si };
      });
      triggers.forEach((tr, ti) => {
        let cs: number;
        let ce: number;
        if (tr.contentBefore !== undefined) {
          cs = tr.contentBefore;
          ce = tr.clauseStart;
        } else {
          cs = tr.contentStart;
          ce = s1;
          for (let k = ti + 1; k < triggers.length; k++) {
            const next = triggers[k]!;
            if (next.contentBefore === undefined && next.clauseStart > cs) {
              ce = next.clauseStart;
              break;
            }
            if (next.contentBefore !== undefined && next.clauseStart > cs) {
              ce = next.clauseStart;
              break;
            }
          }
        }
        const st = this.statement(tr, cs, ce, s0, s1);
        if (st) out.push(st);
      });
    });
    return out;
  }

  private candidates(s0: number, s1: number): { kind: TriggerKind; token: number }[] {
    const out: { kind: TriggerKind; token: number }[] = [];
    for (let i = s0; i < s1; i++) {
      const k = this.t.kind[i];
      if (k !== TokenKind.Arabic) {
        continue;
      }
      if (i === s0 || (i === s0 + 1 && this.isQuote(s0))) {
        const m = this.mentionAt[i]!;
        if (m >= 0) {
          const after = this.mentions[m]!.endToken;
          if (after < s1 && this.isColon(after)) {
            out.push({ kind: 'headline', token: i });
            i = after;
            continue;
          }
        }
      }
      if (this.coveredBy[i]! >= 0) continue;
      if (this.is(L.ACCORDING_TO, i) || (this.bare[i] === 'نقلا' && this.word[i + 1] === 'عن') || (this.bare[i] === 'علي' && this.word[i + 1] === 'لسان')) {
        if (this.namesSourceAfter(i, s1)) out.push({ kind: 'according', token: i });
      } else if (L.REPORTING_VERBS.has(this.bare[i]!) || L.REPORTING_VERBS.has(this.word[i]!)) {
        out.push({ kind: 'verb', token: i });
      } else if (L.CONTINUATION_PARTICIPLES.has(this.bare[i]!) || L.CONTINUATION_PARTICIPLES.has(this.word[i]!)) {
        out.push({ kind: 'participle', token: i });
      }
    }
    return out;
  }

  /** Does an "according to" at `i` name a source: «حسب ما أعلن ...» or a known entity within a few words? */
  private namesSourceAfter(i: number, s1: number): boolean {
    const from = this.word[i + 1] === 'عن' || this.word[i + 1] === 'لسان' ? i + 2 : i + 1;
    if (this.is(L.WHAT, from) && from + 1 < s1 && L.REPORTING_VERBS.has(this.bare[from + 1]!)) return true;
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
    consumed: Set<number>,
  ): Trigger | undefined {
    const i = c.token;
    const t = this.t;
    const recent = last && si - last.sentence <= CARRY_SENTENCES ? last.speaker : undefined;
    // The reporting word without its conjunction: «وقال» → «قال».
    const base = { token: i, verbStart: t.start[i]! + (this.word[i]!.length - this.bare[i]!.length), verbEnd: t.end[i]! };
    switch (c.kind) {
      case 'headline': {
        const m = this.mentions[this.mentionAt[i]!]!;
        return { ...base, kind: 'headline', clauseStart: i, speaker: { kind: 'entity', entity: m.entity }, contentStart: m.endToken + 1, verbStart: t.start[m.endToken]!, verbEnd: t.end[m.endToken]! };
      }
      case 'participle': {
        if (!this.isClauseStart(i, s0) && this.word[i] === this.bare[i]) return undefined;
        const speaker = triggers.length ? triggers[triggers.length - 1]!.speaker : recent;
        if (!speaker) return undefined;
        return { ...base, kind: 'participle', clauseStart: this.clauseStartOf(i, s0, floor), speaker, contentStart: this.contentStartFrom(i + 1, limit, this.bare[i]!) };
      }
      case 'verb': {
        const p = i - 1;
        if (p >= s0 && this.is(L.RELATIVES, p)) return undefined;
        const next = this.word[i + 1] ?? '';
        if (next === 'عنه' || next === 'عنها' || next === 'عنهم' || next === 'عن') return undefined;
        const strong = this.word[i] !== this.bare[i] || this.isClauseStart(i, s0);
        const subject = this.subjectAfter(i, limit);
        if (subject) {
          const contentStart = this.contentStartFrom(subject.after, limit, this.bare[i]!);
          if (!strong && contentStart === subject.after && !this.is(L.THAT, contentStart - 1)) return undefined;
          return { ...base, kind: 'verb', clauseStart: this.clauseStartOf(i, s0, floor), speaker: subject.speaker, contentStart };
        }
        if (!strong) return undefined;
        const speaker = this.topicOfAmma(i, s0) ?? this.subjectBefore(i, s0) ?? recent;
        if (!speaker) return undefined;
        return { ...base, kind: 'verb', clauseStart: this.clauseStartOf(i, s0, floor), speaker, contentStart: this.contentStartFrom(i + 1, limit, this.bare[i]!) };
      }
      case 'according': {
        // «حسب ما أعلن الرئيس الفرنسي ...» or «وفق بيان للرئاسة الفرنسية» / «نقلا عن ...».
        let from = i + 1;
        if (this.word[i + 1] === 'عن' || this.word[i + 1] === 'لسان') from = i + 2;
        let speaker: RawSpeaker | undefined;
        let after = from;
        if (this.is(L.WHAT, from) && from + 1 < s1 && L.REPORTING_VERBS.has(this.bare[from + 1]!)) {
          consumed.add(from + 1);
          const subject = this.subjectAfter(from + 1, s1);
          if (!subject) return undefined;
          speaker = subject.speaker;
          after = subject.after;
          base.verbStart = t.start[from + 1]! + (this.word[from + 1]!.length - this.bare[from + 1]!.length);
          base.verbEnd = t.end[from + 1]!;
        } else {
          for (let k = from; k < Math.min(s1, from + 5); k++) {
            const m = this.mentionAt[k]!;
            if (m < 0) {
              if (this.isComma(k) || this.t.kind[k] === TokenKind.Punct) break;
              continue;
            }
            speaker = { kind: 'entity', entity: this.entityOf(m) };
            after = this.mentions[m]!.endToken;
            break;
          }
        }
        if (!speaker) return undefined;
        if (speaker.kind === 'entity' && this.isMedia(speaker.entity)) return undefined;
        const clauseStart = this.clauseStartOf(i, s0, floor);
        const atStart = clauseStart <= s0 || (clauseStart === i && i === s0);
        if (atStart) {
          return { ...base, kind: 'according', clauseStart, speaker, contentStart: this.contentStartFrom(after, limit, '') };
        }
        const prev = triggers[triggers.length - 1];
        const before = prev ? prev.contentStart : s0;
        return { ...base, kind: 'according', clauseStart, speaker, contentStart: before, contentBefore: before };
      }
    }
  }

  private statement(tr: Trigger, cs: number, ce: number, s0: number, s1: number): RawStatement | undefined {
    const t = this.t;
    // Trim: leading conjunction-only tokens and commas, trailing punctuation.
    while (cs < ce && (this.isComma(cs) || this.word[cs] === 'و')) cs++;
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
