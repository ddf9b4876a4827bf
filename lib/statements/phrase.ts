/**
 * Reading the noun phrases a speaker is named with: a title («وزير الخارجية الأمريكي», «المتحدث
 * باسم الجيش العقيد», «مندوب فرنسا لدى الأمم المتحدة»), and a person's name that follows it or
 * stands alone («جان مارك دو لا سابليير», «محمد الشربيني»), whether or not the knowledge base
 * knows it.
 *
 * A title is read as Arabic builds it: the head noun, then its genitive chain (indefinite nouns up
 * to the first definite one or proper name: «رئيس مجلس محافظة صلاح الدين»), then adjectives
 * (definite: «الأمريكي», «السابق») and prepositional complements («لدى الأمم المتحدة», «باسم
 * الخارجية», «للأمم المتحدة»). The first indefinite word after a closed chain begins the name.
 */
import { isNewsMedium } from '../knowledge/types';
import { isNationality, nationalityStem } from '../names/nationalities';
import { AMBIGUOUS_GIVEN_NAMES, ARAB_GIVEN_NAMES, GIVEN_NAME_COMPOUNDS, GIVEN_NAMES, NAME_PARTICLES, WEAK_NAME_PARTICLES } from '../names/given-names';
import { flagsOf } from './lexicon';
import { Reader, W as WORD_CLASSES } from './reader';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

export interface TitleRead {
  /** The title's tokens: [start, end). */
  start: number;
  end: number;
  /** The head noun's token. */
  head: number;
  /** The nationality adjective's stem («فرنسي»), if the title has one. */
  nationality: string | undefined;
  /** The head is a rank or honorific only («اللواء», «الشيخ»): no office of its own. */
  honorific: boolean;
}

/** How long a title may run, and how many indefinite nouns its genitive chain may hold. */
const MAX_TITLE_TOKENS = 12;
const MAX_CHAIN = 3;

/** Word classes that end any name or title: what the name is followed by, never part of it. */
const NOT_IN_NAME =
  W.VERB | W.PARTICIPLE | W.THAT | W.ACCORDING | W.RELATIVE | W.TIME | W.PREPOSITION | W.TITLE | W.UNNAMED | W.ORG_HEAD |
  W.FUNCTION | W.SPEECH_NOUN | W.INSTITUTION | W.HONORIFIC_PRONOUN | W.DOCUMENT | W.OPENER | W.GOVERNING | W.HONORIFIC | W.WHAT;

/** Is token i a title head or an honorific (with or without the article)? */
export function isTitleHead(r: Reader, i: number): boolean {
  return r.has(W.TITLE | W.HONORIFIC, i);
}

/**
 * Reads the title that begins at token i (a title head or an honorific), up to `limit`. Returns
 * undefined when token i begins no title.
 */
export function readTitle(r: Reader, i: number, limit: number): TitleRead | undefined {
  if (!isTitleHead(r, i)) return undefined;
  const honorific = !r.has(W.TITLE, i);
  let nationality: string | undefined;
  // CHAIN: the last noun was indefinite, a genitive must follow. CLOSED: adjectives, complements or the name follow.
  let closed = honorific || r.definite(i);
  let chain = 0;
  let j = i + 1;
  const max = Math.min(limit, i + MAX_TITLE_TOKENS);
  while (j < max) {
    if (!r.isWord(j)) break;
    const m = r.mentionAt(j);
    if (m) {
      const type = r.actorOf(m).type;
      // A person ends the title: the name begins here.
      if (type === 'person') break;
      // «... لوكالة فرانس برس»: the medium a title-holder spoke to is no part of the title.
      if (closed && m.preposition && isNewsMedium(r.actorOf(m))) break;
      // An organisation or a place completes the chain («مندوب فرنسا», «لحزب الله») or a complement.
      if (!closed || m.preposition || r.has(W.PREPOSITION, j - 1) || r.eq(j - 1, 'باسم')) {
        j = m.endToken;
        closed = true;
        continue;
      }
      break;
    }
    const w = r.bare(j);
    // «الكاتب والمحلل السياسي عبد الباري عطوان»: two titles joined by و are one; «نائب رئيس الوزراء
    // الأردني وزير الخارجية أيمن الصفدي»: a second office follows the first, the name after both.
    // («الخبير الاقتصادي أمين فارس»: a title that is also a given name, before a given name, begins the name.)
    if (closed && r.has(W.TITLE, j) && !r.has(W.HONORIFIC, j) && (r.hasConjunction(j) ? r.definite(j) : !r.definite(j)) && !(AMBIGUOUS_GIVEN_NAMES.has(w) && (givenName(r, j + 1) || ambiguousGiven(r, j + 1)))) {
      closed = r.definite(j);
      chain = 0;
      j++;
      continue;
    }
    if (r.has(W.HONORIFIC, j) && !r.has(W.TITLE, j) && closed) {
      // «المتحدث باسم الجيش العقيد ...», «الخبير العسكري اللواء المتقاعد ...»: a rank after the
      // office, and its adjectives; the name follows.
      j++;
      while (j < max && r.definite(j) && !r.mentionAt(j) && titleAdjective(r.bare(j))) j++;
      break;
    }
    if (w === 'باسم' || (r.has(W.PREPOSITION, j) && closed && (w === 'في' || w === 'لدي' || w === 'الي' || w === 'عن' || w === 'من'))) {
      // A complement: its object is a name or a definite phrase («في الأمم المتحدة», «في وزارة
      // الخارجية»); «في وقت لاحق» is an adverbial after the title, not part of it.
      const o = j + 1;
      const closes = r.mentionAt(o) || r.definite(o) || (r.isArabic(o) && !r.has(W.FUNCTION | W.TIME, o) && (r.definite(o + 1) || r.mentionAt(o + 1)));
      if (!closes && w !== 'باسم') break;
      j++;
      closed = false;
      chain = 0;
      continue;
    }
    if (!r.definite(j) && isNationality(w) && chain > 0) {
      // «ناطق عسكري إسرائيلي»: an indefinite title's nationality closes it.
      nationality = nationalityStem(w);
      closed = true;
      j++;
      continue;
    }
    if (r.definite(j)) {
      const stem = nationalityStem(w);
      if (stem !== undefined) nationality = stem;
      if (closed && r.has(W.TITLE, j) && !r.eq(j - 1, 'باسم')) break; // another title: «... العضو المنتدب»
      // After a closed title only an adjective follows («الأمريكي», «العام», «السابق», «المنتدب»);
      // another definite noun is the verb's object («حث الأمين العام ... الأطراف على»).
      if (closed && !titleAdjective(w)) break;
      closed = true;
      j++;
      continue;
    }
    const m2 = r.mentionAt(j + 1);
    if (closed && w.startsWith('ل') && gluedPreposition(r, j) && (r.definite(j + 1) || (m2 && r.actorOf(m2).type !== 'person')) && !GIVEN_NAMES.has(w)) {
      // «لكأس العالم», «لإزالة الألغام»: a complement glued to its preposition, then its genitive.
      // («للدراسات» closes the chain by itself; a person after it is the title's holder.)
      j = m2 ? m2.endToken : j + 2;
      continue;
    }
    if (isGenitiveWithPreposition(r, j)) {
      // «للأمم», «لشؤون», «بوزارة»: a genitive or complement glued to its preposition.
      closed = r.bare(j).slice(1).startsWith('ال') || r.bare(j).startsWith('لل');
      chain = closed ? 0 : 1;
      j++;
      continue;
    }
    // An indefinite word: inside a genitive chain it is a noun of the title; after a closed one it begins the name.
    if (closed || chain >= MAX_CHAIN || r.has(W.FUNCTION | W.VERB | W.THAT | W.TIME, j)) break;
    // («مساعده عبدالرحمن», «مدربه ستيف»: a head with its pronoun, then the name.)
    if (GIVEN_NAMES.has(w) && (j > i + 1 || r.word(i).endsWith('ه'))) break;
    chain++;
    j++;
  }
  if (j === i + 1 && !honorific && !r.definite(i) && !(r.word(i).endsWith('ه') && GIVEN_NAMES.has(r.bare(j)))) {
    // A bare indefinite head with nothing after it («وزير») is no title.
    return undefined;
  }
  return { start: i, end: j, head: i, nationality, honorific };
}

/** Words that follow a title as its adjectives (besides nisba adjectives and participles). */
const TITLE_ADJECTIVES = new Set(
  'العام العامه السابق السابقه الاسبق الحالي الحاليه الجديد الجديده الاعلي الاول الاولي الثاني الثانيه الاكبر الاعظم الدائم الدائمه الخاص الخاصه الشريفين'.split(' '),
);

/** Can a definite word stand after a closed title as its adjective: a nisba, a participle, or one of TITLE_ADJECTIVES? */
function titleAdjective(w: string): boolean {
  if (TITLE_ADJECTIVES.has(w)) return true;
  if (/(ي|يه|يين|يون)$/.test(w)) return true;
  // Participles of the derived verb forms begin with مـ: «المنتدب», «المكلف», «المنظمة».
  return /^الم.{3,}/.test(w);
}

/**
 * «للأمم», «بالخارجية», «لوزارة», «لشؤون»: a genitive or complement glued to its preposition ل/ب —
 * when what follows the preposition is definite or a noun of titles and bodies. (A name may begin
 * with ل or ب too: «لوران», «برند».)
 */
function isGenitiveWithPreposition(r: Reader, j: number): boolean {
  if (!r.isArabic(j) || r.mentionAt(j)) return false;
  const w = r.bare(j);
  if (w.length < 4) return false;
  const c = w.charCodeAt(0);
  if (c !== 0x0644 && c !== 0x0628) return false; // ل ب
  if (GIVEN_NAMES.has(w) || AMBIGUOUS_GIVEN_NAMES.has(w)) return false;
  const rest = w.slice(1);
  if (rest.startsWith('ال') || w.startsWith('لل')) return true;
  return (flagsOf(rest) & (W.TITLE | W.ORG_HEAD | W.INSTITUTION | W.UNNAMED)) !== 0 || CHAIN_NOUNS.has(rest);
}

/** Plural nouns that continue a title's genitive chain after ل: «منسق لشؤون ...». */
const CHAIN_NOUNS = new Set(['شوون', 'شؤون']);

/** How a name is expected where it is read. */
export const enum NameContext {
  /** After a title or an honorific: the first word may be any word that can be in a name. */
  AfterTitle,
  /** Where a subject stands (after a reporting verb, before it at a clause start): the first word must look like a name. */
  Subject,
}

/** Can token i be a word of a person's name (not a word of the lexicon, not a nationality, not punctuation)? */
export function nameWord(r: Reader, i: number): boolean {
  if (!r.isArabic(i) || r.has(NOT_IN_NAME, i) || r.mentionOver(i)) return false;
  const w = r.word(i);
  if (w.length < 2) return false;
  return !isNationality(r.bare(i));
}

/** Is the word at i a given name (as written, or without a conjunction)? */
export function givenName(r: Reader, i: number): boolean {
  return GIVEN_NAMES.has(r.word(i)) || GIVEN_NAMES.has(r.bare(i));
}

/** Does a name begin at i as a given name does: a given name, or a kunya or compound («أبو محمد», «عبد الرحمن»)? */
export function beginsAsName(r: Reader, i: number): boolean {
  return givenName(r, i) || (particle(r, i) && (givenName(r, i + 1) || ambiguousGiven(r, i + 1) || GIVEN_NAME_COMPOUNDS.has(`${r.word(i)} ${r.word(i + 1)}`)));
}

/**
 * How many letters of a conjunction to leave out at the start of a name's word: «ومحمد» → 1, but
 * «فيرجسون», «فارس», «وليد» are names whole. A و before a word that is no given name is read as a
 * conjunction (the word is then no name: «وأذكر»); a ف before one is read as the name's letter.
 */
export function conjunctionInName(r: Reader, i: number): number {
  const w = r.word(i);
  const c = w.charCodeAt(0);
  if (c !== 0x0648 && c !== 0x0641) return 0;
  if (GIVEN_NAMES.has(w) || AMBIGUOUS_GIVEN_NAMES.has(w)) return 0;
  const rest = w.slice(1);
  if (GIVEN_NAMES.has(rest) || AMBIGUOUS_GIVEN_NAMES.has(rest)) return 1;
  return c === 0x0648 && r.bare(i).length < w.length ? 1 : 0;
}
/** The word at i as a name's word: without a conjunction the name does not begin with. */
export function nameForm(r: Reader, i: number): string {
  return r.word(i).slice(conjunctionInName(r, i));
}
function ambiguousGiven(r: Reader, i: number): boolean {
  // «على» folds to «علي»: written with ى it is the preposition, never the name.
  if (r.alefMaqsura(i)) return false;
  return AMBIGUOUS_GIVEN_NAMES.has(r.word(i)) || AMBIGUOUS_GIVEN_NAMES.has(r.bare(i));
}
function particle(r: Reader, i: number): boolean {
  return NAME_PARTICLES.has(r.word(i));
}

/**
 * Does the word begin with a preposition ب/ل glued to it (and is long enough to hold a word after
 * it)? (A glued ك «like» hardly ever stands where a name does, and begins many: «كارين», «كينيون».)
 */
function gluedPreposition(r: Reader, i: number, context = NameContext.Subject): boolean {
  const w = r.bare(i);
  if (!r.isArabic(i) || w.length < 4 || !/^[بل]/.test(w)) return false;
  // After a title a transliterated name may begin so, its vowel written: «بونغي», «لوكاس».
  // (Not a verb or a masdar behind it: «ليفاوض», «لاعتداء».)
  const rest = w.slice(1);
  return !(context === NameContext.AfterTitle && /^.[اوي]/.test(w) && !w.startsWith('بال') && !nounLike(w) && flagsOf(rest) === 0 && !/^[بل]ي(و|د)/.test(w) && !(/^[يت]/.test(rest) && rest.length >= 4) && !masdarShaped(rest) && !verbShaped(rest));
}

/** A word shaped as a noun with a possessive pronoun or a feminine or plural ending, in a subject's place: «حقه», «ضرورة», «تحديات». */
export function nounLike(w: string): boolean {
  return /(ه|ها|هم|هما|هن|نا|كم|ات)$/.test(w);
}
/** nounLike, but for a word inside a name: «مارتينا», «سفتلانا» end in نا after a long vowel, as names do. */
export function suffixedNoun(w: string): boolean {
  return nounLike(w) && !(w.length >= 5 && /[اوي]نا$/.test(w));
}

/** A pronoun glued to the end («بريقها», «جهدي» is not caught: a name may end in ي). */
function pronounSuffixed(w: string): boolean {
  return /(ها|هم|هما|هن|كم)$/.test(w);
}

const MAX_NAME_TOKENS = 5;
/** Without a given name to begin it, a name is one or two words (particles aside). */
const MAX_UNKNOWN_NAME_WORDS = 2;

/**
 * Reads a person's name that begins at token i, up to `limit`; returns the token after it, or i
 * when no name begins there. A knowledge-base or discovered mention is not read here (the caller
 * looks at mentions first). `familyAfterAny` lets a family name with the article follow any first
 * word («نتشيرفان البارزاني»), not only a given name («محمد الشربيني»).
 */
export function readName(r: Reader, i: number, limit: number, context: NameContext, options: { familyAfterAny?: boolean; firstGiven?: boolean; conjoined?: boolean } = {}): number {
  if (i >= limit || !r.isArabic(i) || r.tanween(i)) return i;
  // (`conjoined`: the caller knows the first word's و is a conjunction: «... وبول سكولز».)
  const conjoined = options.conjoined === true && r.hasConjunction(i);
  const first = conjoined ? r.bare(i) : r.word(i);
  // (`firstGiven`: the caller knows the first word is a given name behind a preposition: «لأحمد».)
  const given = options.firstGiven === true || givenName(r, i);
  const ambiguous = !given && ambiguousGiven(r, i) && (context === NameContext.AfterTitle || r.flagsAt(i) === 0);
  if (!given) {
    // A word with a conjunction that is no given name is no name's beginning («... وأذكر أنه» is a verb).
    if (!conjoined && conjunctionInName(r, i) > 0 && !GIVEN_NAMES.has(r.word(i).slice(1))) return i;
    if ((conjoined ? first : nameForm(r, i)).length < 3) return i;
  }
  if (!given && !ambiguous) {
    if (!nameWord(r, i) || r.definite(i) || pronounSuffixed(first)) return i;
    if (context === NameContext.Subject && nounLike(first)) return i;
    // «لكأس», «بحزن»: a preposition glued to a common word; «ردا على», «تعليقا على»: an adverbial.
    if (gluedPreposition(r, i, context) || isPrepositional(r, i)) return i;
    if (first.endsWith('ا') && (r.has(W.PREPOSITION, i + 1) || gluedPreposition(r, i + 1))) return i;
  }
  // An ambiguous given name («أمين», «سعيد») is a name only before another name word: not before a
  // definite one («أمين المجمع»), nor a noun with a suffix («على يمينه»).
  // (After a title, a family name with the article may follow it: «الدكتور كمال الجنزوري».)
  const familyNext = context === NameContext.AfterTitle && r.definite(i + 1) && nameWord(r, i + 1) && !isNationality(r.bare(i + 1)) && !/(ات|ون|ين)$/.test(r.word(i + 1));
  // («سعيد عويطة،»: a family name in ة, closed right after it.)
  if (ambiguous && !(i + 1 < limit && (r.eq(i + 1, 'الله') || familyNext || (nameWord(r, i + 1) && !r.definite(i + 1) && (givenName(r, i + 1) || !nounLike(r.word(i + 1)) || (taMarbuta(r, i + 1) && closedAfterName(r, i + 2))) && !r.tanween(i + 1))))) return i;
  let j = i + 1;
  let named = given || ambiguous;
  // A compound («عبد الله», «أبو بكر»): the particle needs a word after it; «أبو محمد» is a name as a given name is.
  if (NAME_PARTICLES.has(first)) {
    if (!(j < limit && (nameWord(r, j) || r.definite(j)))) return i;
    // («عبد الله الهلالي»: a compound given name, then a family name with the article.)
    if (givenName(r, j) || ambiguousGiven(r, j) || GIVEN_NAME_COMPOUNDS.has(`${first} ${r.word(j)}`)) named = true;
    j++;
  }
  let max = Math.min(limit, i + MAX_NAME_TOKENS);
  let words = 1;
  let definiteSeen = false;
  /** The word a particle governs, the last read («عبد الله» → الله): a family name may follow it. */
  let complement = -1;
  while (j < max) {
    if (particle(r, j)) {
      // «سعد بن أبي وقاص», «محمد بن عبد الكريم الخطابي»: particles in a row, then the word they
      // govern — its و is its own («وقاص»), and a definite one is no family name yet («عبد الكريم»).
      // («جان مارك دو لا سابليير»: a weak particle may follow a strong one.)
      let k = j + 1;
      while (k < limit && k < j + 3 && (particle(r, k) || WEAK_NAME_PARTICLES.has(r.word(k)))) k++;
      if (!(k < limit && r.isArabic(k) && !r.mentionOver(k) && !r.tanween(k) && (nameWord(r, k) || r.definite(k)) && !verbShaped(r.word(k)))) break;
      max = Math.min(limit, max + (k - j), i + MAX_NAME_TOKENS + 3);
      j = k + 1;
      complement = j - 1;
      continue;
    }
    // «جان مارك دو لا سابليير», «رود فان نيستلروي»: a particle that is also a word («لا», «فان»)
    // only between two words of a name — not before a verb («... لا يناسبني»); the Mauritanian
    // «ولد» before a family name with the article too («ولد المختار»), not before a time («ولد عام»).
    if (WEAK_NAME_PARTICLES.has(r.word(j)) && j + 1 < limit && weakParticleName(r, j)) {
      j += 2;
      continue;
    }
    if (particle(r, j) && WEAK_NAME_PARTICLES.has(r.word(j + 1)) && j + 2 < limit && nameWord(r, j + 2)) {
      j += 3;
      continue;
    }
    // «ميشال أليو - ماري»: a hyphen joins a double name.
    if (r.isDash(j) && nameWord(r, j - 1) && nameWord(r, j + 1) && j + 1 < limit) {
      j += 2;
      continue;
    }
    if (!r.isArabic(j) || r.mentionOver(j) || r.tanween(j)) break;
    // «محمد هنيدي وأشرف عبد الباقي»: a conjunction begins another name.
    if (conjunctionInName(r, j) > 0) break;
    // «نصر الله», «فضل الله»: a family name of two words (not right after a lone given name: «أحمد الله» is praise).
    if (r.eq(j, 'الله') && j === i + 1 && given && !GIVEN_NAME_COMPOUNDS.has(`${nameForm(r, i)} الله`)) break;
    // «جيمس الأول», «ألفونسو الثالث عشر»: a regnal number after a one-word name ends it.
    if (j === i + 1 && (given || ambiguous || context === NameContext.AfterTitle) && REGNAL.has(r.word(j))) {
      j++;
      if (j < limit && r.eq(j, 'عشر')) j++;
      break;
    }
    if (r.eq(j, 'الله') && (!definiteSeen || r.eq(j - 1, 'العبد'))) {
      j++;
      definiteSeen = true;
      continue;
    }
    if (definiteSeen) break;
    // «بسر بن أرطأة نقض ...»: after the word a particle governs, a word of three letters that is no
    // given name is a past verb.
    if (complement === j - 1 && !r.definite(j) && !givenName(r, j) && !ambiguousGiven(r, j) && r.word(j).length === 3) break;
    const w = r.word(j);
    if (!givenName(r, j) && !ambiguousGiven(r, j)) {
      // Inside a name: no word with a conjunction («وأخلاقية»), a pronoun («بريقها»), shaped as a
      // participle («متأثرا»), a present verb («يعيش», «تشعر»), a noun with ة or a suffix («ملاحقة», «مرماه»),
      // or a preposition glued to a word («لمدة», «بلقاء مع»).
      if (conjunctionInName(r, j) > 0 || (w.startsWith('و') && !GIVEN_NAMES.has(w)) || pronounSuffixed(w) || /^م.{3,}ا$/.test(w) || verbShaped(w) || (w.startsWith('ف') && verbShaped(w.slice(1)))) break;
      // «محمد صلاح هدفين»: after two words of a name, a dual or a plural in ين is no name's.
      if (j - i >= 2 && !r.definite(j) && (w.endsWith('ين') || /^[اتم].{3,}ات$/.test(w))) break;
      // «أحمد محمود برصاص», «أصيب X بجروح»: ب before a word is a preposition's, but in a name
      // of the Maghreb («بلحاج», «بنكيران») or a transliterated one («بوشريف», «بريندرجاست»).
      if (j > i + 1 && w.startsWith('ب') && w.length > 3 && w.length < 7 && !/^ب[اويلن]/.test(w)) break;
      // A participle («مترابط»), ك or ل before a participle or a verb («كمقدم», «ليعوض»), a dual in تين («مرتين»).
      if (/^(مت|مست|كم).{3,}/.test(w) || /^ل[يت]..../.test(w) || /[^اوي]تين$/.test(w)) break;
      // After an Arab given name a word in ا is a noun in the accusative («موسى نموذجا», «مها أحمد
      // برنامجا»); after two given names, a word of three letters is a past verb («سهيل ادريس نشر»).
      if ((ARAB_GIVEN_NAMES.has(first) || NAME_PARTICLES.has(first)) && !r.definite(j) && ((w.length >= 4 && w.endsWith('ا') && !w.endsWith('يا')) || (w.length === 3 && j - i >= 2 && givenName(r, j - 1) && givenName(r, j - 2)))) break;
      // (A family name may end in ة — «ناصر معرفية» — when the name is closed right after it.)
      const closedAfter = r.has(W.THAT | W.VERB, j + 1) || r.isComma(j + 1) || r.isColon(j + 1) || (taMarbuta(r, j) && (r.isPunct(j + 1) || j + 1 >= r.n || isTitleHead(r, j + 1)));
      // (A transliterated name writes its vowel after ي or ل: «يانكوفيتش», «لارسن», «ليفي».)
      if (!r.definite(j) && ((w.endsWith('ه') && !closedAfter) || (/^ي.../.test(w) && !/^يا.{4}/.test(w)) || /^ت..[^اويى]$/.test(w) || /^تت../.test(w) || (w.startsWith('ل') && w.length > 3 && (!/^ل[اوي]/.test(w) || /^لا[يت]/.test(w))) || masdarShaped(w))) break;
      // «بمدة», «بفوز عبد الفتاح»: a preposition's phrase, before a preposition or a name in the genitive.
      // (A transliterated name may begin so: «بوشريف», «بريندرجاست».)
      const transliterated = (/^ب[اوي]/.test(w) || w.length >= 7) && !masdarShaped(w.slice(1)) && flagsOf(w.slice(1)) === 0;
      if (w.startsWith('ب') && w.length > 3 && !transliterated && (r.has(W.PREPOSITION, j + 1) || givenName(r, j + 1) || particle(r, j + 1))) break;
      if (!named && words >= MAX_UNKNOWN_NAME_WORDS) break;
    }
    // (A given name may begin with ال: «ألبرتو», «ألكسندر».)
    if (r.definite(j) && !givenName(r, j)) {
      // A family name with the article follows a given name («محمد الشربيني», «سعد الحريري»), and
      // ends the name; after another word only a nisba does («كريستوفر سامبا المحترف» is no name).
      const afterGiven = givenName(r, j - 1) || (j - 1 === i && given) || ambiguousGiven(r, j - 1) || particle(r, j - 1) || complement === j - 1;
      // («هاني المصري إن»: a nisba of a country is a family name right after a given name, closed after it.)
      const nationalFamily = isNationality(r.bare(j)) && givenName(r, j - 1) && !r.hasConjunction(j) && (r.has(W.THAT | W.VERB, j + 1) || r.isComma(j + 1) || r.isColon(j + 1));
      if (!(named || options.familyAfterAny) || !(nameWord(r, j) || nationalFamily) || (isNationality(r.bare(j)) && !nationalFamily) || /(ات|ون|ين)$/.test(w) || !familyNameShaped(r.bare(j))) break;
      if (!afterGiven && !/ي$/.test(w)) break;
      definiteSeen = true;
      j++;
      continue;
    }
    if (!nameWord(r, j) || isPrepositional(r, j)) break;
    // «لراديو إسرائيل», «لصحيفة الحياة», «كزعيم»: a preposition's phrase after the name (ك begins many names, «كارين»: only before a word of the lexicon).
    if (!givenName(r, j) && ((/^[بل]/.test(w) && (r.mentionAt(j + 1) || (r.definite(j + 1) && r.has(W.ORG_HEAD | W.UNNAMED | W.INSTITUTION, j + 1)))) || (/^[بلك]/.test(w) && flagsOf(w.slice(1)) !== 0))) break;
    words++;
    j++;
  }
  return j;
}

/** Does the word at i end in ة as written (a feminine noun or a name: «عويطة»), not in the pronoun ه? */
export function taMarbuta(r: Reader, i: number): boolean {
  return r.original !== undefined && r.isArabic(i) && r.original(r.start(i), r.end(i)).endsWith('ة');
}

/** Is a name closed at token k: أن, a reporting verb, a preposition, punctuation, the text's end? */
function closedAfterName(r: Reader, k: number): boolean {
  return k >= r.n || r.has(W.THAT | W.VERB | W.PREPOSITION | W.RELATIVE, k) || r.isPunct(k) || r.isBreak(k);
}

/** Regnal numbers after a ruler's name: «جيمس الأول», «الحسن الثاني», «ألفونسو الثالث عشر». */
const REGNAL = new Set(['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي']);

/**
 * Is a word inside a name (after its first word, no given name) shaped as a past verb or an
 * elative: «أحرز», «أكثر» (أفعل), «استطاع» (استفعل), «انتقل», «اجتمع» (انفعل, افتعل), «حملت» (فعلت)?
 * Transliterated names write their vowels: «أنطون», «بيرت», «وايت» are not taken for verbs.
 */
export function verbShaped(w: string): boolean {
  if (GIVEN_NAMES.has(w) || AMBIGUOUS_GIVEN_NAMES.has(w)) return false;
  const n = w.length;
  // (أفعل of a defective root ends in ى: «أجرى», «أبدى».)
  if (n === 4 && w[0] === 'ا' && !/[اوي]/.test(w[1]! + w[2]!) && !/[او]/.test(w[3]!) && !w.startsWith('ال')) return true;
  // فعلنا, أفعلنا: «قررنا», «أصبحنا».
  if (w.endsWith('نا') && ((n === 5 && !/[اوي]/.test(w.slice(0, 3))) || (n === 6 && w[0] === 'ا' && !/[اوي]/.test(w.slice(1, 4))))) return true;
  if (n >= 6 && w.startsWith('است')) return true;
  if (n === 5 && /^(ا.ت|ان)/.test(w) && !/[اوي]/.test(w.slice(2))) return true;
  // فاعلت: «شاركت», «راقبت».
  if (n === 5 && w[1] === 'ا' && w[4] === 'ت' && !/[اوي]/.test(w[2]! + w[3]!)) return true;
  return n === 4 && w[3] === 'ت' && !/[اوي]/.test(w.slice(0, 3));
}

/** Is a word shaped as a masdar of the derived forms: «إخراج», «إعلان» (إفعال), «تجهيز» (تفعيل), «استقبال», «انتقال», «اجتماع»? */
export function masdarShaped(w: string): boolean {
  if (GIVEN_NAMES.has(w) || AMBIGUOUS_GIVEN_NAMES.has(w)) return false;
  return /^(ا[^اوي]{2}ا.|ت[^اوي]{2}ي.|است...ا.|ا.ت.ا.|ان..ا.|م.ا..ه)$/.test(w);
}

/** Can a word with the article be a family name («الشربيني», «الخطيب»)? Not a noun in ة («المطالبة») nor a masdar («التقدم», «الإفصاح»). */
function familyNameShaped(w: string): boolean {
  // («العطية», «الطراونة» are family names; «المطالبة», «العربية» are not.)
  if (/^الم.ا..ه$/.test(w) || /^ال.{3,}يه$/.test(w)) return false;
  // (تفعّل, تفاعل: «التقدم», «التعاون»; «التوفيق» is a family name.)
  if (/^الت(...|.ا..)$/.test(w) && !w.endsWith('ي')) return false;
  return !/^الا..ا.$/.test(w);
}

/** Is the weak particle at j («لا», «فان», «ولد») a name's, followed by a word of the name? */
function weakParticleName(r: Reader, j: number): boolean {
  const n = j + 1;
  if (!r.isArabic(n) || r.mentionOver(n) || r.tanween(n)) return false;
  const w = r.word(n);
  if (r.eq(j, 'ولد')) return (nameWord(r, n) || (r.definite(n) && !r.has(NOT_IN_NAME, n))) && !(w.length > 3 && /^[وفبلك]/.test(w)) && w !== 'عام' && w !== 'سنه';
  return nameWord(r, n) && !r.definite(n) && w.length >= 2 && !/^(ي|ت|سي|ست)../.test(w) && !(r.eq(j, 'لا') && w.startsWith('ن')) && !pronounSuffixed(w);
}

/** A word with a preposition glued on that reads as a prepositional phrase: «بالتزاماتها», «لبذل». */
function isPrepositional(r: Reader, i: number): boolean {
  const w = r.bare(i);
  if (givenName(r, i)) return false;
  return /^(بال|لل|كال|وبال|وال|فال)/.test(w);
}
