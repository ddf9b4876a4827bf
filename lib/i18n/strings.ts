/** Interface text of the popup and the in-page card, in Arabic and English. */
import type { VerbClass } from '../analyze/types';
import { errorCodeOf } from '../messages';
import type { UiLanguage } from '../settings';
import type { EntityType } from '../knowledge/types';
import type { Gender } from '../knowledge/gender';
import { PAGE_LIMITS, type PageSize } from '../extract/page-size';

const ar = {
  appName: 'مرصد',
  version: 'الإصدار',
  thisPage: 'هذه الصفحة',
  checking: 'جارٍ فحص الصفحة…',
  arabicNews: 'خبر عربي',
  arabicNotArticle: 'نص عربي، لكنه لا يبدو مقالًا إخباريًا',
  notArabic: 'ليست صفحة عربية',
  cannotRead: 'لا يستطيع مرصد قراءة هذه الصفحة (صفحات المتصفح والمتجر محمية)',
  notRunning: 'مرصد لا يعمل على هذا الموقع.',
  analyseThisPage: 'حلّل هذه الصفحة',
  enableOnSite: 'فعّل مرصد على هذا الموقع',
  enabling: 'جارٍ التفعيل…',
  permissionDenied: 'لم يُمنح الإذن: لن يعمل مرصد على هذا الموقع.',
  runsHereNotNews: 'يعمل مرصد على هذا الموقع ويميّز فيه الأخبار العربية، وهذه الصفحة ليست خبرًا عربيًا.',
  offHere: 'مرصد مطفأ على هذا الموقع (الإعدادات ← المواقع).',
  notReadYet: 'يعمل مرصد على هذا الموقع لكنه لم يقرأ هذه الصفحة بعد (ربما فُتحت قبل تثبيته أو تحديثه).',
  words: 'كلمة',
  privacy: 'كل شيء يبقى على جهازك: لا يرسل مرصد شيئًا عبر الشبكة.',
  save: 'احفظ الصفحة',
  update: 'حدّث النسخة المحفوظة',
  remove: 'احذفها من الأرشيف',
  saved: 'محفوظة في أرشيفك',
  notSaved: 'غير محفوظة',
  saving: 'جارٍ الحفظ…',
  savedNow: 'حُفظت',
  unchanged: 'محفوظة من قبل ولم تتغير',
  entitiesOnPage: 'في هذه الصفحة',
  noEntities: 'لم يجد مرصد في هذه الصفحة أحدًا يعرفه.',
  mentions: 'ذكر',
  history: 'سجل التصريحات',
  filter: 'ابحث في التصريحات',
  noMatch: 'لا تصريح يطابق البحث.',
  back: 'رجوع',
  loadMore: 'المزيد',
  openArticle: 'افتح المقال عند هذه الجملة',
  emptyCorpus: 'أرشيفك فارغ. احفظ مقالات إخبارية بزر «احفظ الصفحة» أو من قائمة الزر الأيمن، وسيجمع مرصد تصريحات كل شخصية عبرها.',
  hideEntity: 'لا تُبرز هذا الكيان',
  notThis: 'ليس هذا',
  close: 'إغلاق',
  loading: 'جارٍ التحميل…',
  failed: 'تعذّر ذلك',
  cardObscured: 'الصفحة تغطي هذه البطاقة أو تغيّر مظهرها، فأزرارها وروابطها معطّلة ما دامت كذلك.',
  tooLarge: 'الملف أكبر مما يستطيع مرصد قراءته دفعة واحدة. لم يتغير شيء. قسّمه إلى ملفات أصغر ثم استوردها واحدًا بعد الآخر.',
  interrupted: 'انقطع النقل قبل أن يكتمل، فلم يُكتب شيء. حاول مجددًا.',
  storageFull: 'لا مساحة متبقية لبيانات مرصد في المتصفح (القرص أو حصة التخزين ممتلئة). لم يتغير شيء، وما حُفظ من قبل باقٍ كما هو. أفرغ بعض المساحة على القرص أو احذف مقالات محفوظة، ثم حاول مجددًا.',
  unnamed: 'مصدر غير مسمّى',
  options: 'الإعدادات',
  direct: 'اقتباس مباشر',
  headline: 'عنوان',
  headlineHelp: 'تصريح في عنوان الخبر: «الاسم: …»',
  notInKbShort: 'خارج القاعدة',
  notInKbHelp: 'اسم لا تعرفه قاعدة المعرفة، وجده مرصد من سياق الخبر (لقب أو صفة أو تصريح).',
  role: 'الصفة',
  arabicName: 'الاسم بالعربية',
  englishName: 'الاسم بالإنجليزية (اختياري)',
  entityType: 'النوع',
  adding: 'جارٍ الإضافة…',
  nameRequired: 'اكتب الاسم بالعربية.',
  nameNotArabic: 'اكتب الاسم بالحروف العربية.',
  nameStopword: 'هذه كلمة شائعة لا تصلح اسمًا وحدها؛ اكتب الاسم كاملًا.',
  nameTooLong: 'الاسم أطول من اللازم.',
  nameShort: 'هذا أقصر من أن يكون اسمًا؛ اكتب الاسم كاملًا.',
  ownNotPainted: 'لا تُميَّز أسماؤك في الصفحات إلا إن اخترت ذلك (الإعدادات ← المظهر)، فالصفحة تستطيع أن تقرأ ما يُميَّز فيها. تجدها في قائمة مرصد.',
  verbClasses: 'نوع التصريح',
  allClasses: 'الكل',
  byTitle: 'بالصفة',
  jointWith: 'مع',
} as const;

export type Strings = { [K in keyof typeof ar]: string };

const en: Strings = {
  appName: 'Marsad',
  version: 'Version',
  thisPage: 'This page',
  checking: 'Checking the page…',
  arabicNews: 'Arabic news',
  arabicNotArticle: 'Arabic text, but it does not look like a news article',
  notArabic: 'Not an Arabic page',
  cannotRead: 'Marsad cannot read this page (browser and store pages are protected)',
  notRunning: 'Marsad does not run on this site.',
  analyseThisPage: 'Analyse this page',
  enableOnSite: 'Enable Marsad on this site',
  enabling: 'Enabling…',
  permissionDenied: 'Permission not granted: Marsad will not run on this site.',
  runsHereNotNews: 'Marsad runs on this site and highlights its Arabic news articles; this page is not one.',
  offHere: 'Marsad is turned off on this site (Settings → Sites).',
  notReadYet: 'Marsad runs on this site but has not read this page yet (it may have been opened before Marsad was installed or updated).',
  words: 'words',
  privacy: 'Everything stays on your computer: Marsad sends nothing over the network.',
  save: 'Save page',
  update: 'Update the saved copy',
  remove: 'Remove from your archive',
  saved: 'Saved in your archive',
  notSaved: 'Not saved',
  saving: 'Saving…',
  savedNow: 'Saved',
  unchanged: 'Already saved, unchanged',
  entitiesOnPage: 'On this page',
  noEntities: 'Marsad found no one it knows on this page.',
  mentions: 'mentions',
  history: 'Statement history',
  filter: 'Filter statements',
  noMatch: 'No statement matches.',
  back: 'Back',
  loadMore: 'More',
  openArticle: 'Open the article at this sentence',
  emptyCorpus: 'Your archive is empty. Save news articles with “Save page” or from the right-click menu, and Marsad will gather every actor’s statements across them.',
  hideEntity: 'Don’t highlight this',
  notThis: 'Not this',
  close: 'Close',
  loading: 'Loading…',
  failed: 'That did not work',
  cardObscured: 'The page covers this card or changes how it looks, so its buttons and links do nothing while it does.',
  tooLarge: 'The file is larger than Marsad can read at once. Nothing was changed. Split it into smaller files and import them one after another.',
  interrupted: 'The transfer was cut off before it was complete, so nothing was written. Please try again.',
  storageFull: 'The browser has no room left for Marsad’s data (the disk or the storage quota is full). Nothing was changed, and everything saved before is intact. Free some disk space or delete saved articles, then try again.',
  unnamed: 'Unnamed source',
  options: 'Settings',
  direct: 'Direct quote',
  headline: 'headline',
  headlineHelp: 'A statement in a headline: «Name: …»',
  notInKbShort: 'not in KB',
  notInKbHelp: 'A name your knowledge base lacks, which Marsad recognised from the article (a title, a role, or because it speaks).',
  role: 'Role',
  arabicName: 'Arabic name',
  englishName: 'English name (optional)',
  entityType: 'Type',
  adding: 'Adding…',
  nameRequired: 'Write the name in Arabic.',
  nameNotArabic: 'Write the name in Arabic letters.',
  nameStopword: 'That is a common word, not a name on its own; write the full name.',
  nameTooLong: 'The name is too long.',
  nameShort: 'That is too short to be a name; write the full name.',
  ownNotPainted: 'Your own names are highlighted in pages only if you choose so (Settings → Appearance): a page can read what is highlighted in it. Marsad’s popup lists them.',
  verbClasses: 'Kind of statement',
  allClasses: 'All',
  byTitle: 'by title',
  jointWith: 'together with',
};

/**
 * The words that refer to one entity, agreeing with it: in Arabic its pronouns and verbs take its
 * gender (lib/knowledge/gender.ts: «تذكره» / «تذكرها», «تصريحاته» / «تصريحاتها»); in English it is
 * "him", "her" or, for an organisation or a place, "it".
 */
export interface EntityWords {
  /** The card's heading: the saved articles that mention it besides the page being read. */
  otherSavedArticles(n: number): string;
  noOtherSavedArticle: string;
  /** The card's statements, from the other saved articles. */
  latestStatementsElsewhere: string;
  /** The history, when nothing is saved. */
  noStatements: string;
  relatedArticles: string;
  coMentioned: string;
  notInKb: string;
  addToMarsad: string;
  addIntro: string;
  addedToMarsad: string;
  byTitleHelp: string;
}

const AR_WORDS: Record<Gender, EntityWords> = {
  m: {
    otherSavedArticles: (n) => `مقالات أخرى في أرشيفك: ${n.toLocaleString('ar')}`,
    noOtherSavedArticle: 'لا مقال آخر في أرشيفك يذكره بعد.',
    latestStatementsElsewhere: 'آخر تصريحاته في مقالات أخرى',
    noStatements: 'لا تصريحات محفوظة له بعد.',
    relatedArticles: 'مقالات محفوظة تذكره',
    coMentioned: 'يظهر معه كثيرًا',
    notInKb: 'ليس في قاعدة معرفتك',
    addToMarsad: 'أضِفه إلى مرصد',
    addIntro: 'أضِفه إلى قاعدة معرفتك: يتعرّف عليه مرصد في كل صفحة، ويبقى سجل تصريحاته المحفوظة معه.',
    addedToMarsad: 'أُضيف إلى قاعدة معرفتك ✓',
    byTitleHelp: 'ذكره الخبر بصفته لا باسمه، ونسب مرصد التصريح إليه.',
  },
  f: {
    otherSavedArticles: (n) => `مقالات أخرى في أرشيفك: ${n.toLocaleString('ar')}`,
    noOtherSavedArticle: 'لا مقال آخر في أرشيفك يذكرها بعد.',
    latestStatementsElsewhere: 'آخر تصريحاتها في مقالات أخرى',
    noStatements: 'لا تصريحات محفوظة لها بعد.',
    relatedArticles: 'مقالات محفوظة تذكرها',
    coMentioned: 'يظهر معها كثيرًا',
    notInKb: 'ليست في قاعدة معرفتك',
    addToMarsad: 'أضِفها إلى مرصد',
    addIntro: 'أضِفها إلى قاعدة معرفتك: يتعرّف عليها مرصد في كل صفحة، ويبقى سجل تصريحاتها المحفوظة معها.',
    addedToMarsad: 'أُضيفت إلى قاعدة معرفتك ✓',
    byTitleHelp: 'ذكرها الخبر بصفتها لا باسمها، ونسب مرصد التصريح إليها.',
  },
};

function englishWords(him: string, his: string): EntityWords {
  return {
    otherSavedArticles: (n) => `${n.toLocaleString('en')} other saved ${n === 1 ? 'article' : 'articles'}`,
    noOtherSavedArticle: `No other saved article mentions ${him} yet.`,
    latestStatementsElsewhere: 'Latest statements in other articles',
    noStatements: 'No saved statements yet.',
    relatedArticles: `Saved articles that mention ${him}`,
    coMentioned: `Often appears with ${him}`,
    notInKb: 'Not in your knowledge base',
    addToMarsad: 'Add to Marsad',
    addIntro: `Add ${him} to your knowledge base: Marsad will recognise ${him} on every page, and ${his} saved statements stay with ${him}.`,
    addedToMarsad: 'Added to your knowledge base ✓',
    byTitleHelp: `The article names ${him} by title only; Marsad attributed the statement.`,
  };
}

const EN_WORDS = { m: englishWords('him', 'his'), f: englishWords('her', 'her'), it: englishWords('it', 'its') };

/** The words for an entity of this type and gender (genderOf), in the interface's language. */
export function entityWords(locale: Locale, who: { type: EntityType; gender: Gender }): EntityWords {
  if (locale === 'ar') return AR_WORDS[who.gender];
  return who.type === 'person' ? EN_WORDS[who.gender] : EN_WORDS.it;
}

/** The reporting word as the history shows it: a headline's colon («لافروف: …») is named, not shown. */
export function verbShown(locale: Locale, verb: string): string {
  return /\p{L}/u.test(verb) ? verb : stringsFor(locale).headline;
}

const TYPE_NAMES: Record<'ar' | 'en', Record<EntityType, string>> = {
  ar: { person: 'شخص', organization: 'منظمة', place: 'مكان' },
  en: { person: 'Person', organization: 'Organisation', place: 'Place' },
};
const TYPE_GROUPS: Record<'ar' | 'en', Record<EntityType, string>> = {
  ar: { person: 'الأشخاص', organization: 'المنظمات', place: 'الأماكن' },
  en: { person: 'People', organization: 'Organisations', place: 'Places' },
};

/** The verb classes a history is filtered by (lib/analyze/types.ts), as a researcher reads them. */
const VERB_CLASS_NAMES: Record<'ar' | 'en', Record<VerbClass, string>> = {
  ar: {
    states: 'قول',
    announces: 'إعلان',
    affirms: 'تأكيد',
    denies: 'نفي',
    warns: 'تحذير',
    'calls-for': 'دعوة',
    accuses: 'اتهام',
    claims: 'زعم',
    threatens: 'تهديد',
  },
  en: {
    states: 'States',
    announces: 'Announces',
    affirms: 'Affirms',
    denies: 'Denies',
    warns: 'Warns',
    'calls-for': 'Calls for',
    accuses: 'Accuses',
    claims: 'Claims',
    threatens: 'Threatens',
  },
};

export type Locale = 'ar' | 'en';

export function verbClassName(locale: Locale, verbClass: VerbClass): string {
  return VERB_CLASS_NAMES[locale][verbClass];
}

export function stringsFor(locale: Locale): Strings {
  return locale === 'ar' ? ar : en;
}

export function typeName(locale: Locale, type: EntityType): string {
  return TYPE_NAMES[locale][type];
}

export function typeGroup(locale: Locale, type: EntityType): string {
  return TYPE_GROUPS[locale][type];
}

/** 'ar' when the language is Arabic, else 'en'. */
export function localeOf(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** The interface's locale: the one the settings choose, or ('auto') the browser's interface language. */
export function resolveLocale(setting: UiLanguage, browserLanguage: string | undefined): Locale {
  return setting === 'auto' ? localeOf(browserLanguage) : setting;
}

/**
 * What to tell the user about a failed call, in the interface's language: its code's own words (a
 * full disk says what to do), or the generic failure with the error's detail.
 */
export function errorText(locale: Locale, e: unknown): string {
  const t = stringsFor(locale);
  const code = errorCodeOf(e);
  if (code === 'storage-full') return t.storageFull;
  if (code === 'not-running') return t.notRunning;
  if (code === 'too-large') return t.tooLarge;
  if (code === 'interrupted') return t.interrupted;
  return `${t.failed}: ${e instanceof Error && e.message ? e.message : String(e)}`;
}

/**
 * Why a page was not read (features/page/session.ts shows it on the page, the popup as the page's
 * status): too much text, or too many elements, with the page's figure and the limit.
 */
export function pageTooLargeText(locale: Locale, page: PageSize, limits: Readonly<PageSize> = PAGE_LIMITS): string {
  const n = (x: number) => new Intl.NumberFormat(locale === 'ar' ? 'ar' : 'en-US').format(x);
  const text = page.chars > limits.chars;
  if (locale === 'ar') {
    const what = text ? `نصها أطول مما يقرؤه مرصد في صفحة واحدة (${n(page.chars)} حرف، والحد ${n(limits.chars)})` : `عناصرها أكثر مما يقرؤه مرصد في صفحة واحدة (${n(page.elements)} عنصر، والحد ${n(limits.elements)})`;
    return `لم يقرأ مرصد هذه الصفحة: ${what}، فلم يُبرز فيها شيئًا كي يبقى المتصفح سريع الاستجابة.`;
  }
  const what = text
    ? `its text is longer than Marsad reads in one page (${n(page.chars)} characters; the limit is ${n(limits.chars)})`
    : `it has more elements than Marsad reads in one page (${n(page.elements)}; the limit is ${n(limits.elements)})`;
  return `Marsad did not read this page: ${what}, so nothing is highlighted and the tab stays responsive.`;
}

/**
 * The formatter of each language, made once: making one costs more than formatting (a popup with
 * 28 dates spent about 5 ms making them).
 */
const DATE_FORMATS = new Map<Locale, Intl.DateTimeFormat>();

/** A date (YYYY-MM-DD) in the interface language. */
export function formatDate(locale: Locale, date: string | null): string {
  if (!date) return '';
  const t = Date.parse(date.length === 10 ? date + 'T12:00:00Z' : date);
  if (Number.isNaN(t)) return date;
  let format = DATE_FORMATS.get(locale);
  if (!format) DATE_FORMATS.set(locale, (format = new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric' })));
  return format.format(t);
}
