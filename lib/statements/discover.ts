/**
 * Discovered actors: names the knowledge base lacks, recognised by where they stand (DESIGN.md,
 * "Statements"). A name is discovered only where the grammar says a name stands:
 * - after a title, a rank or an honorific: «وزيرة الخارجية الأسترالية جولي بيشوب», «اللواء X»;
 * - as the subject of a reporting verb: «وقال رمضان إن», «وأوضح فارس أنه», a given name first
 *   («وقال محمد الشربيني إن»);
 * - before a reporting verb at the start of its clause: «نتشيرفان البارزاني قال إن»;
 * - as the source of a relayed quote: «نقلت الوكالة عن صلاد حسن قوله»;
 * - an organisation's name in quotation marks after its head noun: «صحيفة "لانس"».
 * A person named in full is then linked wherever the article uses the surname alone.
 *
 * Precision first: a discovered name must be a name, not a title, an unnamed source or a common
 * word; when the position is not certain, nothing is discovered.
 */
import { stems } from '../arabic/clitics';
import { WordFilter } from '../arabic/word-filter';
import type { TokenMention } from '../knowledge/matcher';
import type { EntityRecord, EntityType } from '../knowledge/types';
import { isStopword } from '../knowledge/stoplist';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, NAME_PARTICLES } from '../names/given-names';
import { beginsAsName, conjunctionInName, givenName, isTitleHead, nameForm, NameContext, nameWord, nounLike, readName, readTitle } from './phrase';
import { Reader, W as WORD_CLASSES } from './reader';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

/** Where a name was found: after a title, as a verb's subject, fronted before a verb, as a relayed source, quoted after an organisation's head. */
export type Cue = 'title' | 'subject' | 'fronted' | 'relay' | 'quoted';

export interface DiscoveredActor {
  /** Normalised name: the key its id is made from. */
  key: string;
  type: EntityType;
  /** Where it was first found. */
  cue: Cue;
  /** Token range of its first mention, and of the title or role it was given (or -1). */
  first: number;
  end: number;
  /** Offsets of its first mention in the normalised text (a conjunction glued to it left out). */
  start: number;
  stop: number;
  roleStart: number;
  roleEnd: number;
}

export interface Discovery {
  actors: DiscoveredActor[];
  /** Mentions of the discovered actors; `entity` = `base + index into actors`. */
  mentions: TokenMention[];
}

/** What may follow a name that stands alone as a subject: «وقال رمضان إن», «وأشار عباس إلى». */
const SUBJECT_CUES = W.THAT | W.TIME | W.PREPOSITION | W.PARTICIPLE;

/** The stable id of a discovered actor: its type's prefix, "found-", and a hash of its normalised name. */
export function discoveredId(type: EntityType, key: string): string {
  const prefix = type === 'organization' ? 'org' : type;
  return `${prefix}:found-${hash53(`${type}|${key}`).toString(36)}`;
}

/** cyrb53: a 53-bit string hash, well spread; stable across runs and platforms. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A word shaped like a verb in the present or future («يريد», «تنتفض», «سيقاطع»), unless it is a given name. */
function verbLike(w: string): boolean {
  return w.length >= 4 && /^(ي|ت|سي|ست)/.test(w) && !GIVEN_NAMES.has(w);
}

/** Placeholder records for the discovered actors (the analyzer gives them their names as written). */
export function discoveredRecords(actors: readonly DiscoveredActor[]): EntityRecord[] {
  return actors.map((a) => ({ id: discoveredId(a.type, a.key), type: a.type, name: a.key, nameEn: '' }));
}

class Finder {
  private readonly actors: DiscoveredActor[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly found: { actor: number; first: number; end: number }[] = [];
  private readonly taken: Uint8Array;

  constructor(
    private readonly r: Reader,
    private readonly base: number,
  ) {
    this.taken = new Uint8Array(r.n);
  }

  private free(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.taken[k] || this.r.mentionOver(k)) return false;
    return true;
  }

  private add(type: EntityType, cue: Cue, first: number, end: number, roleStart = -1, roleEnd = -1): void {
    if (end <= first || !this.free(first, end)) return;
    const words: string[] = [];
    for (let k = first; k < end; k++) if (this.r.isWord(k)) words.push(k === first ? nameForm(this.r, k) : this.r.word(k));
    const key = words.join(' ');
    if (words.length === 1 && (isStopword(key) || key.length < 3)) return;
    let actor = this.byKey.get(key);
    if (actor === undefined) {
      actor = this.actors.length;
      const m = this.mention(-1, first, end);
      this.actors.push({ key, type, cue, first, end, start: m.start, stop: m.end, roleStart, roleEnd });
      this.byKey.set(key, actor);
    } else if (roleStart >= 0 && this.actors[actor]!.roleStart < 0) {
      this.actors[actor]!.roleStart = roleStart;
      this.actors[actor]!.roleEnd = roleEnd;
    }
    this.found.push({ actor, first, end });
    this.taken.fill(1, first, end);
  }

  run(): Discovery {
    const r = this.r;
    for (const [s0, s1] of r.sentences()) {
      for (let i = s0; i < s1; i++) {
        // Every cue is a word of the lexicon: most words are passed over on their flags alone.
        if (r.flagsAt(i) === 0 || this.taken[i] || r.mentionOver(i)) continue;
        // A title read whole is not read again from its inner words («رئيس الوزراء»: الوزراء).
        if (isTitleHead(r, i)) i = Math.max(i, this.afterTitle(i, s1));
        else if (r.has(W.VERB, i)) this.aroundVerb(i, s0, s1);
        else if (r.has(W.ORG_HEAD, i)) this.quotedOrganisation(i, s1);
        else if (r.eq(i, 'عن')) this.relayedSource(i, s1);
      }
    }
    this.linkSurnames();
    this.found.sort((a, b) => a.first - b.first);
    const mentions = this.found.map(({ actor, first, end }) => this.mention(actor, first, end));
    return { actors: this.actors, mentions };
  }

  private mention(actor: number, first: number, end: number): TokenMention {
    const r = this.r;
    // A conjunction glued to the first word is not part of the name: «وجولي» → جولي.
    const stripped = r.isArabic(first) ? conjunctionInName(r, first) : 0;
    return {
      entity: this.base + actor,
      firstToken: first,
      endToken: end,
      start: r.start(first) + stripped,
      end: r.end(end - 1),
      preposition: false,
      bySurname: false,
    };
  }

  /**
   * A person named after a title, rank or honorific. The name must look like one: a given name
   * first («وزيرة الخارجية الأسترالية جولي بيشوب»), or words closed by what closes a subject (أن، a
   * comma, a colon, a reporting verb: «الوزير رزق إن»). After a title in a subject's place (right
   * after a reporting verb) a preposition or a time word closes it too («المتحدث باسم الفيفا
   * إندرياس هيرين خلال»). A title is followed by many words that are no names: verbs («اللاعب طلب
   * الرحيل»), objects («رئيس فنزويلا عدة مصانع»).
   */
  private afterTitle(i: number, s1: number): number {
    const r = this.r;
    const t = readTitle(r, i, s1);
    if (!t) return i;
    let j = t.end;
    // «وزير الداخلية الألماني، هورست زيهوفر،»: the name in apposition, between commas.
    const apposed = r.isComma(j) && !t.honorific;
    if (apposed) j++;
    if (r.mentionAt(j)) return t.end - 1;
    const quoted = r.isQuote(j) && r.opens(j);
    if (quoted) j++; // «وقال المتحدث "كيري"»
    const e = this.nameEnd(j, readName(r, j, s1, NameContext.AfterTitle), s1);
    if (e === j || (quoted && !r.isQuote(e)) || (apposed && !r.isComma(e))) return t.end - 1;
    const subjectPlace = r.has(W.VERB, i - 1) || (r.has(W.VERB, e) && !r.has(W.RELATIVE, e - 1));
    const closed = quoted || this.closedAsSubject(e, s1) || (subjectPlace && this.cueAfter(e, s1));
    const single = e - j === 1;
    if (!(beginsAsName(r, j) && (closed || e - j >= 2)) && !(closed && !verbLike(r.word(j)) && !(single && nounLike(r.word(j))))) return t.end - 1;
    this.add('person', 'title', j, e, t.start, t.end);
    return e - 1;
  }

  /** Is the name ending at e closed as a subject is: أن، punctuation, a reporting verb or participle? */
  private closedAsSubject(e: number, s1: number): boolean {
    const r = this.r;
    if (e >= s1) return true;
    return r.has(W.THAT | W.VERB | W.PARTICIPLE, e) || r.isComma(e) || r.isColon(e) || r.isCloseParen(e) || r.isSentenceEnd(e) || r.bare(e).startsWith('قول');
  }

  /**
   * Where a name read over [j, e) ends: where the clause resumes after it. The longest reading
   * followed by what follows a name (أن، punctuation, a preposition, a time word, a title, a
   * verb) wins; when none is, a name begun by a given name keeps its first two words only
   * («كريستيانو رونالدو أصعب اختباراته»: the name is two words, then the object).
   */
  private nameEnd(j: number, e: number, s1: number): number {
    const r = this.r;
    if (e - j <= 1) return e;
    // The shortest reading of two words or more (a particle counts with the word after it, given
    // names in a row count as one) that is followed by what follows a name.
    let min = j + 1;
    while (min < e && (givenName(r, min) || NAME_PARTICLES.has(r.word(min)) || NAME_PARTICLES.has(r.word(min - 1)) || r.isDash(min) || r.isDash(min - 1))) min++;
    min = Math.min(e, min + 1);
    for (let k = min; k <= e; k++) if (this.cueAfter(k, s1) || r.has(W.VERB, k)) return k;
    return min;
  }

  /** Does what follows a lone name close it as a subject (أن, a time word, a preposition, punctuation)? */
  private cueAfter(e: number, s1: number): boolean {
    const r = this.r;
    if (e >= s1) return true;
    return r.has(SUBJECT_CUES, e) || r.isComma(e) || r.isColon(e) || r.isQuote(e) || r.isPunct(e) || isTitleHead(r, e) || r.bare(e).startsWith('قول');
  }

  /** The subject of a reporting verb, after it or before it at the start of its clause. */
  private aroundVerb(v: number, s0: number, s1: number): void {
    const r = this.r;
    if (r.has(W.RELATIVE | W.WHAT, v - 1) || r.has(W.PREPOSITION, v - 1)) return;
    // After: skip time words and «فيه»; a quoted name counts.
    let p = v + 1;
    while (p < s1 && p < v + 4 && r.has(W.TIME, p)) p++;
    let quoted = false;
    if (r.isQuote(p) && r.opens(p)) {
      p++;
      quoted = true;
    }
    if (p < s1 && !r.mentionOver(p) && !this.taken[p]) {
      let e = this.nameEnd(p, readName(r, p, s1, NameContext.Subject), s1);
      // «وقال نتشيرفان البارزاني إن»: a family name with the article after any first name, when أن or a comma closes it.
      const longer = e > p ? readName(r, p, s1, NameContext.Subject, { familyAfterAny: true }) : e;
      if (longer > e && (r.has(W.THAT, longer) || r.isComma(longer) || r.isColon(longer))) e = longer;
      if (e > p && (quoted ? r.isQuote(e) : this.subjectCertain(p, e, s1))) this.add('person', 'subject', p, e);
      // «وقال رمضان إن», «وأوضح فارس أنه»: a given name that is also a word, alone before أن, is the subject.
      else if (e === p && AMBIGUOUS_GIVEN_NAMES.has(nameForm(r, p)) && r.flagsAt(p) === 0 && !r.alefMaqsura(p) && r.has(W.THAT, p + 1)) this.add('person', 'subject', p, p + 1);
    }
    // Before, at the clause's start: «وكان X قد أعلن», «لكن X اعتبر», «X قال إن». A verb with its
    // own conjunction («X وقال») begins a clause of its own: what stands before it is not its subject.
    if (r.hasConjunction(v)) return;
    let q = v - 1;
    while (q >= s0 && (r.bare(q) === 'قد' || r.has(W.OPENER, q) || r.isComma(q))) q--;
    if (q < s0 || !r.isArabic(q) || r.mentionOver(q) || this.taken[q]) return;
    let c = q;
    while (c - 1 >= s0 && c > q - 4 && (nameWord(r, c - 1) || NAME_PARTICLES.has(r.word(c - 1))) && !r.mentionOver(c - 1)) c--;
    // Back to the first word that can begin the name at a clause start.
    for (let b = c; b <= q; b++) {
      if (!this.clauseStart(b, s0)) continue;
      const e = readName(r, b, q + 1, NameContext.Subject, { familyAfterAny: true });
      if (e !== q + 1) continue;
      if (e - b >= 2 ? givenName(r, b) || r.hasConjunction(b) || b === s0 : this.loneNameBefore(b, v)) this.add('person', 'fronted', b, e);
      return;
    }
  }

  /**
   * Is the name [p, e) after a verb certainly its subject? Two words or more: a given name first,
   * or closed as a subject is (أن، a comma, a colon, a verb, a title in apposition). One word: a
   * cue after it (أن، a preposition, a time word ...), and not shaped as a plural or a noun.
   */
  private subjectCertain(p: number, e: number, s1: number): boolean {
    const r = this.r;
    const w = r.bare(p);
    // «مراقبو السباق», «متظاهرون»: a plural participle is no name.
    if (/^م.{3,}(ون|ين|و)$/.test(w)) return false;
    // «وقال بن شملان في»: a name that begins as a name does (a given name, «بن», «أبو») may be closed by a preposition too.
    if (e - p >= 2) return beginsAsName(r, p) || NAME_PARTICLES.has(r.word(p)) ? this.cueAfter(e, s1) : this.closedAsSubject(e, s1) || isTitleHead(r, e);
    if (!this.cueAfter(e, s1) || isTitleHead(r, e)) return false;
    return !AMBIGUOUS_GIVEN_NAMES.has(w) || r.has(W.THAT, e);
  }

  /** A lone word before a verb is a name when it opens the sentence or follows «وكان», «لكن», «غير أن». */
  private loneNameBefore(b: number, v: number): boolean {
    const r = this.r;
    if (AMBIGUOUS_GIVEN_NAMES.has(r.bare(b)) || /ات$/.test(r.bare(b))) return false;
    const p = b - 1;
    return v - b <= 3 && (r.eq(p, 'وكان') || r.eq(p, 'كان') || r.has(W.OPENER, p) || r.has(W.THAT, p) || r.eq(p, 'اما') || r.eq(p, 'واما'));
  }

  private clauseStart(b: number, s0: number): boolean {
    const r = this.r;
    const p = b - 1;
    if (p < s0) return true;
    return r.isComma(p) || r.isColon(p) || r.has(W.OPENER | W.THAT, p) || r.eq(p, 'وكان') || r.eq(p, 'كان') || r.eq(p, 'اما') || r.eq(p, 'واما') || r.isCloseParen(p);
  }

  /** «نقلت الوكالة عن صلاد حسن قوله»: the source of a relayed quote. */
  private relayedSource(i: number, s1: number): void {
    const r = this.r;
    const p = i + 1;
    if (r.mentionAt(p) || isTitleHead(r, p) || r.has(W.UNNAMED, p)) return;
    // «عن X قوله» is a name's place: a given name that is also a word («رمضان») counts there.
    const e = readName(r, p, s1, NameContext.AfterTitle);
    if (e > p && /^قول(ه|ها|هم|هما)$/.test(r.bare(e))) this.add('person', 'relay', p, e);
  }

  /** «صحيفة "لانس"», «مؤسسة "سيمبيوسيس"»: an organisation's name in quotation marks after its head noun. */
  private quotedOrganisation(i: number, s1: number): void {
    const r = this.r;
    const q = i + 1;
    if (!r.isQuote(q) || !r.opens(q)) return;
    let e = q + 1;
    while (e < s1 && e < q + 6 && r.isWord(e) && !r.mentionOver(e)) e++;
    if (e === q + 1 || !r.isQuote(e)) return;
    this.add('organization', 'quoted', q + 1, e);
  }

  /**
   * A person named in full is meant by the surname alone elsewhere in the article («جولي بيشوب» ...
   * «بيشوب»), as by a lone name discovered as a subject. Surnames shared by two people are left alone.
   */
  private linkSurnames(): void {
    const r = this.r;
    const surname = new Map<string, number>();
    const shared = new Set<string>();
    this.actors.forEach((a, index) => {
      if (a.type !== 'person' || a.end - a.first < 2) return;
      const last = r.word(a.end - 1);
      if (last.length < 3 || isStopword(last) || NAME_PARTICLES.has(r.word(a.end - 2))) return;
      const had = surname.get(last);
      if (had !== undefined && had !== index) shared.add(last);
      surname.set(last, index);
    });
    for (const s of shared) surname.delete(s);
    // A lone name discovered elsewhere that is a full name's surname is that person.
    const remap = this.actors.map((a, index) => (a.end - a.first === 1 ? surname.get(a.key) ?? index : index));
    for (const f of this.found) f.actor = remap[f.actor]!;
    if (surname.size === 0) return;
    const filter = new WordFilter();
    for (const w of surname.keys()) filter.add(w);
    const text = r.t.text;
    for (let i = 0; i < r.n; i++) {
      if (this.taken[i] || !r.isArabic(i) || r.mentionOver(i)) continue;
      const s0 = r.start(i);
      const e0 = r.end(i);
      // Most words are turned away without being sliced: one or two proclitics off, or none.
      if (!filter.mayHave(text, s0, e0) && !(e0 - s0 > 3 && (filter.mayHave(text, s0 + 1, e0) || filter.mayHave(text, s0 + 2, e0)))) continue;
      const w = r.word(i);
      let actor = surname.get(w);
      if (actor === undefined) for (const s of stems(w)) if (!s.preposition && (actor = surname.get(s.stem)) !== undefined) break;
      if (actor === undefined || AMBIGUOUS_GIVEN_NAMES.has(w)) continue;
      this.found.push({ actor, first: i, end: i + 1 });
      this.taken[i] = 1;
    }
  }
}

/**
 * Finds the names the knowledge base lacks in a text whose knowledge-base mentions the reader
 * already holds. `base` is the index the first discovered actor takes after the knowledge base's.
 */
export function discoverNames(r: Reader, base: number): Discovery {
  return new Finder(r, base).run();
}
