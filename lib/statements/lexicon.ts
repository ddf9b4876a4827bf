/**
 * The closed word classes reported speech is read with: what opens the content (أن، إن), what
 * comes between a verb and its subject (time words), what a speaker's phrase is made of (titles,
 * ranks, unnamed sources, the heads of organisations' names), and the function words that are
 * never a name.
 *
 * Every list is written as Arabic is spelled and normalised when it is built (أ إ آ → ا,
 * ى → ي, ة → ه), so «إلى» and «على» compare with the normalised text. A leading و/ف is the
 * reader's business: `flagsOf` knows each word with and without it.
 */
import { normalize } from '../arabic/normalize';
import { WordFilter } from '../arabic/word-filter';
import { WordTable } from '../arabic/word-table';
import { PARTICIPLE_FORMS, REPORTING_VERB_FORMS } from './verbs';

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean).map((w) => normalize(w)));

/** Words that open the content of a statement: أن/إن and their suffixed forms. */
export const THAT = words(`
  أن إن أنه إنه أنها إنها أنهم إنهم أنهما إنهما أنهن إنهن أننا إننا أنني إنني أني إني أنك إنك
  بأن بأنه بأنها بأنهم بأنهما بأننا لأن
`);

/** Words before أن that make it temporal or final, not the opening of reported content. */
export const THAT_BLOCKERS = words('بعد قبل منذ دون حتى عند لدى بمجرد رغم برغم');

/** Sourcing: "according to" phrases whose source follows. */
export const ACCORDING_TO = words('حسب بحسب وفق وفقا طبقا نقلا');
/** "ما" after an according-to word: «حسب ما أعلن الرئيس», «وفقا لما ذكرته». */
export const WHAT = words('ما لما');

/** Relative pronouns: a verb right after one reports the speech of what they point back to. */
export const RELATIVES = words('الذي التي الذين اللذين اللتين اللواتي اللاتي اللائي');

/** Words after which a verb opens a clause of its own (besides punctuation and the sentence start). */
export const CLAUSE_OPENERS = words(`
  حيث كما فيما بينما ثم قد فقد وقد لقد ولكن لكن بدوره بدورها بدورهم إذ حين عندما كذلك أيضا
  بالمقابل المقابل وهنا هنا بدوره
`);

/** Time words that may stand between a verb and its subject: «قال أمس الرئيس ...». */
export const TIME_WORDS = words(`
  أمس اليوم غدا الليلة الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء ليل
  مساء صباحا مساءا ظهر عصر فجر أول الأول الماضي الماضية المقبل الحالي سابقا لاحقا مؤخرا أخيرا
  الآن حاليا يوم ليلة أيضا كذلك بدوره بدورها بدورهم فيه فيها بالمقابل بدوره آنذاك حينها حينذاك وقتها
  فجرا ظهرا عصرا ليلا نهارا
`);

/** Prepositions: a name right after one is governed by it, never a subject. */
export const PREPOSITIONS = words(`
  في من إلى الى على عن مع لدى عبر خلال حول ضد بين نحو قرب داخل خارج تجاه أمام وراء عند بعد قبل
  منذ حتى مثل دون بشأن حيال لصالح أثناء عقب إثر إزاء بسبب جراء وسط ضمن بحق باتجاه لدي إبان
`);

/** Words that govern the name after them as an object or a genitive: «نظيره», «لقائه». */
export const GOVERNING_NOUNS = words(`
  نظيره نظيرته نظيريه نظراءه نظيرهم نظيرها لقائه لقائها لقائهم استقباله استقبالها زيارة زيارته
  حكومة إدارة نظام وفد مكتب عهد عهدة
`);

/**
 * Title heads: the noun a person's title begins with («وزير الخارجية الأمريكي», «المتحدث باسم
 * الجيش»), including roles that news gives before a name («الخبير الاقتصادي», «المدرب»).
 */
export const TITLE_HEADS = words(`
  رئيس رئيسة وزير وزيرة سفير سفيرة ملك ملكة أمير أميرة ولي مستشار مستشارة متحدث متحدثة ناطق ناطقة
  مبعوث مبعوثة قائد قائدة زعيم زعيمة أمين أمينة مندوب مندوبة نائب نائبة مرشد منسق منسقة مدير مديرة
  محافظ محافظة عضو عضوة سكرتير سكرتيرة ممثل ممثلة مفوض مفوضة عاهل مساعد مساعدة وكيل وكيلة مفاوض
  مفتش مفتشة قاضي قاض مدعي المدعي مفتي بابا بطريرك خبير خبيرة محلل محللة باحث باحثة
  مدرب مدربة لاعب لاعبة مهاجم مدافع حارس نجم نجمة فنان فنانة ممثل مخرج مخرجة كاتب كاتبة شاعر شاعرة
  روائي روائية مفكر صحفي صحفية صحافي صحافية محام محامي محامية طبيب طبيبة ناشط ناشطة معارض معارضة
  قيادي قيادية داعية رسام عداء عداءة أستاذ أستاذة عميد رائد مؤسس مؤسسة حاكم حاكمة قنصل
  رئيسي مراسل مراسلة موفد موفدة خادم
  مؤرخ مؤرخة رحالة لورد كاردينال ناقد ناقدة مذيع مذيعة مغني مغنية مطرب مطربة ملحن موسيقار سيناريست
  سينارست منتج منتجة مصور مصورة إعلامي إعلامية بطل بطلة سائق متسابق متسابقة مصارع ملاكم قاضية
  أديبة أسقف كاهن إمبراطور امبراطور إمبراطورة شاه قيصر مواطن مواطنة شهيد شهيدة أسير أسيرة
`);

/** Ranks and honorifics before a name: «اللواء», «الشيخ», «الدكتور», «السيد». */
export const HONORIFICS = words(`
  السيد السيدة الشيخ الشيخة الدكتور الدكتورة الأستاذ الأستاذة المهندس المهندسة الحاج
  الأمير الأميرة الملك الملكة الإمام الامام العلامة المطران البطريرك القس الحاخام
  اللواء العميد العقيد المقدم الرائد النقيب الملازم الفريق المشير الجنرال الأدميرال الكابتن كابتن
  الرئيس الرئيسة الوزير الوزيرة السفير السفيرة النائب النائبة القاضي المستشار المستشارة
  سماحة فخامة معالي سمو
  السلطان الخليفة
`);

/**
 * Heads of an unnamed source: «قال مسؤول أمريكي», «قالت مصادر», «وذكر البيان», «قال شهود».
 * A person or document that speaks without being named.
 */
export const UNNAMED_HEADS = words(`
  مسؤول المسؤول مسؤولة المسؤولة مسؤولون المسؤولون مسؤولين المسؤولين مسؤولو
  مصدر المصدر مصادر المصادر شاهد شهود الشهود شهود شاهدة
  متحدث المتحدث متحدثة المتحدثة ناطق الناطق ناطقة الناطقة
  بيان البيان بيانات تقرير التقرير تقارير التقارير دراسة الدراسة الدراسات رسالة الرسالة وثيقة الوثيقة
  مراسل المراسل مراسلة مراسلو
  ناشطون الناشطون ناشطين الناشطين ناشط دبلوماسي الدبلوماسي دبلوماسيون دبلوماسيين الدبلوماسيون
  خبراء الخبراء محللون المحللون محللين خبير محلل مراقبون المراقبون
  سكان السكان مواطنون المواطنون أهالي الأهالي أطباء الأطباء طبيب مسعفون عمال
  ضابط الضابط ضباط الضباط جندي جنود الجنود عناصر مقاتلون المقاتلون مسلحون المسلحون
  نواب النواب نائب عضو أعضاء الأعضاء قادة القادة زعماء الزعماء
  وسائل الصحيفة الصحف صحف الوكالة الوكالات الإذاعة التلفزيون القناة الموقع
  مكتب المكتب أوساط الأوساط جهات الجهات دوائر الدوائر
  استطلاع الاستطلاع إحصاءات الإحصاءات أرقام الأرقام
  رجل امرأة سيدة شاب فتاة طفل والد والدة أحد إحدى بعض كثيرون آخرون
  وزراء الوزراء أنباء الأنباء معلومات المعلومات
  منظمات المنظمات جماعات الجماعات هيئات الهيئات جمعيات الجمعيات مؤسسات المؤسسات أحزاب الأحزاب
  فصائل الفصائل حركات الحركات وكالات نشطاء النشطاء حقوقيون الحقوقيون مراقبين
`);

/** Spokesperson heads: «المتحدث باسم البيت الأبيض» speaks for the White House. */
export const SPOKESPERSON_HEADS = words('متحدث المتحدث متحدثة المتحدثة ناطق الناطق ناطقة الناطقة');

/** Documents an organisation issues: «بيان وزارة الخارجية», «بيان لرئاسة الوزراء» is the issuer speaking. */
export const DOCUMENT_HEADS = words('بيان البيان بيانات تقرير التقرير رسالة الرسالة مذكرة المذكرة وثيقة');

/** Nouns of an occasion of speech: «أصدرت ... بيانا دعت فيه», «ألقى كلمة قال فيها». */
export const SPEECH_NOUNS = words(`
  بيان بيانا تصريح تصريحا تصريحات كلمة خطاب خطابا مقابلة حديث حديثا مؤتمر مؤتمرا رسالة رسالته
  بيانه بيانها كلمته كلمتها خطابه خطابها تصريحه تصريحها حديثه حديثها مقابلته مقابلتها
`);

/** Head nouns that may stand before an organisation's name in subject position: «وكالة سبوتنيك». */
export const ORG_HEADS = words(`
  وكالة صحيفة مجلة قناة موقع شبكة إذاعة تلفزيون حركة حزب منظمة جماعة تنظيم قوات وزارة رئاسة هيئة
  مجلس جيش شركة مؤسسة جمعية اتحاد رابطة نقابة لجنة جبهة كتائب ائتلاف تحالف مركز معهد بنك صندوق
  محكمة جامعة نادي منتخب فريق مصرف سلطة سلطات مكتب مفوضية برنامج إدارة دائرة مديرية قيادة
  حركتا حركتي حزبا حزبي منظمتا منظمتي وكالتا وكالتي صحيفتا صحيفتي
`);

/**
 * Institutions of a state: «الحكومة اليابانية», «الشرطة العراقية», «الخارجية الروسية» — with a
 * nationality adjective they name that state's government, police, army, ministry.
 */
export const STATE_INSTITUTIONS = words(`
  الحكومة الشرطة الجيش القوات السلطات الخارجية الداخلية الدفاع الرئاسة البرلمان الكونغرس الكونجرس
  الإدارة الاستخبارات المخابرات البحرية الوزارة الأجهزة القيادة الدبلوماسية الحكومات وزارة رئاسة
  السفارة سفارة القنصلية قنصلية
`);

/** Honorific pronouns: «معاليه», «سموه» point back to the dignitary named before. */
export const HONORIFIC_PRONOUNS = words('معاليه سموه سيادته فخامته سماحته دولته سعادته معاليها سموها');

/**
 * Function words, pronouns, demonstratives and quantifiers: never a name, never a subject's head.
 * (A verb followed by one of them has no named subject there: «وقال هذا ...», «ودعا الجميع».)
 */
export const FUNCTION_WORDS = words(`
  هو هي هم هن هما نحن أنا أنت أنتم ذلك ذاك تلك هذا هذه هؤلاء أولئك هناك هنا
  الجميع جميع كل بعض عدد عدة معظم أغلب غالبية كافة سائر أي أية أحد إحدى كلا كلتا نفس نفسه ذات
  لا لم لن ما ماذا متى أين كيف هل إذا إذ لو لولا كي لكي سوف قد كان كانت ليس ليست
  و أو أم ثم بل لكن إلا غير سوى فقط أيضا
  يجب ينبغي يمكن يبدو ربما لعل إنما كأن تم يتم جرى يجري
  الذي التي الذين ما من
  عليه عليها عليهم فيه فيها منه منها عنه عنها له لها لهم به بها إليه إليها معه معها
  هامش صعيد خلفية نحو حد أساس مدى ضوء أثر إطار سياق
  شيء أمر مسألة قضية ضرورة أهمية
  واحد اثنان اثنين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية تسع تسعة عشر
  عشرة عشرون عشرين مئة مائة مئات ألف آلاف مليون ملايين مليار
  قوله قولها قولهم قولهما بقوله بقولها
  ردا تعليقا تعقيبا إشارة إضافة استنادا تأكيدا انطلاقا بناء نظرا خصوصا خاصة علاوة فضلا مقارنة
  بعنوان بمناسبة بهدف بصفته بصفتها بوصفه بوصفها ليت لأي لأية بأي بأية
  لنا لكم سيكون ستكون سيتم ستتم شيئا أشياء
  بوضوح بصراحة بحزم بشدة بثقة بقوة بحسم بمرارة بأسف بفخر بحماس بحذر بتفاؤل باختصار بإيجاز بسرعة بهدوء
`);

/** Nationality and other relational adjectives: الفرنسي، الروسية (ال + ... + ي/ية). */
export function isRelationalAdjective(word: string): boolean {
  return word.length >= 5 && word.startsWith('ال') && (word.endsWith('ي') || word.endsWith('يه'));
}

/** Every word of this lexicon: a word that is one of them keeps a leading و/ف (وزير, وكالة, وفق). */
export const LEXICON_WORDS: ReadonlySet<string> = new Set([
  ...REPORTING_VERB_FORMS, ...PARTICIPLE_FORMS, ...THAT, ...THAT_BLOCKERS, ...ACCORDING_TO, ...WHAT,
  ...RELATIVES, ...CLAUSE_OPENERS, ...TIME_WORDS, ...PREPOSITIONS, ...GOVERNING_NOUNS, ...TITLE_HEADS,
  ...HONORIFICS, ...UNNAMED_HEADS, ...ORG_HEADS, ...STATE_INSTITUTIONS, ...HONORIFIC_PRONOUNS,
  ...FUNCTION_WORDS, ...SPEECH_NOUNS,
]);

/** Bit flags of the word classes the reader tests on every token (one map lookup instead of many set lookups). */
export const W = {
  VERB: 1,
  PARTICIPLE: 2,
  THAT: 4,
  THAT_BLOCKER: 8,
  ACCORDING: 16,
  WHAT: 32,
  RELATIVE: 64,
  OPENER: 128,
  TIME: 256,
  PREPOSITION: 512,
  TITLE: 1024,
  HONORIFIC: 2048,
  UNNAMED: 4096,
  ORG_HEAD: 8192,
  FUNCTION: 16384,
  GOVERNING: 32768,
  SPEECH_NOUN: 65536,
  INSTITUTION: 131072,
  HONORIFIC_PRONOUN: 262144,
  DOCUMENT: 524288,
} as const;

/** The words and each with the definite article: وزير → وزير، الوزير. */
function withArticle(set: ReadonlySet<string>): Set<string> {
  return new Set([...set].flatMap((w) => (w.startsWith('ال') ? [w] : [w, 'ال' + w])));
}

const FLAG_OF: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (set: ReadonlySet<string>, flag: number) => {
    for (const w of set) {
      m.set(w, (m.get(w) ?? 0) | flag);
      // With a conjunction before it (وقال، فأكد) the word keeps its flags; a prefixed form that is
      // also a word of its own has the flags of both.
      for (const form of ['و' + w, 'ف' + w]) m.set(form, (m.get(form) ?? 0) | flag);
    }
  };
  add(REPORTING_VERB_FORMS, W.VERB);
  add(PARTICIPLE_FORMS, W.PARTICIPLE);
  add(THAT, W.THAT);
  add(THAT_BLOCKERS, W.THAT_BLOCKER);
  add(ACCORDING_TO, W.ACCORDING);
  add(WHAT, W.WHAT);
  add(RELATIVES, W.RELATIVE);
  add(CLAUSE_OPENERS, W.OPENER);
  add(TIME_WORDS, W.TIME);
  add(PREPOSITIONS, W.PREPOSITION);
  add(GOVERNING_NOUNS, W.GOVERNING);
  add(withArticle(TITLE_HEADS), W.TITLE);
  add(HONORIFICS, W.HONORIFIC);
  add(UNNAMED_HEADS, W.UNNAMED);
  add(withArticle(ORG_HEADS), W.ORG_HEAD);
  add(FUNCTION_WORDS, W.FUNCTION);
  add(SPEECH_NOUNS, W.SPEECH_NOUN);
  add(STATE_INSTITUTIONS, W.INSTITUTION);
  add(HONORIFIC_PRONOUNS, W.HONORIFIC_PRONOUN);
  add(DOCUMENT_HEADS, W.DOCUMENT);
  return m;
})();

/** No word with flags is longer than this (with a conjunction): longer tokens skip the lookup. */
export const LONGEST_LEXICON_WORD = Math.max(...[...FLAG_OF.keys()].map((w) => w.length));

/** The flags of a normalised word (0 for most words). */
export function flagsOf(word: string): number {
  return FLAG_OF.get(word) ?? 0;
}

/** The same flags read in place from a text: `FLAG_TABLE.get(text, start, end)`, no string sliced. */
export const FLAG_TABLE: WordTable = new WordTable(FLAG_OF);

/** Turns away most words before flagsOf: `LEXICON_FILTER.mayHave(text, start, end)`. */
export const LEXICON_FILTER: WordFilter = (() => {
  const f = new WordFilter();
  for (const w of FLAG_OF.keys()) f.add(w);
  return f;
})();
