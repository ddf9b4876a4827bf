/**
 * The words reported speech is built from, in normalised form (أ إ آ → ا, ى → ي, ة → ه, no
 * tashkeel). Conjunctions (و ف) are stripped before a word is looked up here.
 */

import { withoutConjunction } from '../arabic/clitics';
import { WordFilter } from '../arabic/word-filter';

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Reporting verbs in the past tense (3rd person m/f, plural, dual), plus a few present forms. */
export const REPORTING_VERBS = words(`
  قال قالت قالوا قالا يقول تقول
  اعلن اعلنت اعلنوا اعلنا
  اكد اكدت اكدوا اكدا يوكد
  صرح صرحت صرحوا
  اشار اشارت اشاروا
  اوضح اوضحت اوضحوا
  افاد افادت افادوا
  نفي نفت نفوا
  دعا دعت دعوا
  شدد شددت شددوا
  اضاف اضافت اضافوا
  تابع تابعت تابعوا
  ذكر ذكرت ذكروا
  كشف كشفت كشفوا
  حذر حذرت حذروا
  طالب طالبت طالبوا
  اعتبر اعتبرت اعتبروا
  راي رات راوا
  لفت لفتت
  نقل نقلت نقلوا
  اعرب اعربت
  نوه نوهت
`);

/** Participles that go on with the same speaker: «..., مشيرا إلى أن ...». */
export const CONTINUATION_PARTICIPLES = words(`
  مشيرا مشيره مويدا موكدا موكده موضحا موضحه مضيفا مضيفه قائلا قائله معتبرا معتبره مشددا مشدده
  لافتا لافته منوها منوهه محذرا محذره مطالبا مطالبه داعيا داعيه معربا معربه
`);

/** Verbs (and participles) whose content may open with a preposition instead of أن: أكد على، دعا إلى. */
export const PREPOSITION_OF_VERB: ReadonlyMap<string, string> = new Map([
  ...'اكد اكدت اكدوا يوكد موكدا موكده شدد شددت شددوا مشددا مشدده'.split(' ').map((v) => [v, 'علي'] as const),
  ...'دعا دعت دعوا داعيا داعيه اشار اشارت اشاروا مشيرا مشيره لفت لفتت لافتا لافته نوه نوهت منوها منوهه'
    .split(' ')
    .map((v) => [v, 'الي'] as const),
]);

/** Words that open the content of a statement: أن/إن and their suffixed forms. */
export const THAT = words(`
  ان انه انها انهم انهما انهن اننا انني اني انك
  بان بانه بانها بانهم بانهما باننا
`);

/** Words before أن that make it temporal or final, not the opening of reported content. */
export const THAT_BLOCKERS = words('بعد قبل منذ دون حتى عند لدي بمجرد');

/** Sourcing: "according to" phrases whose source follows. */
export const ACCORDING_TO = words('حسب بحسب وفق وفقا طبقا');
/** "ما" after an according-to word: «حسب ما أعلن الرئيس». */
export const WHAT = words('ما لما');
/** «نقلا عن X», «على لسان X». */
export const QUOTING = words('نقلا');

/** Relative pronouns: a verb right after one is part of a relative clause, not a report. */
export const RELATIVES = words('الذي التي الذين اللذين اللتين اللواتي اللاتي اللائي ما من');

/** Words after which a verb opens a clause of its own (besides punctuation and the sentence start). */
export const CLAUSE_OPENERS = words(`
  حيث كما فيما بينما ثم قد فقد وقد لقد جانبه جهته ولكن لكن بدوره بدورها بدورهم اذ حين عندما
  فيما وفيما كذلك ايضا بالمقابل المقابل
`);

/** Time words that may stand between a verb and its subject: «قال أمس الرئيس ...». */
export const TIME_WORDS = words(`
  امس اليوم غدا الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت صباح مساء ليل مساءا صباحا
`);

/** Heads of an unnamed source: «قال مسؤول أمريكي», «قالت مصادر فرنسية», «وتابع المسؤول». */
export const UNNAMED_HEADS = words(`
  مسؤول المسؤول مسؤوله المسؤوله مسؤولون المسؤولون مسؤولين المسؤولين
  مصدر المصدر مصادر المصادر متحدث المتحدث متحدثه المتحدثه ناطق الناطق ناطقه الناطقه
  بيان البيان مراسل المراسل شهود الشهود ناشطون ناشطين الناشطون دبلوماسي الدبلوماسي دبلوماسيون
  خبراء محللون وسائل تقارير تقرير التقرير مكتب
`);

/** Spokesperson heads: «المتحدث باسم البيت الأبيض» speaks for the White House. */
export const SPOKESPERSON_HEADS = words('متحدث المتحدث متحدثه المتحدثه ناطق الناطق ناطقه الناطقه');

/** Title heads: the noun a person's title begins with, without ال. */
export const TITLE_HEADS = words(`
  رئيس رئيسه وزير وزيره سفير سفيره ملك ملكه امير ولي مستشار مستشاره متحدث متحدثه ناطق ناطقه
  مبعوث مبعوثه قائد زعيم امين مندوب مندوبه نائب نائبه مرشد منسق منسقه مدير مديره
`);
/** A second word that changes the title: رئيس الوزراء is not رئيس. */
export const TITLE_SECOND_WORDS = words('الوزراء الحكومه الاركان');

/** Words that make the mention after them an object or a modifier, never a subject. */
export const GOVERNING_WORDS = words(`
  في من الي عن علي مع لدي عبر خلال حول ضد بين نحو قرب داخل خارج تجاه باسم بحق امام وراء عند بعد قبل
  منذ حتي مثل دون بشان حيال لصالح
  نظيره نظيرته نظيريه نظراءه نظيرهم نظيرها
`);

/** Head nouns that may stand before an organisation's name in subject position: «وكالة سبوتنيك». */
export const ORG_HEADS = words(`
  وكاله صحيفه قناه موقع شبكه حركه حزب منظمه جماعه تنظيم قوات وزاره رئاسه هيئه مجلس جيش
`);

/** Nationality and other relational adjectives: الفرنسي، الروسية (ال + ... + ي/يه). */
export function isRelationalAdjective(word: string): boolean {
  return word.length >= 5 && word.startsWith('ال') && (word.endsWith('ي') || word.endsWith('يه'));
}

/** The title key of a nationality adjective: الفرنسية → فرنسي. */
export function adjectiveKey(word: string): string {
  const w = word.startsWith('ال') ? word.slice(2) : word;
  return w.endsWith('يه') ? w.slice(0, -1) : w;
}

/** A title head word without ال, feminine folded to masculine: «الوزيرة» → وزير; or undefined. */
export function titleHead(word: string): string | undefined {
  const w = word.startsWith('ال') ? word.slice(2) : word;
  return TITLE_HEADS.has(w) ? w.replace(/ه$/, '') : undefined;
}

/** Every word of this lexicon: a word that is one of them keeps a leading و/ف (وزير, وكالة, وفق). */
export const LEXICON_WORDS: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS, ...CONTINUATION_PARTICIPLES, ...THAT, ...THAT_BLOCKERS, ...ACCORDING_TO, ...WHAT,
  ...RELATIVES, ...CLAUSE_OPENERS, ...TIME_WORDS, ...UNNAMED_HEADS, ...TITLE_HEADS, ...GOVERNING_WORDS,
  ...ORG_HEADS, ...TITLE_SECOND_WORDS, ...QUOTING,
]);

/** A word without its conjunction (و/ف), unless the و/ف belongs to the word: «وقال» → قال, «وزير» stays. */
export function bareWord(word: string): string {
  const c = word.charCodeAt(0);
  if (c !== 0x0648 && c !== 0x0641) return word; // no و/ف to strip
  return LEXICON_WORDS.has(word) ? word : withoutConjunction(word);
}

/** Bit flags for the word classes the extractor tests on every token (one map lookup instead of many set lookups). */
export const F = {
  VERB: 1,
  PARTICIPLE: 2,
  THAT: 4,
  THAT_BLOCKER: 8,
  ACCORDING: 16,
  WHAT: 32,
  RELATIVE: 64,
  OPENER: 128,
  TIME: 256,
  /** علي (على after folding): «على لسان X». */
  ALA: 512,
} as const;

const FLAG_OF: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (set: ReadonlySet<string>, flag: number) => {
    // Each word as written, and with a conjunction before it (وقال، فأكد).
    for (const w of set) for (const form of [w, 'و' + w, 'ف' + w]) m.set(form, (m.get(form) ?? 0) | flag);
  };
  add(REPORTING_VERBS, F.VERB);
  add(CONTINUATION_PARTICIPLES, F.PARTICIPLE);
  add(THAT, F.THAT);
  add(THAT_BLOCKERS, F.THAT_BLOCKER);
  add(ACCORDING_TO, F.ACCORDING);
  add(QUOTING, F.ACCORDING);
  add(WHAT, F.WHAT);
  add(RELATIVES, F.RELATIVE);
  add(CLAUSE_OPENERS, F.OPENER);
  add(TIME_WORDS, F.TIME);
  add(new Set(['علي']), F.ALA);
  return m;
})();

/** No word with flags is longer than this (with a conjunction): longer tokens skip the lookup. */
export const LONGEST_LEXICON_WORD = Math.max(...[...FLAG_OF.keys()].map((w) => w.length)) + 1;

/** The flags of a word (0 for most words). */
export function flagsOf(word: string): number {
  return FLAG_OF.get(word) ?? 0;
}

/** Turns away most words before flagsOf: `LEXICON_FILTER.mayHave(text, start, end)`. */
export const LEXICON_FILTER: WordFilter = (() => {
  const f = new WordFilter();
  for (const w of FLAG_OF.keys()) f.add(w);
  return f;
})();
