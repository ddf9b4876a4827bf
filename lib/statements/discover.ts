/**
 * Discovered actors: names the knowledge base lacks, recognised by where they stand (DESIGN.md,
 * "Statements"). A name is discovered only where the grammar says a name stands:
 * - after a title, a rank or an honorific: «وزيرة الخارجية الأسترالية جولي بيشوب», «اللواء X»;
 * - as the subject of a reporting verb: «وقال رمضان إن», «وأوضح فارس أنه», a given name first
 *   («وقال محمد الشربيني إن»);
 * - before a reporting verb at the start of its clause: «نتشيرفان البارزاني قال إن»;
 * - as the source of a relayed quote: «نقلت الوكالة عن صلاد حسن قوله»;
 * - after a nationality standing as a noun («وسجل البرازيلي جواو مارتينيز»), a noun of kinship or
 *   company with its pronoun («زميله فيكتور أوسيمين»), a work's credits («تأليف هشام ماجد»);
 * - joined by و to a person's name («رونالدو وبول سكولز»);
 * - a given name and what follows it as a name («بمحمد الشربيني»), or alone, a given name that is
 *   a name and nothing else and not a common one («وتحدث نزار عن»);
 * - an organisation's name in quotation marks after its head noun: «صحيفة "لانس"»; a club after
 *   «نادي», a company's transliterated name after «شركة»; a place after its place noun.
 * A person named in full is then linked wherever the article uses the surname alone, or the given
 * name alone when one person of the article has it.
 *
 * Where a name ends is read as Arabic marks it (phrase.ts, readName): not on a verb's shape («أحرز»,
 * «استطاع», «حملت»), a masdar, a noun with a suffix or in the accusative, a preposition glued to a
 * word («بجروح»), a negation before a verb («لا يريد»); through its particles («دو لا», «ولد»), a
 * regnal number («الثالث عشر»).
 *
 * Precision first: a discovered name must be a name, not a title, an unnamed source or a common
 * word; when the position is not certain, nothing is discovered.
 */
import { stems } from '../arabic/clitics';
import { WordFilter } from '../arabic/word-filter';
import type { TokenMention } from '../knowledge/matcher';
import type { EntityRecord, EntityType } from '../knowledge/types';
import { isStopword } from '../knowledge/stoplist';
import { WordTable } from '../arabic/word-table';
import { TokenKind } from '../arabic/tokenize';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAME_COMPOUNDS, GIVEN_NAMES, NAME_PARTICLES, WEAK_NAME_PARTICLES } from '../names/given-names';
import { CREDIT_NOUNS, KIN_NOUNS, NAMED_AFTER_HEADS, NOT_FAMILY_NAMES, ORG_NAME_HEADS, ORG_NAME_WORDS, PLACE_DESCRIPTIONS, PLACE_HEADS, PLACE_HEADS_DEFINITE, TOPONYM_FIRST } from '../names/heads';
import { isNationality, NATIONALITY_NOUNS } from '../names/nationalities';
import { beginsAsName, conjunctionInName, givenName, isTitleHead, nameForm, NameContext, nameWord, nounLike, readName, readTitle, masdarShaped, suffixedNoun, taMarbuta, verbShaped, type TitleRead } from './phrase';
import { flagsOf, HONORIFICS } from './lexicon';
import { Reader, W as WORD_CLASSES } from './reader';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

/** Where a name was found: after a title, as a verb's subject, fronted before a verb, as a relayed source, quoted after an organisation's head. */
export type Cue = 'title' | 'subject' | 'fronted' | 'relay' | 'quoted' | 'given' | 'place' | 'organisation';

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
const SUBJECT_CUES = W.THAT | W.TIME | W.PREPOSITION | W.PARTICIPLE | W.RELATIVE;

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
  // (A transliterated name writes its vowel after ت: «تيفيز», «تيري».)
  // (A verb hardly ends in ا, a long one not in و: «سيلفا», «يانكو» are names.)
  return w.length >= 4 && /^(ي|ت|سي|ست)/.test(w) && !w.startsWith('تي') && !w.endsWith('ا') && !(w.length >= 5 && w.endsWith('و')) && !GIVEN_NAMES.has(w);
}

/**
 * Can a word the lexicon does not know stand alone as a name (a surname: «وقال بلازي إن»)? Not
 * a verb («يقوم», «يستغرق»), a masdar («تجهيز»), an adjective («جديد», «طبي»), a participle
 * («متحمس»), unless it is a given name.
 */
function loneNameShaped(w: string): boolean {
  if (GIVEN_NAMES.has(w)) return true;
  if (verbLike(w) || verbShaped(w) || masdarShaped(w)) return false;
  // فعيل, a nisba of three letters, participles of the derived forms.
  return !(/^..ي.$/.test(w) || (w.length === 3 && w.endsWith('ي')) || /^(مت|مست)../.test(w));
}

/** Adverbs in يا with a long vowel in the stem, which a name could be taken for. */
const ADVERBS: ReadonlySet<string> = new Set(['نهائيا', 'دوليا', 'عالميا', 'يوميا', 'سنويا', 'تدريجيا', 'اساسيا', 'اقليميا', 'محليا', 'حاليا', 'عمليا', 'فعليا', 'جزئيا', 'ثنائيا', 'تلقائيا', 'مبدئيا']);

/** Ordinals with the article: a one-word subject that is one is no family name («وقال الثاني»). */
const REGNAL_WORDS: ReadonlySet<string> = new Set(['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'الاخير', 'الماضي', 'الحالي']);

/** A word with a preposition and the article glued on: «بالقرب», «للمدينة». */
function isPrepositionalWord(w: string): boolean {
  return /^(بال|لل|كال|وبال|وال|فال)/.test(w);
}

/** Is token i a name particle, strong or weak («بن», «أبو», «فان», «ولد»)? */
function particleAt(r: Reader, i: number): boolean {
  const w = r.word(i);
  return NAME_PARTICLES.has(w) || WEAK_NAME_PARTICLES.has(w);
}

/**
 * Placeholder records for the discovered actors (the analyzer gives them their names as written).
 * A person known by one word only («عباس», «بلازي») may be any of many people: their id holds for
 * this text alone (`scope`, from `textScope`), so that two articles' «عباس» are not one person in
 * the corpus. A name of two words or more is the same person wherever it is written.
 */
export function discoveredRecords(actors: readonly DiscoveredActor[], scope = ''): EntityRecord[] {
  return actors.map((a) => {
    const key = scope && a.type === 'person' && !a.key.includes(' ') ? `${a.key}#${scope}` : a.key;
    return { id: discoveredId(a.type, key), type: a.type, name: a.key, nameEn: '' };
  });
}

/**
 * What scopes a one-word name's id to its text: a hash of its length, beginning and end (two texts
 * that share all three are one article; hashing a whole book-length text would cost more than
 * reading it).
 */
export function textScope(text: string): string {
  const edge = 4096;
  return hash53(text.length > 2 * edge ? `${text.length}|${text.slice(0, edge)}|${text.slice(-edge)}` : text).toString(36);
}

/** What a word that is no word of the lexicon may begin: a person's name (a given name). */
const CUE_GIVEN = 1;
/** A particle a name may begin with or hold: «أبو مازن», «عبد الفتاح», «سهل بن حنيف». */
const CUE_PARTICLE = 2;

/** A place noun a place's name follows: «مدينة», «بإقليم». */
const CUE_PLACE = 4;
/** An organisation's head noun its name follows: «حزب», «لحركة». */
const CUE_ORG = 8;

/** The proclitics a head noun may carry: «وبمدينة», «لحركة». */
const HEAD_PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];

/** A given name behind a preposition: «لأحمد», «بمحمد». */
const CUE_GIVEN_GLUED = 16;
/** A rank or an honorific behind a preposition: «بالمهندس», «للشيخ». */
const CUE_RANK_GLUED = 32;

/** A noun of kinship or company with its pronoun («زوجته», «زميله»), or of a work's credits («تأليف»): a name follows it. */
const CUE_KIN = 64;
/** A nationality adjective that may stand as a noun («الفرنسي», «والبرازيلي», «للكيني»): a name follows it. */
const CUE_NATION = 128;
/** A club's head noun, indefinite: «نادي», «بنادي», «لنادي» (the club's name follows it, the head no part of it). */
const CUE_CLUB = 256;

/** Heads of a club's or a company's name: «نادي الظفرة», «نادي أرسنال», «شركة نوكيا». */
const CLUB_HEADS: ReadonlySet<string> = new Set(['نادي', 'شركه']);

/** Words that read as a preposition and a given name: «بركان» is a volcano, not «ب + ركان». */
const GLUED_WORDS: ReadonlySet<string> = new Set(['بركان', 'لبيب', 'بسمه', 'لميس', 'بيان', 'لجين', 'بتول', 'لانا', 'بهاء', 'لؤي', 'ليال']);

/** Words that read as a conjunction and a given name: «وديان» are valleys, not «و + ديان». */
const CONJOINED_WORDS: ReadonlySet<string> = new Set(['وديان', 'فريد', 'فادي', 'فاتن', 'وليد', 'وسيم', 'وفاء', 'وعد']);

/** Kunya particles: «أبو X» is a name by itself. */
const KUNYA = new Set(['ابو', 'ابي', 'ابا']);

/** The cue words (given names, with and without a conjunction: «ومحمد»; name particles), read in place from the text. */
const CUE_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const w of GIVEN_NAMES) for (const form of [w, 'و' + w, 'ف' + w]) if (form === w || !CONJOINED_WORDS.has(form)) m.set(form, CUE_GIVEN);
  for (const w of ['ابو', 'ابي', 'ابا', 'عبد', 'بن']) for (const form of [w, 'و' + w]) m.set(form, CUE_PARTICLE);
  for (const w of GIVEN_NAMES) {
    for (const p of ['ب', 'ل', 'وب', 'ول']) {
      const form = p + w;
      // Not a word of its own: «لدينا», «بدأنا» (a pronoun), «للبنى» (ل + ال), «بركان».
      if (GIVEN_NAMES.has(form) || AMBIGUOUS_GIVEN_NAMES.has(form) || m.has(form) || nounLike(form) || /^(و?لل)/.test(form) || GLUED_WORDS.has(form)) continue;
      m.set(form, CUE_GIVEN_GLUED);
    }
  }
  for (const w of HONORIFICS) {
    if (!w.startsWith('ال')) continue;
    for (const form of ['ب' + w, 'ل' + w.slice(1), 'وب' + w, 'ول' + w.slice(1)]) m.set(form, (m.get(form) ?? 0) | CUE_RANK_GLUED);
  }
  for (const w of [...KIN_NOUNS, ...CREDIT_NOUNS]) for (const form of [w, 'و' + w]) m.set(form, (m.get(form) ?? 0) | CUE_KIN);
  for (const w of NATIONALITY_NOUNS) {
    // «الفرنسي», «والفرنسي», «للفرنسي» (ل + ال), «بالفرنسي».
    for (const form of [w, 'و' + w, 'ف' + w, 'ل' + w.slice(1), 'ول' + w.slice(1), 'ب' + w, 'وب' + w]) m.set(form, (m.get(form) ?? 0) | CUE_NATION);
  }
  for (const w of PLACE_HEADS) for (const p of HEAD_PROCLITICS) m.set(p + w, (m.get(p + w) ?? 0) | CUE_PLACE);
  for (const w of CLUB_HEADS) for (const p of HEAD_PROCLITICS) m.set(p + w, (m.get(p + w) ?? 0) | CUE_CLUB);
  for (const w of ORG_NAME_HEADS) for (const p of HEAD_PROCLITICS) m.set(p + w, (m.get(p + w) ?? 0) | CUE_ORG);
  return m;
})();
const CUE_TABLE: WordTable = new WordTable(CUE_WORDS);
const CUE_FILTER: WordFilter = (() => {
  const f = new WordFilter();
  for (const w of CUE_WORDS.keys()) f.add(w);
  return f;
})();

class Finder {
  private readonly actors: DiscoveredActor[] = [];
  private readonly byKey = new Map<string, number>();
  /** Each mention found: its actor, its tokens, and the proclitics before the name in its first token («لحركة»: 1). */
  private readonly found: { actor: number; first: number; end: number; skip?: number }[] = [];
  private readonly taken: Uint8Array;

  constructor(
    private readonly r: Reader,
    private readonly base: number,
  ) {
    this.taken = new Uint8Array(r.n);
    this.cue = new Uint16Array(r.n);
    const t = r.t;
    const text = t.text;
    for (let i = 0; i < r.n; i++) {
      if (t.kind[i] !== TokenKind.Arabic) continue;
      const s = t.start[i]!;
      const e = t.end[i]!;
      if (CUE_FILTER.mayHave(text, s, e)) this.cue[i] = CUE_TABLE.get(text, s, e);
    }
  }
  /** Cues of the words the lexicon does not hold (CUE_GIVEN ...). */
  private readonly cue: Uint16Array;

  private free(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.taken[k] || this.r.mentionOver(k)) return false;
    return true;
  }

  private add(type: EntityType, cue: Cue, first: number, end: number, roleStart = -1, roleEnd = -1, proclitics = 0): void {
    if (end <= first || !this.free(first, end)) return;
    const words: string[] = [];
    for (let k = first; k < end; k++) if (this.r.isWord(k)) words.push(k === first ? (proclitics ? this.r.word(k).slice(proclitics) : nameForm(this.r, k)) : this.r.word(k));
    const key = words.join(' ');
    if (words.length === 1 && (isStopword(key) || key.length < 3)) return;
    let actor = this.byKey.get(key);
    if (actor === undefined) {
      actor = this.actors.length;
      const m = this.mention(-1, first, end, proclitics);
      this.actors.push({ key, type, cue, first, end, start: m.start, stop: m.end, roleStart, roleEnd });
      this.byKey.set(key, actor);
    } else if (roleStart >= 0 && this.actors[actor]!.roleStart < 0) {
      this.actors[actor]!.roleStart = roleStart;
      this.actors[actor]!.roleEnd = roleEnd;
    }
    this.found.push(proclitics ? { actor, first, end, skip: proclitics } : { actor, first, end });
    this.taken.fill(1, first, end);
  }

  run(): Discovery {
    const r = this.r;
    for (const [s0, s1] of r.sentences()) {
      for (let i = s0; i < s1; i++) {
        // Every cue is a word of the lexicon: most words are passed over on their flags alone.
        const flags = r.flagsAt(i);
        const cue = this.cue[i]!;
        if ((flags === 0 && cue === 0) || this.taken[i] || r.mentionOver(i)) continue;
        if (cue & CUE_PLACE) {
          const k = this.placeNamed(i, s1);
          if (k > i) {
            i = k;
            continue;
          }
        }
        if (cue & CUE_ORG) {
          const k = this.organisationNamed(i, s1);
          if (k > i) {
            i = k;
            continue;
          }
        }
        if (cue & CUE_CLUB) {
          const k = this.clubNamed(i, s1);
          if (k > i) {
            i = k;
            continue;
          }
        }
        if (cue & (CUE_KIN | CUE_NATION) && flags === 0) {
          const k = cue & CUE_KIN ? this.afterKin(i, s1) : this.afterNationality(i, s1);
          if (k > i) {
            i = k;
            continue;
          }
        }
        if (flags === 0) {
          if (cue & (CUE_GIVEN | CUE_PARTICLE)) {
            const k = this.givenNamed(i, s0, s1);
            i = k > i ? k : this.loneGiven(i, s1);
          }
          else if (cue & CUE_GIVEN_GLUED) i = Math.max(i, this.gluedGivenNamed(i, s1));
          else if (cue & CUE_RANK_GLUED) i = Math.max(i, this.afterGluedRank(i, s1));
        }
        // A title read whole is not read again from its inner words («رئيس الوزراء»: الوزراء).
        else if (isTitleHead(r, i)) {
          const last = this.afterTitle(i, s1);
          // A place or an organisation inside the title is still read: «النائب عن تيار الكرامة».
          for (let k = i + 1; k <= last; k++) if (this.cue[k]! & (CUE_PLACE | CUE_ORG | CUE_CLUB) && !this.taken[k] && !r.mentionOver(k)) this.innerName(k, s1);
          i = Math.max(i, last);
        }
        else if (r.has(W.VERB, i)) this.aroundVerb(i, s0, s1);
        else if (r.has(W.ORG_HEAD, i)) this.quotedOrganisation(i, s1);
        else if (r.eq(i, 'عن')) this.relayedSource(i, s1);
      }
    }
    this.coordinated();
    this.linkSurnames();
    this.found.sort((a, b) => a.first - b.first);
    const mentions = this.found.map(({ actor, first, end, skip }) => this.mention(actor, first, end, skip));
    return { actors: this.actors, mentions };
  }

  private mention(actor: number, first: number, end: number, skip = 0): TokenMention {
    const r = this.r;
    // A conjunction glued to the first word is not part of the name: «وجولي» → جولي (nor a preposition before a head: «لحركة»).
    const stripped = skip || (r.isArabic(first) ? conjunctionInName(r, first) : 0);
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
    let e = this.nameEnd(j, readName(r, j, s1, NameContext.AfterTitle), s1);
    // «المندوب الكندي بول هاينريش هجوما على»: the object in the accusative is no word of the name.
    if (!quoted) e = this.trimName(j, j + 1, e);
    if (e === j || (quoted && !r.isQuote(e)) || (apposed && !r.isComma(e))) return t.end - 1;
    // «جامعة الملك سعود», «مستشفى الملك فيصل»: a title inside the name of a place or a thing; the
    // name after it is no one's to take.
    if (this.namedAfter(i - 1)) {
      this.taken.fill(1, j, e);
      return e - 1;
    }
    const subjectPlace = r.has(W.VERB, i - 1) || (r.has(W.VERB, e) && !r.has(W.RELATIVE, e - 1));
    const closed = quoted || this.closedAsSubject(e, s1) || (subjectPlace && this.cueAfter(e, s1));
    const single = e - j === 1;
    // «إن المدرب سعيد», «أن الفريق جاهز.»: after أن a title is the subject, the word after it its predicate.
    if (single && r.has(W.THAT, i - 1) && !givenName(r, j) && !r.has(W.VERB, e)) return t.end - 1;
    // (Closed as a subject is, words that are no noun with ة or a suffix, verb or masdar: not «وتعرض
    // اللاعب لإصابة قوية.».)
    let shaped = closed && !verbLike(r.word(j)) && !(single && nounLike(r.word(j)));
    for (let k = j; k < e && shaped && !quoted; k++) shaped = this.nameShaped(k, k === j) || AMBIGUOUS_GIVEN_NAMES.has(r.bare(k)) || (k > j && (taMarbuta(r, k) || r.definite(k)));
    if (!(beginsAsName(r, j) && (closed || e - j >= 2)) && !shaped && !this.namedByTitle(t, j, e)) return t.end - 1;
    this.add('person', 'title', j, e, t.start, t.end);
    return e - 1;
  }

  /**
   * Whatever the verb, a title names the person after it when the title is whole and the words
   * after it are shaped as a name: a given name («السيدة خديجة»); after a rank or an honorific
   * («الشيخ», «اللواء», «الدكتور»), one or two words of a name («الأمير زيان»); after an office
   * with its nationality, two («المندوب الإسرائيلي دان غيلرمان»). A verb («الرئيس الأمريكي زار»),
   * a noun with its suffix or in the accusative («هجوما») is no name.
   */
  private namedByTitle(t: TitleRead, j: number, e: number, glued = false): boolean {
    const r = this.r;
    const single = e - j === 1;
    let rank = glued;
    // («الفريق» is a rank and a team: «الفريق جاهز»; «إلى الأمام» is forward, not the imam.)
    for (let k = t.start; k < t.end; k++) {
      if (this.cue[k]! & CUE_RANK_GLUED) rank = true;
      // (A title that is also a rank, alone before the name, is read as one: «الأمير زيان», «الرئيس شافيز».)
      else if (r.has(W.HONORIFIC, k) && (!r.has(W.TITLE, k) || (t.end === t.start + 1 && r.definite(k))) && r.bare(k) !== 'الفريق' && !(r.bare(k) === 'الامام' && (r.has(W.PREPOSITION, k - 1) || r.original?.(r.start(k), r.end(k)).includes('أ')))) rank = true;
    }
    // A given name alone after a whole title («السيدة خديجة»), not after a title whose genitive
    // chain goes on into a body's name («رئيس مجموعة عطية للاستشارات»).
    if (single && givenName(r, j)) return rank || t.nationality !== undefined || r.definite(t.end - 1);
    const w = nameForm(r, j);
    // A past verb: «أحرز» (أفعل), «طرحت» after a woman's title.
    if (!givenName(r, j) && ((w.length === 4 && w.startsWith('ا')) || (w.endsWith('ت') && r.word(t.head).endsWith('ه')))) return false;
    // After an office closed by a definite word («الحارس», «رئيس الاتحاد»), two words of a name that
    // are no past verb of three letters («سجل هدفين»), no plural and no common noun with the article
    // («وسام الاستحقاق»): «الحارس غانلويغي بوفون».
    const office = !single && r.definite(t.end - 1) && r.bare(t.start) !== 'الفريق' && (w.length > 3 || givenName(r, j)) && (givenName(r, j) || !r.definite(e - 1) || (r.word(e - 1).endsWith('ي') && !isNationality(r.word(e - 1)))) && (!/(ين|ون|ات)$/.test(r.word(e - 1)) || givenName(r, e - 1));
    if (!(rank || (!single && t.nationality !== undefined) || office)) return false;
    // («الشيخ عكرمة صبري»: a first name in ة before a given name.)
    for (let k = j; k < e; k++) if (!this.nameShaped(k, k === j) && !(k === j && taMarbuta(r, j) && givenName(r, j + 1))) return false;
    // One word of three letters is as often a past verb («لعب», «عاد»): only closed as a name is.
    if (single && w.length < 4 && !this.cueAfter(e, this.r.n)) return false;
    if (single && (r.definite(j) || (AMBIGUOUS_GIVEN_NAMES.has(r.word(j)) && (r.alefMaqsura(j) || (!r.writesAlefMaqsura && r.eq(j, 'علي')))))) return false;
    return true;
  }

  /** Is the word at k shaped as a word of a name: no verb, no noun with a suffix, no accusative, no word of the lexicon? */
  private nameShaped(k: number, first: boolean): boolean {
    const r = this.r;
    if (givenName(r, k) || particleAt(r, k) || r.isDash(k)) return true;
    if (!r.isArabic(k) || r.flagsAt(k) !== 0 || r.tanween(k)) return false;
    const w = first ? nameForm(r, k) : r.word(k);
    if (verbLike(w) || verbShaped(w) || masdarShaped(w) || suffixedNoun(w) || this.accusative(k)) return false;
    // Past verbs of the derived forms: «اجتمع», «انتقل», «استقبل»; participles: «متحمس», «مستعد».
    return !(w.length >= 5 && /^(ا[^اوي]ت|ان|است|مت|مست)/.test(w));
  }

  /**
   * A person named by a given name and a family name or nasab, wherever the sentence puts it
   * («التقى الوزير بمحمد الشربيني», «ومنح أحمد عبد الله الحسن جائزة»): a given name that is a name
   * and nothing else, then at least one more word of a name. Not the genitive of a place or a thing
   * named after a person («شارع محمد الخامس», «جائزة الملك فيصل»).
   */
  private givenNamed(i: number, s0: number, s1: number): number {
    const r = this.r;
    let b = i;
    if (this.cue[i] === CUE_PARTICLE) {
      // «بن» joins a name to its father's: «سهل بن حنيف» (the name begins a word before it).
      if (r.eq(i, 'بن')) {
        if (i - 1 < s0 || !this.freeWord(i - 1) || r.definite(i - 1) || !nameWord(r, i - 1) || !readName(r, i + 1, s1, NameContext.AfterTitle)) return i;
        b = i - 1;
      } else if (!beginsAsName(r, i) && !GIVEN_NAME_COMPOUNDS.has(`${nameForm(r, i)} ${r.word(i + 1)}`)) return i;
    } else if (i - 1 >= s0 && !r.hasConjunction(i) && this.freeWord(i - 1) && AMBIGUOUS_GIVEN_NAMES.has(r.word(i - 1)) && !r.alefMaqsura(i - 1) && (r.writesAlefMaqsura || !r.eq(i - 1, 'علي')) && !this.verbPlace(i - 1, s0)) {
      // «علي محمد الحمادي»: an ambiguous given name right before a given name begins the name
      // (not a verb where a clause begins: «عندما هاجر محمد», «قد وعد نبيه»).
      b = i - 1;
    }
    if (this.namedAfter(b - 1)) return i;
    // The given part: a compound («عبد الله», «أبو بكر», «نور الدين») counts as one.
    let g = b + 1;
    if (b < i) g = i + 1;
    else if (NAME_PARTICLES.has(r.word(b))) g = b + 2;
    if (g < s1 && GIVEN_NAME_COMPOUNDS.has(`${nameForm(r, g - 1)} ${r.word(g)}`)) g++;
    const e = this.trimName(g, g, this.nameEnd(b, readName(r, b, s1, b < i ? NameContext.AfterTitle : NameContext.Subject, { conjoined: this.cue[b] === CUE_PARTICLE }), s1));
    // «حاملة الطائرات "شارل ديغول"», «طرادنا (شارل ديغول)»: a person's name set off by itself in
    // quotation marks or brackets names a thing after the person.
    if ((r.isQuote(b - 1) && r.isQuote(e)) || (r.isOpenParen(b - 1) && r.isCloseParen(e))) return e;
    // A kunya with a given name is a name by itself («أبو مازن»); any other needs a word after the given part.
    const kunya = b === i && NAME_PARTICLES.has(r.word(i)) && KUNYA.has(r.word(i)) && givenName(r, i + 1);
    // «خوان كارلوس», «جان مارك»: a compound of two given names is a name by itself where a name closes.
    const compound = b === i && g === i + 2 && GIVEN_NAMES.has(nameForm(r, i)) && GIVEN_NAMES.has(r.word(i + 1)) && !isStopword(nameForm(r, i)) && this.cueAfter(g, s1);
    // «طلعت زكريا», «وعادل فتحي»: an ambiguous given name and a given name are a name of two words.
    const pair = b < i && e === g;
    if (e <= g && !((kunya || compound || pair) && e === g)) return i;
    this.add('person', 'given', b, e);
    return e - 1;
  }

  /**
   * «ولم ينفك نابليون من ...», «وتتميز أفكار سيباستيان»: a given name that is a name and nothing
   * else, alone, is a person's — not the genitive of a thing named after a person («جامعة الملك
   * قابوس», «شركة ماجد»), not a common given name alone («محمد»: whose?), nor where a name goes on
   * that was not read (a given name or a particle after it). Returns the last token read, or i.
   */
  private loneGiven(i: number, s1: number): number {
    const r = this.r;
    const w = nameForm(r, i);
    if (this.cue[i] !== CUE_GIVEN || !GIVEN_NAMES.has(w) || isStopword(w) || w.length < 3 || this.taken[i]) return i;
    // («فيصل إلى»: ف and a verb; «لوناً»: a word in the accusative.)
    if (r.tanween(i) || r.word(i).startsWith('ف') !== w.startsWith('ف')) return i;
    const p = i - 1;
    const n = i + 1;
    // («فيصل إلى»: ف and a verb before its preposition.)
    if (/^ف[يت]/.test(w) && r.has(W.PREPOSITION, n)) return i;
    // (Nor the word a particle governs: «ملعب هزاع بن زايد» was not read as a person's.)
    if (this.namedAfter(p) || this.cue[p]! & (CUE_PLACE | CUE_ORG | CUE_CLUB) || r.has(W.ORG_HEAD | W.INSTITUTION | W.TITLE | W.HONORIFIC, p) || r.mentionOver(p) || particleAt(r, p)) return i;
    if (n < s1 && r.isArabic(n) && (givenName(r, n) || particleAt(r, n) || r.has(W.ORG_HEAD | W.INSTITUTION, n) || r.mentionAt(n) || GIVEN_NAME_COMPOUNDS.has(`${w} ${r.word(n)}`))) return i;
    // A word of a name before or after it that was not read with it: the name is longer than the
    // given name («واين روني», «مايكل بالاك»); better none than half of it.
    if ((p >= 0 && this.nameBeside(p) && !r.hasConjunction(i)) || (n < s1 && this.nameBeside(n) && !r.hasConjunction(n))) return i;
    this.add('person', 'given', i, n);
    return i;
  }

  /** Does token k stand where a clause's verb does: its start, after punctuation, أن, «قد», «عندما»? */
  private verbPlace(k: number, s0: number): boolean {
    const r = this.r;
    const p = k - 1;
    return p < s0 || r.isPunct(p) || r.has(W.OPENER | W.THAT | W.RELATIVE, p) || r.eq(p, 'عندما') || r.eq(p, 'لما') || r.eq(p, 'كما');
  }

  /** Is token k a free word shaped as a word of a name (no noun with a suffix, verb, masdar, or word of the lexicon)? */
  private nameBeside(k: number): boolean {
    const r = this.r;
    if (!r.isArabic(k) || this.taken[k] || r.mentionOver(k) || r.definite(k) || r.tanween(k)) return false;
    // («ويحيى شاهين», «وعادل فتحي»: a given name after و begins a name of its own, read with the next.)
    if (r.hasConjunction(k) && (GIVEN_NAMES.has(r.bare(k)) || AMBIGUOUS_GIVEN_NAMES.has(r.bare(k)))) return true;
    if (r.flagsAt(k) !== 0) return false;
    const w = r.word(k);
    // (A transliterated name may begin with ب or ل and its vowel: «ليبرون جيمس».)
    return w.length >= 3 && (!/^[بلو]/.test(w) || /^[بل][اوي]/.test(w)) && !/(ين|ات)$/.test(w) && !/^م.+ون$/.test(w) && this.nameShaped(k, true) && (loneNameShaped(w) || /^[بل][اوي]/.test(w)) && !(w.length === 3 && !AMBIGUOUS_GIVEN_NAMES.has(w));
  }

  /**
   * A place named after its place noun: «في إقليم هونان», «بمدينة تشوانتشو», «حي الزيتون», «مدينة
   * سان فيسينتي». The highlight is the name. A description is no name: an adjective («منطقة
   * عازلة», «قرية صغيرة»: a word in ة after a feminine noun, a nisba), a direction («منطقة شمال
   * بغداد»), a common genitive («منطقة نفوذ»), a definite genitive but after «حي» and «مخيم»
   * («منطقة الحدود»). Returns the last token read, or i.
   */
  private placeNamed(i: number, s1: number): number {
    const r = this.r;
    const head = this.headOf(i, PLACE_HEADS);
    if (head === undefined || r.definite(i)) return i;
    const j = i + 1;
    if (j >= s1 || r.mentionOver(j) || this.taken[j]) return i;
    if (r.isQuote(j) && r.opens(j)) return this.quotedName(j, s1, 'place');
    if (!this.freeWord(j) || r.tanween(j) || r.hasConjunction(j)) return i;
    const w = r.word(j);
    // A present verb («منطقة تضم», «مدينة يسكنها»); ت begins many names too, longer ones («تشيانغماي»).
    const verb = /^(ي|سي|ست)/.test(w) || (w.startsWith('ت') && w.length <= 5 && !w.startsWith('تش'));
    if (PLACE_DESCRIPTIONS.has(w) || isNationality(w) || isPrepositionalWord(w) || (verb && !GIVEN_NAMES.has(w)) || w.length < 3) return i;
    if (/(ات|ون|ين|ها|هم|هما)$/.test(w)) return i;
    // «ولاية صالح الأخيرة»: a term of office, not a state.
    if (head === 'ولايه' && (givenName(r, j) || AMBIGUOUS_GIVEN_NAMES.has(w))) return i;
    const feminine = head.endsWith('ه');
    let e = j + 1;
    if (TOPONYM_FIRST.has(w)) {
      // «عين الحلوة», «سان فيسينتي»: the first word of a two-word name takes the next one.
      if (!this.freeWord(e) || r.tanween(e) || r.hasConjunction(e)) return i;
      e++;
    } else if (r.definite(j)) {
      // «حي الزيتون»; «منطقة الحدود» is a description.
      if (!PLACE_HEADS_DEFINITE.has(head) || /ي$/.test(w)) return i;
    } else {
      // «منطقة عازلة», «قرية صغيرة», «حي سكني»: an adjective, not a name.
      // («حي مجاور», «منطقة متاخمة»: a participle.)
      if ((feminine ? w.endsWith('ه') : /ي$/.test(w)) || (w.endsWith('ا') && this.accusative(j)) || /^(م.ا..|مت|مست)/.test(w)) return i;
      // An adjective after the name is the place's own: «مدينة آروا السويسرية»; an indefinite one is the description's.
      if (this.freeWord(e) && !r.definite(e) && (feminine ? r.word(e).endsWith('ه') : /ي$/.test(r.word(e)))) return i;
    }
    this.add('place', 'place', j, e);
    return e - 1;
  }

  /**
   * An organisation named by its head and an abstract noun organisations are named with: «حزب
   * العدالة والتنمية», «حركة النهضة», «تيار المستقبل», «حزب العمال الكردستاني» — the head is part of
   * the name. A head with another genitive is a description («لجنة التحقيق», «مجلس الإدارة»),
   * and so is one with an adjective («حزب سياسي جديد»). Returns the last token read, or i.
   */
  private organisationNamed(i: number, s1: number): number {
    const r = this.r;
    const head = this.headOf(i, ORG_NAME_HEADS);
    if (head === undefined || r.definite(i)) return i;
    let e = i + 1;
    if (e >= s1 || !this.freeWord(e) || !ORG_NAME_WORDS.has(r.word(e))) return i;
    e++;
    // «العدالة والتنمية»: another name word joined by و; then nisba adjectives («الكردستاني», «الإسلامي»).
    if (this.freeWord(e) && r.hasConjunction(e) && ORG_NAME_WORDS.has(r.bare(e))) e++;
    while (e < s1 && this.freeWord(e) && r.definite(e) && !r.hasConjunction(e) && /(ي|يه)$/.test(r.word(e))) e++;
    this.add('organization', 'organisation', i, e, -1, -1, head.length === r.word(i).length ? 0 : r.word(i).length - head.length);
    return e - 1;
  }

  /**
   * A club named after «نادي»: «نادي الظفرة», «لنادي أرسنال» — a word with the article, or one or two
   * words no Arabic noun is shaped as (a transliterated name); a company after «شركة», a
   * transliterated name only («شركة نوكيا», not «شركة طيران» nor «شركة السيارات»). The head is no
   * part of the name. Returns the last token read, or i.
   */
  private clubNamed(i: number, s1: number): number {
    const r = this.r;
    const j = i + 1;
    const head = this.headOf(i, CLUB_HEADS);
    if (r.definite(i) || head === undefined || j >= s1 || !this.freeWord(j) || r.tanween(j) || r.hasConjunction(j)) return i;
    const w = r.word(j);
    const company = head === 'شركه';
    if (isNationality(w) || w.length < (company ? 4 : 3)) return i;
    let e = j + 1;
    if (!r.definite(j)) {
      const plain = (k: number) => this.freeWord(k) && !r.definite(k) && !r.hasConjunction(k) && !isNationality(r.word(k)) && r.word(k).length >= 3 && this.nameShaped(k, false) && !isPrepositionalWord(r.word(k)) && !/(ه|ات|ين|ون|ان)$/.test(r.word(k));
      if (!plain(j)) return i;
      if (plain(e)) e++;
    } else if (company || masdarShaped(w.slice(2)) || /(ات|ين|ون)$/.test(w)) return i;
    this.add('organization', 'organisation', j, e);
    return e - 1;
  }

  /** A name in quotation marks after its head noun: up to five words, the closing mark right after them. */
  private quotedName(q: number, s1: number, type: EntityType): number {
    const r = this.r;
    let e = q + 1;
    while (e < s1 && e < q + 6 && r.isWord(e) && !r.mentionOver(e) && !this.taken[e]) e++;
    if (e === q + 1 || !r.isQuote(e)) return q - 1;
    this.add(type, 'quoted', q + 1, e);
    return e;
  }

  /** The head noun at token i without its proclitics («وبمدينة» → مدينة), when it is one of `heads`. */
  private headOf(i: number, heads: ReadonlySet<string>): string | undefined {
    const w = this.r.word(i);
    for (let k = 0; k <= 2 && k < w.length - 1; k++) if (heads.has(w.slice(k)) && (k === 0 || /^[وفبل]+$/.test(w.slice(0, k)))) return w.slice(k);
    return undefined;
  }

  /**
   * Where a name read over [from, e) really ends: before a word that follows a given name without
   * being a family name («خديجة الحفل», «محمد صلى الله عليه وسلم»), and before a noun in the
   * accusative with its adjective («عباس اجتماعا طارئا»: the verb's object). At least `min` is kept.
   */
  private trimName(from: number, min: number, e: number): number {
    const r = this.r;
    for (let k = from; k < e; k++) {
      if (NOT_FAMILY_NAMES.has(r.word(k))) {
        e = k;
        break;
      }
    }
    while (e > min && this.accusative(e - 1)) e--;
    return e;
  }

  /** A place or an organisation named inside a title. */
  private innerName(k: number, s1: number): void {
    if (this.cue[k]! & CUE_PLACE && this.placeNamed(k, s1) > k) return;
    if (this.cue[k]! & CUE_CLUB && this.clubNamed(k, s1) > k) return;
    if (this.cue[k]! & CUE_ORG) this.organisationNamed(k, s1);
  }

  /** «لأحمد عبد الله الحسن», «بمحمد الشربيني»: a given name behind a preposition, then the rest of the name. */
  private gluedGivenNamed(i: number, s1: number): number {
    const r = this.r;
    const w = r.word(i);
    const skip = w.startsWith('و') ? 2 : 1;
    if (this.namedAfter(i - 1)) return i;
    const e = this.trimName(i + 1, i + 1, this.nameEnd(i, readName(r, i, s1, NameContext.Subject, { firstGiven: true }), s1));
    if (e <= i + 1 || (GIVEN_NAME_COMPOUNDS.has(`${w.slice(skip)} ${r.word(i + 1)}`) && e <= i + 2)) return i;
    if ((r.isQuote(i - 1) && r.isQuote(e)) || (r.isOpenParen(i - 1) && r.isCloseParen(e))) return e;
    this.add('person', 'given', i, e, -1, -1, skip);
    return e - 1;
  }

  /** «التقى بالمهندس كمال الدباغ», «للشيخ حمدان»: a rank or an honorific behind a preposition, then the name. */
  private afterGluedRank(i: number, s1: number): number {
    const r = this.r;
    const j = i + 1;
    if (this.namedAfter(i - 1) || !this.freeWord(j)) return i;
    const e = this.trimName(j, j + 1, this.nameEnd(j, readName(r, j, s1, NameContext.AfterTitle), s1));
    if (e === j) return i;
    const t: TitleRead = { start: i, end: j, head: i, nationality: undefined, honorific: true };
    if (!(beginsAsName(r, j) && e - j >= 2) && !this.namedByTitle(t, j, e, true)) return i;
    this.add('person', 'title', j, e, i, j);
    return e - 1;
  }

  /**
   * «زوجته رودا», «ابنه أسامة», «زميله ليبرون جيمس»: a name in apposition after a noun of kinship or
   * company with its pronoun, read as after a rank; «تأليف محمد رفعت», «بطولة يسرا»: after a noun of
   * a work's credits, a name begun by a given name. Returns the last token read, or i.
   */
  private afterKin(i: number, s1: number): number {
    const r = this.r;
    const j = i + 1;
    if (!this.freeWord(j) && !(r.isArabic(j) && givenName(r, j) && !this.taken[j] && !r.mentionOver(j))) return i;
    const e = this.trimName(j, j + 1, this.nameEnd(j, readName(r, j, s1, NameContext.AfterTitle), s1));
    if (e === j) return i;
    const credit = CREDIT_NOUNS.has(r.bare(i));
    const t: TitleRead = { start: i, end: j, head: i, nationality: undefined, honorific: true };
    const given = beginsAsName(r, j) && (e - j >= 2 || this.closedAsSubject(e, s1) || this.cueAfter(e, s1));
    if (!given && (credit || !this.namedByTitle(t, j, e, true))) return i;
    this.add('person', 'title', j, e);
    return e - 1;
  }

  /**
   * «وسجل الفرنسي لودوفيك جيولي الهدف», «بفوزه على الصربي يانكو تيبساروفيتش»: a nationality standing
   * as a noun names a person, whose name follows. Not an adjective after its noun («المنتخب الفرنسي»,
   * «الجيش الإسرائيلي»: a definite word or a name before it). Two words of a name, or a given name;
   * one word that is no given name only where a name closes (a preposition, punctuation, أن).
   */
  private afterNationality(i: number, s1: number): number {
    const r = this.r;
    const j = i + 1;
    const p = i - 1;
    const glued = r.hasConjunction(i) || !r.word(i).startsWith('ال');
    if (!glued && (r.definite(p) || r.mentionOver(p) || r.has(W.TITLE | W.ORG_HEAD | W.INSTITUTION, p) || this.taken[p] || isNationality(r.bare(p)) || (r.isDash(p) && isNationality(r.bare(p - 1))))) return i;
    const ambiguous = AMBIGUOUS_GIVEN_NAMES.has(r.bare(j));
    if (!r.isArabic(j) || this.taken[j] || r.mentionOver(j) || (r.flagsAt(j) !== 0 && !givenName(r, j) && !ambiguous)) return i;
    const e = this.trimName(j, j + 1, this.nameEnd(j, readName(r, j, s1, NameContext.AfterTitle), s1));
    if (e === j) return i;
    // («الكويتي طالب الدوسري»: a given name that is also a word, before another word of the name.)
    for (let k = j; k < e; k++) if (!this.nameShaped(k, k === j) && !(k === j && ambiguous && e - j >= 2)) return i;
    const single = e - j === 1;
    const w = nameForm(r, j);
    if (single ? !(givenName(r, j) || (this.cueAfter(e, s1) && !isTitleHead(r, e) && loneNameShaped(w) && w.length >= 4 && !nounLike(w))) : w.length < 4 && !givenName(r, j)) return i;
    this.add('person', 'title', j, e);
    return e - 1;
  }

  /**
   * «رونالدو وبول سكولز وراين غيغيز»: a name joined by و to a person's name is a person's too —
   * a given name, or two words of a name after a name of two words or more.
   */
  private coordinated(): void {
    const r = this.r;
    // The token after each person's name, with the number of words the name has.
    const after: number[] = [];
    const words: number[] = [];
    const note = (first: number, end: number) => {
      after.push(end);
      words.push(r.wordsIn(first, end));
    };
    for (const m of r.mentions) if (r.actorOf(m).type === 'person') note(m.firstToken, m.endToken);
    for (const f of this.found) if (this.actors[f.actor]!.type === 'person') note(f.first, f.end);
    for (let q = 0; q < after.length; q++) {
      const k = after[q]!;
      if (k >= r.n || !r.isArabic(k) || this.taken[k] || r.mentionOver(k) || r.t.text.charCodeAt(r.start(k)) !== 0x0648) continue;
      const bare = r.bare(k);
      if ((r.flagsAt(k) !== 0 && !GIVEN_NAMES.has(bare)) || this.cue[k]! & (CUE_KIN | CUE_NATION | CUE_PLACE | CUE_ORG)) continue;
      const e = this.trimName(k + 1, k + 1, this.nameEnd(k, readName(r, k, r.n, NameContext.Subject, { conjoined: true }), r.n));
      if (e === k) continue;
      const given = GIVEN_NAMES.has(bare) || (e - k >= 2 && AMBIGUOUS_GIVEN_NAMES.has(bare));
      if (!given) {
        if (e - k < 2 || words[q]! < 2 || bare.length < 4) continue;
        let shaped = true;
        for (let x = k; x < e && shaped; x++) shaped = this.nameShaped(x, x === k);
        if (!shaped) continue;
      }
      if (e - k === 1 && !loneNameShaped(bare)) continue;
      this.add('person', 'given', k, e);
      note(k, e);
    }
  }

  /** Is token k a word no other name holds (not a mention, not found yet, no word of the lexicon)? */
  private freeWord(k: number): boolean {
    return this.r.isArabic(k) && !this.taken[k] && !this.r.mentionOver(k) && this.r.flagsAt(k) === 0;
  }

  /** Does token k head a genitive that names a thing after a person («شارع», «بمطار», «لجائزة»)? */
  private namedAfter(k: number): boolean {
    const r = this.r;
    if (!r.isArabic(k)) return false;
    const w = r.bare(k);
    // («عن طريق X» is «by way of X».)
    if (w === 'طريق' && r.eq(k - 1, 'عن')) return false;
    return NAMED_AFTER_HEADS.has(w) || (/^[بلك]/.test(w) && NAMED_AFTER_HEADS.has(w.slice(1)));
  }

  /** A noun in the accusative after a name, not a name's word: «اجتماعا طارئا», «مستشارا». */
  private accusative(k: number): boolean {
    const r = this.r;
    const w = r.word(k);
    if (!w.endsWith('ا') || givenName(r, k) || AMBIGUOUS_GIVEN_NAMES.has(w)) return false;
    // Adverbs: «رسميا», «شخصيا», «نهائيا» (not «غارسيا», «ماريا»).
    if (/^[^اوي]{3,}يا$/.test(w) || ADVERBS.has(w)) return true;
    // Masdars: «اجتماعا», «استقبالا», «هجوما», «تأكيدا».
    if (/^(ا.ت.ا.|است...|..و.|ت..ي.)ا$/.test(w)) return true;
    // Followed by its adjective in the accusative too.
    const n = r.word(k + 1);
    return r.isArabic(k + 1) && n.length >= 4 && n.endsWith('ا') && !/(ها|نا)$/.test(n) && !n.startsWith('ال') && r.flagsAt(k + 1) === 0 && !GIVEN_NAMES.has(n);
  }

  /** Is the name ending at e closed as a subject is: أن، punctuation, a reporting verb or participle? */
  private closedAsSubject(e: number, s1: number): boolean {
    const r = this.r;
    if (e >= s1) return true;
    return r.has(W.THAT | W.VERB | W.PARTICIPLE, e) || r.isComma(e) || r.isColon(e) || r.isCloseParen(e) || r.isSentenceEnd(e) || r.opens(e) || r.bare(e).startsWith('قول');
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
    while (min < e && (givenName(r, min) || particleAt(r, min) || particleAt(r, min - 1) || r.isDash(min) || r.isDash(min - 1))) min++;
    min = Math.min(e, min + 1);
    // A name does not end on a particle: «جان بول دو لا فونتين», «محمد سالم ولد المختار».
    while (min < e && (particleAt(r, min) || particleAt(r, min - 1))) min++;
    // Nor between a regnal number and «عشر»: «ألفونسو الثالث عشر».
    if (min < e && r.eq(min, 'عشر')) min++;
    for (let k = min; k <= e; k++) if (this.cueAfter(k, s1) || r.has(W.VERB, k)) return k;
    return min;
  }

  /** Does what follows a lone name close it as a subject (أن, a time word, a preposition, punctuation)? */
  private cueAfter(e: number, s1: number): boolean {
    const r = this.r;
    if (e >= s1) return true;
    return r.has(SUBJECT_CUES, e) || r.isComma(e) || r.isColon(e) || r.isQuote(e) || r.isPunct(e) || isTitleHead(r, e) || r.bare(e).startsWith('قول');
  }

  /** «وصرح فيرجسون لصحيفة ...», «وقال تريباثي للصحفيين»: whom the speaker spoke to, a preposition glued to it. */
  private toMedium(e: number): boolean {
    const r = this.r;
    const w = r.bare(e);
    if (!r.isArabic(e) || !w.startsWith('ل') || w.length < 4) return false;
    return (w.startsWith('لل') && /(ين|يون)$/.test(w)) || (flagsOf(w.slice(1)) & (W.ORG_HEAD | W.UNNAMED)) !== 0;
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
      if (e === p && !quoted) e = this.loneSubject(v, p, s1);
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
    if (e - p >= 2) {
      if (beginsAsName(r, p) || NAME_PARTICLES.has(r.word(p))) return this.cueAfter(e, s1) || this.toMedium(e);
      // («ذكر حمل اسم "..."»: a past verb of three letters is no name's first word.)
      return (this.closedAsSubject(e, s1) || isTitleHead(r, e)) && (nameForm(r, p).length > 3 || AMBIGUOUS_GIVEN_NAMES.has(w) || givenName(r, p + 1) || AMBIGUOUS_GIVEN_NAMES.has(r.word(p + 1)));
    }
    if (!(this.cueAfter(e, s1) || this.toMedium(e)) || isTitleHead(r, e) || !loneNameShaped(nameForm(r, p))) return false;
    return !AMBIGUOUS_GIVEN_NAMES.has(w) || r.has(W.THAT, e);
  }

  /**
   * A one-word subject right after a reporting verb that a name does not read as one: a name that
   * begins with ب or ل («وأضاف بلازي أن»: not «بوضوح», «لزواره»), a family name with the article and
   * the nisba ending («وقال الحريري إن»), a name in ة («وأكد عليوة خلال») after a verb in the
   * masculine. Closed as a subject is (أن, a colon, a quotation); the token after it, or p.
   */
  private loneSubject(v: number, p: number, s1: number): number {
    const r = this.r;
    const e = p + 1;
    if (!r.isArabic(p) || r.flagsAt(p) !== 0 || r.tanween(p) || r.hasConjunction(p) || e > s1) return p;
    const w = r.word(p);
    const closed = r.has(W.THAT, e) || r.isColon(e) || r.opens(e);
    const masculine = !/ت$/.test(r.bare(v)) && !r.bare(v).startsWith('ت');
    // («طالب الدوسري»: a verb that is also a given name may be the name's first word.)
    if (AMBIGUOUS_GIVEN_NAMES.has(r.bare(v))) return p;
    if (/^[بل]/.test(w) && !/^(بال|لل)/.test(w)) {
      const rest = w.slice(1);
      if (!closed || w.length < 4 || !loneNameShaped(w) || !loneNameShaped(rest) || nounLike(w) || /(ين|ون)$/.test(w) || flagsOf(rest) !== 0) return p;
      return e;
    }
    if (r.definite(p)) {
      const stem = w.slice(2);
      if (!masculine || !/ي$/.test(w) || w.length < 6 || isNationality(w) || REGNAL_WORDS.has(w) || !(closed || r.isComma(e) || r.has(W.PREPOSITION, e) || isTitleHead(r, e))) return p;
      return verbShaped(stem) || masdarShaped(stem) ? p : e;
    }
    if (masculine && w.endsWith('ه') && w.length >= 4 && !/^[بلك]/.test(w) && taMarbuta(r, p) && !AMBIGUOUS_GIVEN_NAMES.has(w) && !masdarShaped(w) && this.cueAfter(e, s1) && !isTitleHead(r, e)) return e;
    return p;
  }

  /** A lone word before a verb is a name when it opens the sentence or follows «وكان», «لكن», «غير أن». */
  private loneNameBefore(b: number, v: number): boolean {
    const r = this.r;
    if (AMBIGUOUS_GIVEN_NAMES.has(r.bare(b)) || /ات$/.test(r.bare(b)) || !loneNameShaped(nameForm(r, b))) return false;
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
    // The head in the construct state («صحيفة "لانس"»: not «القوات "فورا"», a quotation); a programme's title is no organisation.
    if (!r.isQuote(q) || !r.opens(q) || r.definite(i) || r.bare(i) === 'برنامج') return;
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
    // A given name alone is the person named in full with it, when one person is («ليوناردو
    // بوشريف» ... «ليوناردو»).
    const first = new Map<string, number>();
    this.actors.forEach((a, index) => {
      if (a.type !== 'person' || a.end - a.first < 2) return;
      const w = a.key.slice(0, a.key.indexOf(' '));
      first.set(w, first.has(w) && first.get(w) !== index ? -1 : index);
    });
    // A lone name discovered elsewhere that is a full name's surname (or given name) is that person.
    const remap = this.actors.map((a, index) => {
      if (a.end - a.first !== 1 || a.type !== 'person') return index;
      const f = first.get(a.key);
      return surname.get(a.key) ?? (f !== undefined && f >= 0 && GIVEN_NAMES.has(a.key) ? f : index);
    });
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
