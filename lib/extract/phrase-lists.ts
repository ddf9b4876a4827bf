/**
 * The words the extraction's rules look for (furniture.ts: labels, share bars, byline and date
 * lines; dates.ts: month names), and how they become the alternations of its regular expressions:
 * each phrase folded as `normalize` folds text, longest first, escaped, a space inside one read as
 * any run of spaces.
 *
 * The alternations are not built on a page: folding some 200 phrases and joining them cost every
 * page that loads the analyser a few milliseconds of its cold start. They are written once, into
 * phrases.generated.ts, by `npm run gen:phrases` (scripts/gen-phrases.ts); phrases.test.ts fails
 * when that file no longer says what these lists make. Edit the lists here, then run it.
 */
import { normalize } from '../arabic/normalize';

/** Opening words that make a short block furniture (tags, teasers, previous/next, prompts, comments, sharing). */
export const LEADS: readonly string[] = [
  // tags
  'الوسوم', 'وسوم', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'الكلمات الدالة', 'كلمات دالة', 'الكلمات الدلالية', 'كلمات دلالية',
  // related teasers
  'مواضيع ذات صلة', 'موضوعات ذات صلة', 'مواضيع متعلقة', 'مواضيع مرتبطة', 'أخبار ذات صلة', 'أخبار متعلقة', 'مقالات ذات صلة',
  'مقالات متعلقة', 'اقرأ أيضا', 'اقرأ كذلك', 'اقرأ المزيد', 'شاهد أيضا', 'قد يعجبك أيضا', 'قد يهمك أيضا', 'الأكثر قراءة',
  'الأكثر مشاهدة', 'الأكثر تداولا', 'الأكثر تعليقا', 'المزيد من الأخبار', 'المزيد من المقالات',
  // previous / next
  'الخبر السابق', 'الخبر التالي', 'المقال السابق', 'المقال التالي', 'المقالة السابقة', 'المقالة التالية', 'الموضوع السابق',
  'الموضوع التالي',
  // the link
  'انسخ الرابط', 'نسخ الرابط', 'تم نسخ الرابط', 'الرابط المختصر', 'رابط مختصر',
  // newsletter, following
  'اشترك في النشرة', 'اشترك في نشرتنا', 'اشترك بالنشرة', 'اشترك في قناتنا', 'اشترك الآن', 'النشرة البريدية', 'سجل في النشرة',
  'تابعونا على', 'تابعونا عبر', 'تابعونا في', 'تابعنا على', 'تابعنا عبر', 'تابعوا أخبارنا',
  // comments
  'قواعد التعليق', 'قواعد التعليقات', 'شروط التعليق', 'سياسة التعليقات', 'أضف تعليقا', 'أضف تعليق', 'أضف تعليقك', 'اترك تعليقا',
  'اكتب تعليقك', 'عدد التعليقات',
  // sharing
  'شارك الخبر', 'شارك المقال', 'شارك الموضوع', 'شارك هذا',
];

/** Opening words of an app prompt: furniture only when the block speaks to the reader («على هاتفك», a store). */
export const APP_LEADS: readonly string[] = ['حمل تطبيق', 'حمل التطبيق', 'حملوا تطبيق', 'نزل تطبيق', 'نزل التطبيق'];

/** Words that are furniture when a block is made of nothing else (with the leads, digits and punctuation). */
export const BARE: readonly string[] = [
  'شارك', 'شاركها', 'شاركوا', 'مشاركة', 'انشر', 'السابق', 'التالي', 'التعليقات', 'تعليقات', 'تعليق', 'طباعة', 'اطبع',
  'طباعة الخبر', 'أرسل لصديق', 'أرسل إلى صديق', 'حجم الخط', 'تكبير الخط', 'تصغير الخط', 'واتساب', 'واتس اب', 'تويتر', 'فيسبوك',
  'فيس بوك', 'تلغرام', 'تليغرام', 'تيليغرام', 'تلجرام', 'إنستغرام', 'انستجرام', 'إنستقرام', 'لينكدإن', 'لينكد إن', 'يوتيوب',
  'تيك توك', 'سناب شات', 'إكس', 'ماسنجر', 'البريد الإلكتروني', 'بريد إلكتروني', 'إيميل', 'الرابط', 'نسخ', 'انسخ', 'تم النسخ',
  'حفظ', 'اشترك', 'سجل', 'الآن', 'على', 'عبر', 'في', 'و', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'email',
  'print', 'share', 'x',
];

/** Words of a byline and date line besides the date: weekdays, «نشر في», «آخر تحديث», times' marks. */
export const DATE_LINE_WORDS: readonly string[] = [
  'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'نشر في', 'نشر', 'تاريخ النشر', 'آخر تحديث',
  'تحديث', 'محدث', 'بتاريخ', 'الساعة', 'بتوقيت', 'غرينتش', 'مكة المكرمة', 'كتب', 'كتبت', 'بقلم', 'بواسطة', 'ص', 'م', 'مساء', 'صباحا',
];

/** Month names → month number (folded by `normalize` when the module is generated). */
export const MONTH_NAMES: readonly (readonly [number, readonly string[]])[] = [
  [1, ['يناير', 'كانون الثاني', 'جانفي', 'ينير']],
  [2, ['فبراير', 'شباط', 'فيفري', 'فبرير']],
  [3, ['مارس', 'آذار', 'اذار']],
  [4, ['أبريل', 'إبريل', 'نيسان', 'أفريل', 'ابريل']],
  [5, ['مايو', 'أيار', 'ماي', 'مايس']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز']],
  [8, ['أغسطس', 'اغسطس', 'آب', 'أوت', 'غشت']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر']],
  [10, ['أكتوبر', 'اكتوبر', 'تشرين الأول']],
  [11, ['نوفمبر', 'تشرين الثاني', 'نونبر']],
  [12, ['ديسمبر', 'كانون الأول', 'دجنبر']],
];

/**
 * A phrase as the rules read text (furniture.ts folds every short block of an article with it):
 * folded, each run of spaces made one. Only the runs that are not already one plain space are
 * replaced (every run is the same text, written again for each word).
 */
export const foldPhrase = (s: string) =>
  normalize(s)
    .replace(/[^\S ]\s*| \s+/g, ' ')
    .trim();

/** The alternation of phrases (folded, distinct, longest first), escaped, spaces inside as `\s+`. */
export function alternation(list: readonly string[]): string {
  return [...new Set(list.map(foldPhrase))]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Every month name, folded, with its number (in the lists' order, each folded form once). */
export function monthNumbers(): [string, number][] {
  const months = new Map<string, number>();
  for (const [n, names] of MONTH_NAMES) for (const name of names) months.set(normalize(name), n);
  return [...months];
}

/** What phrases.generated.ts holds. */
export interface ExtractionPhrases {
  LEADS_ALT: string;
  APP_LEADS_ALT: string;
  FURNITURE_ALT: string;
  DATE_LINE_ALT: string;
  MONTH_ALT: string;
  MONTH_NUMBERS: [string, number][];
}

export function extractionPhrases(): ExtractionPhrases {
  const months = monthNumbers();
  return {
    LEADS_ALT: alternation(LEADS),
    APP_LEADS_ALT: alternation(APP_LEADS),
    FURNITURE_ALT: alternation([...LEADS, ...APP_LEADS, ...BARE]),
    DATE_LINE_ALT: alternation(DATE_LINE_WORDS),
    // Longest first (so «مايو» is not read as «ماي»), spaces inside a name as any run of spaces.
    MONTH_ALT: months
      .map(([m]) => m)
      .sort((a, b) => b.length - a.length)
      .map((m) => m.replace(/ /g, '\\s+'))
      .join('|'),
    MONTH_NUMBERS: months,
  };
}

/** phrases.generated.ts, as these lists make it. */
export function phrasesModule(p: ExtractionPhrases = extractionPhrases()): string {
  const lines = [
    '// Generated by `npm run gen:phrases` (scripts/gen-phrases.ts) from lib/extract/phrase-lists.ts: edit the lists there, not this file.',
    '// The alternations of the extraction\'s regular expressions, built once rather than on every page (phrase-lists.ts says why).',
    '',
  ];
  for (const [name, value] of Object.entries(p)) {
    const type = Array.isArray(value) ? ': readonly (readonly [string, number])[]' : '';
    lines.push(`export const ${name}${type} = ${JSON.stringify(value)};`);
  }
  return lines.join('\n') + '\n';
}
