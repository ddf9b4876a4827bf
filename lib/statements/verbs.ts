/**
 * The reporting verbs, each with the class of speech act it reports (DESIGN.md, "Statements"), in
 * the forms news writes them: past (3rd person masculine, feminine, plural, dual), present (3rd
 * person), and the participles that go on with the same speaker («..., مشيرا إلى أن ...»).
 *
 * Forms are written here as Arabic is spelled and normalised when the tables are built, so they
 * compare with the normalised text (أ إ آ → ا, ى → ي, ة → ه). A leading و/ف is the reader's
 * business (lexicon.ts), not listed here.
 */
import { normalize } from '../arabic/normalize';
import type { VerbClass } from '../analyze/types';

interface VerbEntry {
  /** The verb as a dictionary gives it (3rd person masculine singular past). */
  lemma: string;
  verbClass: VerbClass;
  /** Finite forms: past and present, 3rd person. */
  finite: string;
  /** Participles that continue the same speaker («مشيرا», «مؤكدة»). */
  participles?: string;
}

const VERBS: readonly VerbEntry[] = [
  // states
  { lemma: 'قال', verbClass: 'states', finite: 'قال قالت قالوا قالا قالتا يقول تقول يقولون يقولان تقولان', participles: 'قائلا قائلة قائلين' },
  { lemma: 'صرّح', verbClass: 'states', finite: 'صرح صرحت صرحوا صرحا يصرح تصرح', participles: 'مصرحا مصرحة' },
  { lemma: 'أوضح', verbClass: 'states', finite: 'أوضح أوضحت أوضحوا أوضحا يوضح توضح', participles: 'موضحا موضحة موضحين' },
  { lemma: 'أشار', verbClass: 'states', finite: 'أشار أشارت أشاروا أشارا يشير تشير', participles: 'مشيرا مشيرة مشيرين' },
  { lemma: 'أفاد', verbClass: 'states', finite: 'أفاد أفادت أفادوا أفادا يفيد تفيد', participles: 'مفيدا مفيدة' },
  { lemma: 'ذكر', verbClass: 'states', finite: 'ذكر ذكرت ذكروا ذكرا يذكر تذكر', participles: 'ذاكرا ذاكرة' },
  { lemma: 'أضاف', verbClass: 'states', finite: 'أضاف أضافت أضافوا أضافا يضيف تضيف', participles: 'مضيفا مضيفة مضيفين' },
  { lemma: 'تابع', verbClass: 'states', finite: 'تابع تابعت تابعوا', participles: 'متابعا' },
  { lemma: 'أردف', verbClass: 'states', finite: 'أردف أردفت', participles: 'مردفا مردفة' },
  { lemma: 'لفت', verbClass: 'states', finite: 'لفت لفتت لفتوا', participles: 'لافتا لافتة لافتين' },
  { lemma: 'نوّه', verbClass: 'states', finite: 'نوه نوهت', participles: 'منوها منوهة' },
  { lemma: 'رأى', verbClass: 'states', finite: 'رأى رأت رأوا يرى ترى', participles: 'رائيا' },
  { lemma: 'اعتبر', verbClass: 'states', finite: 'اعتبر اعتبرت اعتبروا اعتبرا', participles: 'معتبرا معتبرة معتبرين' },
  { lemma: 'أعرب', verbClass: 'states', finite: 'أعرب أعربت أعربوا', participles: 'معربا معربة' },
  { lemma: 'نقل', verbClass: 'states', finite: 'نقل نقلت نقلوا' },
  { lemma: 'أبلغ', verbClass: 'states', finite: 'أبلغ أبلغت أبلغوا' },
  { lemma: 'اعترف', verbClass: 'states', finite: 'اعترف اعترفت اعترفوا', participles: 'معترفا معترفة' },
  { lemma: 'تساءل', verbClass: 'states', finite: 'تساءل تساءلت', participles: 'متسائلا متسائلة' },
  { lemma: 'أشاد', verbClass: 'states', finite: 'أشاد أشادت أشادوا يشيد تشيد', participles: 'مشيدا مشيدة' },
  { lemma: 'رحّب', verbClass: 'states', finite: 'رحب رحبت رحبوا يرحب ترحب', participles: 'مرحبا مرحبة' },
  // announces
  { lemma: 'تعهّد', verbClass: 'announces', finite: 'تعهد تعهدت تعهدوا يتعهد تتعهد', participles: 'متعهدا متعهدة' },
  { lemma: 'أعلن', verbClass: 'announces', finite: 'أعلن أعلنت أعلنوا أعلنا يعلن تعلن', participles: 'معلنا معلنة' },
  { lemma: 'كشف', verbClass: 'announces', finite: 'كشف كشفت كشفوا يكشف تكشف', participles: 'كاشفا كاشفة' },
  // affirms
  { lemma: 'أكد', verbClass: 'affirms', finite: 'أكد أكدت أكدوا أكدا أكدتا يؤكد تؤكد يؤكدون', participles: 'مؤكدا مؤكدة مؤكدين' },
  { lemma: 'شدد', verbClass: 'affirms', finite: 'شدد شددت شددوا شددا يشدد تشدد', participles: 'مشددا مشددة مشددين' },
  // denies
  { lemma: 'نفى', verbClass: 'denies', finite: 'نفى نفت نفوا ينفي تنفي', participles: 'نافيا نافية' },
  // warns
  { lemma: 'حذّر', verbClass: 'warns', finite: 'حذر حذرت حذروا حذرا يحذر تحذر', participles: 'محذرا محذرة محذرين' },
  { lemma: 'نبّه', verbClass: 'warns', finite: 'نبه نبهت', participles: 'منبها منبهة' },
  // calls for
  { lemma: 'دعا', verbClass: 'calls-for', finite: 'دعا دعت دعوا يدعو تدعو', participles: 'داعيا داعية' },
  { lemma: 'طالب', verbClass: 'calls-for', finite: 'طالب طالبت طالبوا طالبا يطالب تطالب', participles: 'مطالبا مطالبة مطالبين' },
  { lemma: 'حثّ', verbClass: 'calls-for', finite: 'حث حثت حثوا يحث تحث', participles: 'حاثا' },
  { lemma: 'ناشد', verbClass: 'calls-for', finite: 'ناشد ناشدت ناشدوا يناشد تناشد', participles: 'مناشدا مناشدة' },
  // accuses
  { lemma: 'اتهم', verbClass: 'accuses', finite: 'اتهم اتهمت اتهموا اتهما يتهم تتهم', participles: 'متهما متهمة' },
  { lemma: 'أدان', verbClass: 'accuses', finite: 'أدان أدانت أدانوا دان دانت', participles: 'مدينا' },
  { lemma: 'انتقد', verbClass: 'accuses', finite: 'انتقد انتقدت انتقدوا ينتقد تنتقد', participles: 'منتقدا منتقدة' },
  { lemma: 'ندّد', verbClass: 'accuses', finite: 'ندد نددت نددوا يندد تندد', participles: 'منددا منددة' },
  { lemma: 'استنكر', verbClass: 'accuses', finite: 'استنكر استنكرت استنكروا يستنكر تستنكر', participles: 'مستنكرا مستنكرة' },
  // claims: the outlet keeps its distance
  { lemma: 'زعم', verbClass: 'claims', finite: 'زعم زعمت زعموا يزعم تزعم', participles: 'زاعما زاعمة' },
  { lemma: 'ادعى', verbClass: 'claims', finite: 'ادعى ادعت ادعوا يدعي تدعي', participles: 'مدعيا مدعية' },
  // threatens
  { lemma: 'توعّد', verbClass: 'threatens', finite: 'توعد توعدت توعدوا يتوعد تتوعد', participles: 'متوعدا متوعدة' },
  { lemma: 'هدّد', verbClass: 'threatens', finite: 'هدد هددت هددوا', participles: 'مهددا مهددة' },
];

const split = (s: string | undefined): string[] => (s ?? '').split(/\s+/).filter(Boolean).map((w) => normalize(w));

/** Normalised finite form → its entry. */
const FINITE = new Map<string, VerbEntry>();
/** Normalised participle → its entry. */
const PARTICIPLE = new Map<string, VerbEntry>();
for (const v of VERBS) {
  for (const f of split(v.finite)) if (!FINITE.has(f)) FINITE.set(f, v);
  for (const p of split(v.participles)) if (!PARTICIPLE.has(p)) PARTICIPLE.set(p, v);
}

/** Every finite reporting-verb form, normalised. */
export const REPORTING_VERB_FORMS: ReadonlySet<string> = new Set(FINITE.keys());
/** Every continuing participle, normalised. */
export const PARTICIPLE_FORMS: ReadonlySet<string> = new Set(PARTICIPLE.keys());

/** Forms in the dual («قالا», «أكدتا»): their subject is two (a joint subject or the two just named). */
export const DUAL_FORMS: ReadonlySet<string> = new Set(
  [...FINITE.keys()].filter((f) => f.endsWith('ا') && !f.endsWith('وا') && FINITE.has(f.slice(0, -1))),
);

/** Plural forms («قالوا», «يؤكدون»): their subject is many, never one person. */
export const PLURAL_FORMS: ReadonlySet<string> = new Set([...FINITE.keys()].filter((f) => f.endsWith('وا') || f.endsWith('ون')));

/**
 * Forms of the 3rd person masculine singular («قال», «يقول», «أكد»): a feminine subject right after
 * one of them («وطالب الحكومة بـ ...») is no subject but the verb's object.
 */
export const MASCULINE_SINGULAR_FORMS: ReadonlySet<string> = new Set(
  VERBS.flatMap((v) => {
    const lemma = normalize(v.lemma);
    return split(v.finite).filter((f) => f === lemma || (f.startsWith('ي') && !f.endsWith('ون') && !f.endsWith('ان')));
  }),
);

/** Forms of the 3rd person feminine singular («قالت», «تقول», «أكدت»). */
export const FEMININE_FORMS: ReadonlySet<string> = new Set(
  VERBS.flatMap((v) => {
    const lemma = normalize(v.lemma);
    return split(v.finite).filter((f) => (f === lemma + 'ت' || (f.endsWith('ت') && !lemma.endsWith('ت') && f.length === lemma.length)) || (f.startsWith('ت') && !lemma.startsWith('ت') && !f.endsWith('ان')));
  }),
);

/**
 * Forms whose spelling with ى or ي tells the verb from a noun or another verb, where the text
 * writes ى at all: «نفى» (denied) / «نفي» (denial), «رأى» (considered) / «رأي» (opinion), «يدعي»
 * (claims) / «يُدعى» (is called). Value: the letter the verb ends with.
 */
export const FINAL_YA_OF_VERB: ReadonlyMap<string, 'ى' | 'ي'> = new Map([
  ['نفي', 'ى'],
  ['راي', 'ى'],
  ['ادعي', 'ى'],
  ['يري', 'ى'],
  ['تري', 'ى'],
  ['يدعي', 'ي'],
  ['تدعي', 'ي'],
  ['ينفي', 'ي'],
  ['تنفي', 'ي'],
]);

/** Present-tense forms («يقول», «تؤكد»): a habitual or ongoing report. */
export function isPresent(form: string): boolean {
  const v = FINITE.get(form);
  return v !== undefined && (form.startsWith('ي') || form.startsWith('ت')) && !normalize(v.lemma).startsWith(form[0]!);
}

/** Each verb's lemma, normalised once. */
const LEMMA = new Map(VERBS.map((v) => [v, normalize(v.lemma)]));

/** The lemma of a reporting form (finite or participle), normalised; undefined for other words. */
export function lemmaOf(form: string): string | undefined {
  const v = FINITE.get(form) ?? PARTICIPLE.get(form);
  return v ? LEMMA.get(v) : undefined;
}

/** The class of a reporting word already normalised and without its conjunction («قالت», «مؤكدا»). */
export function verbClassOfNormalized(word: string): VerbClass {
  return (FINITE.get(word) ?? PARTICIPLE.get(word))?.verbClass ?? 'states';
}

/**
 * The class of a reporting word as written in the text or stored in the corpus («وقالت», «مؤكدا»,
 * «حسب», «:»): its verb's class; a sourcing phrase or a headline colon states.
 */
export function verbClassOf(word: string): VerbClass {
  const w = normalize(word).trim();
  const bare = (w.startsWith('و') || w.startsWith('ف')) && !FINITE.has(w) && !PARTICIPLE.has(w) ? w.slice(1) : w;
  return (FINITE.get(bare) ?? PARTICIPLE.get(bare) ?? FINITE.get(w) ?? PARTICIPLE.get(w))?.verbClass ?? 'states';
}
