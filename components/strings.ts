/** Interface text of the popup and the in-page card, in Arabic and English. */
import type { EntityType } from '../lib/gazetteer/types';

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
  words: 'كلمة',
  privacy: 'كل شيء يبقى على جهازك: لا يرسل مرصد شيئًا عبر الشبكة.',
  save: 'احفظ الصفحة',
  update: 'حدّث النسخة المحفوظة',
  remove: 'احذفها من المدونة',
  saved: 'محفوظة في مدونتك',
  notSaved: 'غير محفوظة',
  saving: 'جارٍ الحفظ…',
  savedNow: 'حُفظت',
  unchanged: 'محفوظة من قبل ولم تتغير',
  entitiesOnPage: 'في هذه الصفحة',
  noEntities: 'لم يجد مرصد في هذه الصفحة أحدًا يعرفه.',
  mentions: 'ذكر',
  history: 'سجل التصريحات',
  filter: 'ابحث في التصريحات',
  noStatements: 'لا تصريحات محفوظة له بعد.',
  relatedArticles: 'مقالات محفوظة تذكره',
  coMentioned: 'يظهر معه كثيرًا',
  back: 'رجوع',
  loadMore: 'المزيد',
  openArticle: 'افتح المقال عند هذه الجملة',
  emptyCorpus: 'مدونتك فارغة. احفظ مقالات إخبارية بزر «احفظ الصفحة» أو من قائمة الزر الأيمن، وسيجمع مرصد تصريحات كل شخصية عبرها.',
  savedArticles: 'مقالات محفوظة',
  noSavedArticles: 'لا مقال محفوظًا يذكره بعد.',
  latestStatements: 'آخر تصريحاته',
  hideEntity: 'لا تُبرز هذا الكيان',
  notThis: 'ليس هذا',
  close: 'إغلاق',
  loading: 'جارٍ التحميل…',
  failed: 'تعذّر ذلك',
  storageFull: 'لا مساحة متبقية لبيانات مرصد في المتصفح (القرص أو حصة التخزين ممتلئة). لم يتغير شيء، وما حُفظ من قبل باقٍ كما هو. أفرغ بعض المساحة على القرص أو احذف مقالات محفوظة، ثم حاول مجددًا.',
  unnamed: 'مصدر غير مسمّى',
  options: 'الإعدادات',
  direct: 'اقتباس مباشر',
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
  words: 'words',
  privacy: 'Everything stays on your computer: Marsad sends nothing over the network.',
  save: 'Save page',
  update: 'Update the saved copy',
  remove: 'Remove from the corpus',
  saved: 'Saved in your corpus',
  notSaved: 'Not saved',
  saving: 'Saving…',
  savedNow: 'Saved',
  unchanged: 'Already saved, unchanged',
  entitiesOnPage: 'On this page',
  noEntities: 'Marsad found no one it knows on this page.',
  mentions: 'mentions',
  history: 'Statement history',
  filter: 'Filter statements',
  noStatements: 'No saved statements yet.',
  relatedArticles: 'Saved articles that mention it',
  coMentioned: 'Often appears with',
  back: 'Back',
  loadMore: 'More',
  openArticle: 'Open the article at this sentence',
  emptyCorpus: 'Your corpus is empty. Save news articles with “Save page” or from the right-click menu, and Marsad will gather every actor’s statements across them.',
  savedArticles: 'saved articles',
  noSavedArticles: 'No saved article mentions it yet.',
  latestStatements: 'Latest statements',
  hideEntity: 'Don’t highlight this',
  notThis: 'Not this',
  close: 'Close',
  loading: 'Loading…',
  failed: 'That did not work',
  storageFull: 'The browser has no room left for Marsad’s data (the disk or the storage quota is full). Nothing was changed, and everything saved before is intact. Free some disk space or delete saved articles, then try again.',
  unnamed: 'Unnamed source',
  options: 'Settings',
  direct: 'Direct quote',
};

const TYPE_NAMES: Record<'ar' | 'en', Record<EntityType, string>> = {
  ar: { person: 'شخص', organization: 'منظمة', place: 'مكان' },
  en: { person: 'Person', organization: 'Organisation', place: 'Place' },
};
const TYPE_GROUPS: Record<'ar' | 'en', Record<EntityType, string>> = {
  ar: { person: 'الأشخاص', organization: 'المنظمات', place: 'الأماكن' },
  en: { person: 'People', organization: 'Organisations', place: 'Places' },
};

export type Locale = 'ar' | 'en';

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

/** A date (YYYY-MM-DD) in the interface language. */
export function formatDate(locale: Locale, date: string | null): string {
  if (!date) return '';
  const t = Date.parse(date.length === 10 ? date + 'T12:00:00Z' : date);
  if (Number.isNaN(t)) return date;
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric' }).format(t);
}
