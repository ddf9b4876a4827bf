/**
 * Reported speech: who said what (DESIGN.md, "Statements").
 *
 * For every trigger of a sentence (a reporting verb, a continuing participle, an "according to"
 * phrase, a headline's colon) the rules (rules/index.ts) find the speaker's phrase first, by the
 * grammar of the clause, whether or not the knowledge base knows the name; then the phrase is
 * linked: a knowledge-base entity, a discovered actor, a bare title resolved to whom the article
 * gave it or to whoever held it on the article's date, or an unnamed source kept as text. A
 * trigger with no subject of its own goes on with the previous speaker. The content runs from the
 * trigger's marker (أن، إن, a colon, a quotation, the verb's preposition) to the next trigger.
 * When no speaker can be found with confidence, nothing is recorded: a wrong attribution is worse
 * than a missing one.
 */
import type { SpeakerKind, VerbClass } from '../analyze/types';
import type { Gazetteer } from '../knowledge/matcher';
import { readTitle } from './phrase';
import { Reader, W as WORD_CLASSES } from './reader';
import { RULES, type Reading, type RuleContext, type Trigger, type TriggerKind } from './rules';
import { Phrases, type Phrase } from './subject';
import { ArticleTitles, holderOn, titleKeyOf } from './titles';
import { DUAL_FORMS, FEMININE_FORMS, FINAL_YA_OF_VERB, lemmaOf, MASCULINE_SINGULAR_FORMS, PLURAL_FORMS, verbClassOfNormalized } from './verbs';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

/** A speaker as the extractor found it: offsets are in the normalised text. */
export interface RawSpeaker {
  kind: SpeakerKind;
  /** Actor index (knowledge base, then discovered), or -1. */
  entity: number;
  /** The speaker's phrase. */
  start: number;
  end: number;
  /** The grammatical gender the phrase shows (its title, a state), when it shows one. */
  gender?: 'm' | 'f';
}

export interface RawStatement {
  speaker: RawSpeaker;
  /** A joint subject's members, the speaker first; absent for one. */
  members?: RawSpeaker[];
  /** Offsets of the reporting word in the normalised text. */
  verbStart: number;
  verbEnd: number;
  verbClass: VerbClass;
  /** Offsets of the content. */
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  direct: boolean;
  /** The rule that found the speaker. */
  rule: string;
}

export interface ExtractOptions {
  /** The article's date (YYYY-MM-DD): a bare title is resolved to whoever held it then. */
  publishedAt?: string | null;
  /** Told what became of every trigger (for `npm run explain` and the case tests). */
  trace?: (event: TraceEvent) => void;
}

/** What became of one trigger. */
export interface TraceEvent {
  kind: TriggerKind;
  /** Offsets of the trigger word in the normalised text. */
  start: number;
  end: number;
  /** The rule that read it, if one did. */
  rule?: string;
  outcome: 'statement' | 'no rule reads it' | 'a subject that cannot speak' | 'no speaker before it' | 'the verb does not agree with the speaker before it' | 'someone else is named before it' | 'no content' | 'content too short';
  statement?: RawStatement;
}

/** The word classes a trigger is made of. */
const TRIGGERS = W.ACCORDING | W.VERB | W.PARTICIPLE;

/** How far (in sentences) a speaker carries over to a trigger with no subject of its own. */
const CARRY_SENTENCES = 2;
/** How far the content's marker (أن، إن, a colon) may stand from the subject. */
const MAX_MARKER_DISTANCE = 22;

/** The preposition a verb's content may open with instead of أن (أكد على، دعا إلى، حذر من، أعرب عن). */
const PREPOSITION_OF_LEMMA: ReadonlyMap<string, readonly string[]> = new Map([
  ['اكد', ['علي']],
  ['شدد', ['علي']],
  ['حث', ['علي']],
  ['دعا', ['الي']],
  ['اشار', ['الي']],
  ['لفت', ['الي']],
  ['نوه', ['الي', 'ب']],
  ['حذر', ['من']],
  ['طالب', ['ب']],
  ['اتهم', ['ب']],
  ['توعد', ['ب']],
  ['هدد', ['ب']],
  ['ناشد', ['ب']],
  ['اعرب', ['عن']],
  ['كشف', ['عن']],
  ['اعلن', ['عن']],
  ['اشاد', ['ب']],
  ['رحب', ['ب']],
  ['ندد', ['ب']],
]);

/** Verbs whose direct object is what they report («أعلن الجيش مقتل ...», «نفى الوزير الاتهامات»): no marker needed. */
const OBJECT_IS_CONTENT = new Set(['اعلن', 'نفي', 'اكد', 'ادان', 'اتهم', 'كشف', 'توعد', 'هدد', 'حذر', 'دعا', 'طالب', 'حث', 'ناشد', 'اعتبر', 'راي', 'انتقد', 'استنكر', 'تعهد']);

interface Found {
  trigger: Trigger;
  reading: Reading;
  speaker: RawSpeaker;
  members?: RawSpeaker[];
  /** Where the trigger's clause begins: the previous content ends there. */
  clauseStart: number;
  /**
   * A report inside the content of an earlier one («قال لافروف إن موسكو ترى أن ...»): it is
   * recorded, and the earlier content runs on over it.
   */
  embedded: boolean;
  contentStart: number;
  verbToken: number;
}

class Extractor {
  private readonly phrases: Phrases;
  /** The titles the article gives its people, read when a bare title first needs its holder. */
  private titlesRead: ArticleTitles | undefined;
  private readonly kbCount: number;

  constructor(
    private readonly g: Gazetteer,
    private readonly r: Reader,
    private readonly options: ExtractOptions,
  ) {
    this.kbCount = g.entities.length;
    this.phrases = new Phrases(r, (code) => g.indexOf.get(`place:${code.toLowerCase()}`));
  }

  /** The titles the article gives its people: «وزير الدفاع الفرنسي جان إيف لودريان», «لافروف، وزير الخارجية الروسي،». */
  private get titles(): ArticleTitles {
    return (this.titlesRead ??= this.registerTitles());
  }

  private registerTitles(): ArticleTitles {
    const titles = new ArticleTitles();
    const r = this.r;
    for (const m of r.mentions) {
      if (r.actorOf(m).type !== 'person') continue;
      let b = m.firstToken;
      // «وزير الخارجية الروسي، سيرغي لافروف»: a comma or a quotation mark may stand between.
      if (r.isQuote(b - 1) || r.isComma(b - 1)) b--;
      for (let h = b - 1; h >= Math.max(0, b - 10); h--) {
        if (!r.has(W.TITLE, h)) continue;
        const t = readTitle(r, h, b + 1);
        if (t && t.end === b) {
          titles.add(titleKeyOf(r, t), m.entity, m.firstToken);
          break;
        }
      }
      const a = m.endToken;
      if (r.isComma(a) && r.has(W.TITLE, a + 1)) {
        const t = readTitle(r, a + 1, r.n);
        if (t) titles.add(titleKeyOf(r, t), m.entity, m.firstToken);
      }
    }
    return titles;
  }

  run(): RawStatement[] {
    const r = this.r;
    const out: RawStatement[] = [];
    const sentences = r.sentences();
    let last: { speaker: RawSpeaker; members?: RawSpeaker[]; sentence: number } | undefined;
    for (let si = 0; si < sentences.length; si++) {
      const [s0, s1] = sentences[si]!;
      const candidates = this.candidates(s0, s1);
      if (candidates.length === 0) continue;
      const found: Found[] = [];
      const consumed = new Set<number>();
      for (let ci = 0; ci < candidates.length; ci++) {
        const trigger = candidates[ci]!;
        if (consumed.has(trigger.token)) continue;
        // «وشدد الرئيس، خلال الاتصال، وفق البيان، على ...»: an "according to" set off by commas
        // between a verb and its content sources that statement; it is no statement of its own.
        let next = ci + 1;
        // «نفى الكرملين على لسان المتحدث باسمه ... أن»: the mouthpiece of the verb's subject, likewise.
        while (trigger.kind === 'verb' && candidates[next]?.kind === 'according' && (this.parenthetical(candidates[next]!.token, s1) || r.eq(candidates[next]!.token + 1, 'لسان'))) {
          consumed.add(candidates[next]!.token);
          next++;
        }
        const c: RuleContext = {
          r,
          phrases: this.phrases,
          s0,
          s1,
          limit: candidates[next]?.token ?? s1,
          earlier: found,
        };
        const reading = this.read(c, trigger);
        if (!reading || reading.none) {
          this.trace(trigger, reading, reading ? 'a subject that cannot speak' : 'no rule reads it');
          continue;
        }
        if (reading.consumed !== undefined) consumed.add(reading.consumed);
        let speaker: RawSpeaker | undefined;
        let members: RawSpeaker[] | undefined;
        if (reading.subject) {
          speaker = this.link(reading.subject);
          members = reading.subject.members?.map((m) => this.link(m));
        } else {
          const before = found[found.length - 1];
          // «ووصف سولانا ... ، ودعا الجميع إلى»: the subject of the verb that opens the sentence is
          // who a later verb with no subject of its own, joined by و, goes on with.
          const topic = before || !(r.hasConjunction(trigger.token) || trigger.kind === 'participle') ? undefined : this.topicOf(s0, trigger.token);
          const carried = before ?? topic ?? (last && si - last.sentence <= CARRY_SENTENCES ? last : undefined);
          if (!carried) {
            this.trace(trigger, reading, 'no speaker before it');
            continue;
          }
          if (!this.agrees(trigger, carried)) {
            this.trace(trigger, reading, 'the verb does not agree with the speaker before it');
            continue;
          }
          // Someone else named before the trigger in this sentence makes the pronoun's referent uncertain.
          if (!before && !topic && this.someoneElseBefore(s0, trigger.token, carried.speaker)) {
            this.trace(trigger, reading, 'someone else is named before it');
            continue;
          }
          speaker = carried.speaker;
          members = carried.members;
        }
        const verbToken = reading.verbToken ?? trigger.token;
        const f: Found = {
          trigger,
          reading,
          speaker,
          members,
          clauseStart: this.clauseStartOf(trigger.token, s0, found.length ? Math.max(s0, found[found.length - 1]!.contentStart) : s0),
          contentStart: reading.contentBefore ? reading.contentFrom : this.contentStart(reading, trigger, c.limit),
          verbToken,
          embedded: this.embeddedIn(found, reading),
        };
        // A subject that reports nothing here (no content) still tells who a following pronoun means.
        found.push(f);
        if (f.contentStart < 0) this.trace(trigger, reading, 'no content');
        if (trigger.kind !== 'according') last = { speaker, members, sentence: si };
      }
      for (let fi = 0; fi < found.length; fi++) {
        const f = found[fi]!;
        if (f.contentStart < 0) continue;
        const cs = f.contentStart;
        let ce = s1;
        if (f.reading.contentBefore) {
          ce = f.clauseStart;
        } else {
          for (let k = fi + 1; k < found.length; k++) {
            if (found[k]!.contentStart >= 0 && !found[k]!.embedded && found[k]!.clauseStart > cs) {
              ce = found[k]!.clauseStart;
              break;
            }
          }
        }
        const st = this.statement(f, cs, ce, s0, s1);
        if (st) out.push(st);
        if (this.options.trace) this.trace(f.trigger, f.reading, st ? 'statement' : 'content too short', f.verbToken, st);
      }
    }
    return out;
  }

  /**
   * The subject of the verb that opens a sentence («والتقى الرئيس السوري بشار الأسد المبعوث ...»):
   * a person or body named right after a first word that is none of the lexicon's (a verb the
   * lexicon does not list), before token `upTo`.
   */
  private topicOf(s0: number, upTo: number): { speaker: RawSpeaker; members?: RawSpeaker[] } | undefined {
    const r = this.r;
    let v = s0;
    if (r.isQuote(v)) v++;
    if (v + 1 >= upTo || !r.isArabic(v) || r.flagsAt(v) !== 0 || r.mentionOver(v)) return undefined;
    const ph = this.phrases.phraseAt(v + 1, upTo);
    // («ونشرت وسائل إعلام ... ، وقالت إن»: an unnamed source or a state opening the sentence is the topic too.)
    if (typeof ph === 'string') return undefined;
    return { speaker: this.link(ph), members: ph.members?.map((m) => this.link(m)) };
  }

  /** Tells the trace (when there is one) what became of a trigger. */
  private trace(trigger: Trigger, reading: Reading | undefined, outcome: TraceEvent['outcome'], token = reading?.verbToken ?? trigger.token, statement?: RawStatement): void {
    const r = this.r;
    this.options.trace?.({ kind: trigger.kind, start: r.start(token), end: r.end(token), rule: reading?.rule, outcome, statement });
  }

  /** Is the "according to" at `i` set off by commas («، وفق البيان،»)? */
  private parenthetical(i: number, s1: number): boolean {
    const r = this.r;
    if (!r.isComma(i - 1)) return false;
    for (let k = i + 1; k < Math.min(s1, i + 8); k++) {
      if (r.isComma(k)) return true;
      if (!r.isWord(k)) return false;
    }
    return false;
  }

  /** Is a reading's subject the first words of the last statement's content («... إن موسكو ترى أن»)? */
  private embeddedIn(found: readonly Found[], reading: Reading): boolean {
    const before = found[found.length - 1];
    const ph = reading.subject;
    if (!before || before.contentStart < 0 || !ph) return false;
    const first = ph.title ? Math.min(ph.title.start, ph.first) : ph.first;
    return first === before.contentStart;
  }

  /**
   * Does a verb with no subject agree in number with the speaker it would go on with? A plural
   * («أكدوا») never continues one person, a dual («قالا») continues two.
   */
  private agrees(t: Trigger, carried: { speaker: RawSpeaker; members?: RawSpeaker[] }): boolean {
    const w = t.word;
    const many = (carried.members?.length ?? 1) > 1;
    if (DUAL_FORMS.has(w)) return carried.members?.length === 2;
    if (PLURAL_FORMS.has(w)) return many || carried.speaker.kind === 'unnamed' || (carried.speaker.entity >= 0 && this.r.actors[carried.speaker.entity]?.type !== 'person');
    // Gender, where the speaker's phrase shows it: «الخبير العسكري ... وقالت» is someone else.
    const gender = carried.speaker.gender;
    if (gender === 'm' && FEMININE_FORMS.has(w)) return false;
    if (gender === 'f' && MASCULINE_SINGULAR_FORMS.has(w) && !many) return false;
    return true;
  }


  /** Is a person other than `speaker` named, not as an object, in [s0, upTo)? */
  private someoneElseBefore(s0: number, upTo: number, speaker: RawSpeaker): boolean {
    const r = this.r;
    for (let k = s0; k < upTo; k++) {
      const m = r.mentionAt(k);
      if (!m) continue;
      k = m.endToken - 1;
      if (m.entity === speaker.entity || r.actorOf(m).type !== 'person' || this.phrases.governed(m)) continue;
      return true;
    }
    return false;
  }

  private read(c: RuleContext, t: Trigger): Reading | undefined {
    for (const rule of RULES) {
      if (!rule.kinds.includes(t.kind)) continue;
      const reading = rule.read(c, t);
      if (reading) return reading;
    }
    return undefined;
  }

  /** The triggers of a sentence, in text order. */
  private candidates(s0: number, s1: number): Trigger[] {
    const r = this.r;
    const out: Trigger[] = [];
    const at = (kind: TriggerKind, token: number): void => void out.push({ kind, token, word: r.bare(token) });
    // A headline: a name (or a title and a name) opening the sentence, then a colon.
    let h = s0;
    if (r.isQuote(h)) h++;
    // («وتابع: ...» opens with a verb: no headline.)
    for (let k = h; k < Math.min(s1, h + 8) && !r.has(W.VERB, h); k++) {
      if (r.isColon(k)) {
        if (k > h) at('headline', h);
        break;
      }
      if (!r.isWord(k)) break;
    }
    for (let i = s0; i < s1; i++) {
      // Most words carry none of the classes a trigger is made of («على لسان» begins with a preposition).
      if ((r.flagsAt(i) & (TRIGGERS | W.PREPOSITION)) === 0) continue;
      if (!r.isArabic(i) || r.mentionOver(i)) continue;
      if (r.has(W.ACCORDING, i)) {
        if (r.bare(i) !== 'نقلا' || r.eq(i + 1, 'عن')) at('according', i);
      } else if (r.eq(i, 'علي') && r.eq(i + 1, 'لسان')) at('according', i);
      else if (r.has(W.VERB, i)) {
        // A verb after a preposition is a verbal noun («بعد إعلان», «في ذكر»); after «ما» it is "what X said".
        if (r.has(W.PREPOSITION | W.THAT_BLOCKER, i - 1) || (r.has(W.WHAT, i - 1) && !r.has(W.ACCORDING, i - 2) && !r.eq(i - 2, 'كما'))) continue;
        // «نفي» the noun, «رأي» an opinion, «يُدعى» is called: told by ى or ي where the text tells them.
        const ya = FINAL_YA_OF_VERB.get(r.bare(i));
        if (ya !== undefined && r.writesAlefMaqsura && r.alefMaqsura(i) !== (ya === 'ى')) continue;
        at('verb', i);
      } else if (r.has(W.PARTICIPLE, i)) at('participle', i);
    }
    if (out.length > 1 && out[0]!.kind === 'headline') out.sort((a, b) => a.token - b.token);
    return out;
  }

  /** Links a speaker's phrase: a knowledge-base entity, a discovered actor, a title's holder, or an unnamed source. */
  private link(ph: Phrase): RawSpeaker {
    const sp = this.linkPhrase(ph);
    const r = this.r;
    // The gender shows in the title's head («الوزيرة», «الخبير»), or a state is feminine.
    const head = ph.title ? ph.title.head : ph.kind === 'name' ? -1 : ph.first;
    if (head >= 0 && r.has(W.TITLE, head)) sp.gender = r.bare(head).endsWith('ه') ? 'f' : 'm';
    else if (sp.entity >= 0 && r.actors[sp.entity]?.type === 'place') sp.gender = 'f';
    return sp;
  }

  private linkPhrase(ph: Phrase): RawSpeaker {
    const r = this.r;
    const start = r.mentionAt(ph.first)?.start ?? r.start(ph.first);
    const end = r.end(ph.end - 1);
    if (ph.kind === 'name') return { kind: ph.entity < this.kbCount ? 'entity' : 'discovered', entity: ph.entity, start, end };
    if (ph.kind === 'title' && ph.title) {
      const key = titleKeyOf(r, ph.title);
      let holder = this.titles.resolve(key, ph.first);
      if (holder === undefined && this.options.publishedAt) holder = holderOn(this.g, key, this.options.publishedAt);
      // A spokesperson whose name is not known speaks for the body: «المتحدث باسم البيت الأبيض».
      if (holder === undefined && ph.body !== undefined) return { kind: ph.body < this.kbCount ? 'entity' : 'discovered', entity: ph.body, start, end };
      return { kind: 'title', entity: holder ?? -1, start, end };
    }
    return { kind: 'unnamed', entity: -1, start, end };
  }

  /** Where the clause of the trigger at `i` begins: back over openers, then a comma before them. */
  private clauseStartOf(i: number, s0: number, floor: number): number {
    const r = this.r;
    const lo = Math.max(s0, floor);
    let c = i;
    while (c - 1 >= lo && (r.has(W.OPENER, c - 1) || (r.eq(c - 1, 'من') && (r.bare(c) === 'جانبه' || r.bare(c) === 'جهته')))) c--;
    if (c - 1 >= lo && r.isComma(c - 1)) return c - 1;
    // A verb after a fronted phrase («وفي لقائه مع ... ذكر شويغو»): the clause begins at the last comma.
    for (let k = c - 1; k >= lo; k--) if (r.isComma(k)) return k;
    return c;
  }

  /**
   * Where the content starts, searching from the reading's `contentFrom` up to `limit` (the next
   * trigger): after the first أن/إن or colon, at a quotation of three words or more, or at the
   * preposition the verb takes; without any, right after the subject — when the verb's object is
   * what it reports, or the verb opens its clause. -1 when this is no report at all.
   */
  private contentStart(reading: Reading, t: Trigger, limit: number): number {
    const r = this.r;
    const from = reading.contentFrom;
    const end = Math.min(limit, from + MAX_MARKER_DISTANCE);
    const lemma = lemmaOf(t.word) ?? '';
    const preps = PREPOSITION_OF_LEMMA.get(lemma);
    for (let k = from; k < end; k++) {
      if (r.has(W.THAT, k) && !r.has(W.THAT_BLOCKER, k - 1)) return k + 1;
      if (r.isColon(k)) return k + 1;
      if (r.isQuote(k) && r.opens(k) && this.quotedWords(k, limit) >= 3) return k;
      if (preps && k < from + 8) {
        const w = r.bare(k);
        // A glued ب opens the content only right after the verb: «طالب بالإفراج»; after an object the
        // object is part of what was said («طالبت إسرائيل بالاعتذار», «اتهم جهات خارجية بالوقوف ...»).
        if (preps.some((p) => w === p || (p === 'ب' && w.startsWith('ب') && w.length > 3 && k === from))) return k;
      }
    }
    if (t.kind === 'headline' || t.kind === 'according' || t.kind === 'participle') return from;
    // No marker: the verb's object is its content («أعلن الجيش مقتل ...»), or a verb opening its clause speaks on («وتابع هذا ليس ...»).
    if (OBJECT_IS_CONTENT.has(lemma) || (reading.continues && (r.hasConjunction(t.token) || t.token === 0))) {
      let k = from;
      while (k < limit && r.isComma(k)) k++;
      // «أعلن الحزب الذي يتزعمه مسعود بارزاني انسحابه»: a short relative clause on the subject is no content.
      if (r.has(W.RELATIVE, k) && r.mentionAt(k + 2)) k = r.mentionAt(k + 2)!.endToken;
      return k;
    }
    return -1;
  }

  /** How many words a quotation opening at `q` holds (up to its closing mark or `limit`). */
  private quotedWords(q: number, limit: number): number {
    let words = 0;
    for (let k = q + 1; k < limit && !this.r.isQuote(k); k++) if (this.r.isWord(k)) words++;
    return words;
  }

  private statement(f: Found, cs: number, ce: number, s0: number, s1: number): RawStatement | undefined {
    const r = this.r;
    // Trim: leading conjunction-only tokens and commas, trailing punctuation.
    while (cs < ce && (r.isComma(cs) || r.eq(cs, 'و'))) cs++;
    while (ce > cs && r.isPunct(ce - 1)) ce--;
    while (ce > cs && r.isBreak(ce - 1)) ce--;
    if (r.wordsIn(cs, ce) < 2) return undefined;
    const v = f.verbToken;
    const colon = r.isColon(v);
    const verbStart = colon ? r.start(v) : r.start(v) + (r.hasConjunction(v) ? 1 : 0);
    const word = f.trigger.kind === 'according' ? f.trigger.word : r.bare(v);
    return {
      speaker: f.speaker,
      members: f.members,
      verbStart,
      verbEnd: r.end(v),
      verbClass: colon ? 'states' : verbClassOfNormalized(word),
      start: r.start(cs),
      end: r.end(ce - 1),
      sentenceStart: r.start(s0),
      sentenceEnd: r.end(s1 - 1),
      direct: r.isQuote(cs) && r.opens(cs),
      rule: f.reading.rule,
    };
  }
}

/** Finds the statements in a text the reader holds (with its mentions set: knowledge base and discovered). */
export function extractStatements(g: Gazetteer, r: Reader, options: ExtractOptions = {}): RawStatement[] {
  if (r.n === 0) return [];
  return new Extractor(g, r, options).run();
}
