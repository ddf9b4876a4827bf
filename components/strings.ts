/** Interface text in Arabic and English. The interface follows the browser's language. */

const ar = {
  appName: 'مرصد',
  version: 'الإصدار',
  thisPage: 'هذه الصفحة',
  checking: 'جارٍ فحص الصفحة…',
  arabicNews: 'خبر عربي: يستطيع مرصد قراءته',
  arabicNotArticle: 'نص عربي، لكنه لا يبدو مقالًا إخباريًا',
  notArabic: 'ليست صفحة عربية',
  cannotRead: 'لا يستطيع مرصد قراءة هذه الصفحة (صفحات المتصفح والمتجر محمية)',
  words: 'كلمة',
  privacy: 'كل شيء يبقى على جهازك: لا يرسل مرصد شيئًا عبر الشبكة.',
} as const;

export type Strings = { [K in keyof typeof ar]: string };

const en: Strings = {
  appName: 'Marsad',
  version: 'Version',
  thisPage: 'This page',
  checking: 'Checking the page…',
  arabicNews: 'Arabic news: Marsad can read it',
  arabicNotArticle: 'Arabic text, but it does not look like a news article',
  notArabic: 'Not an Arabic page',
  cannotRead: 'Marsad cannot read this page (browser and store pages are protected)',
  words: 'words',
  privacy: 'Everything stays on your computer: Marsad sends nothing over the network.',
};

export type Locale = 'ar' | 'en';

export function stringsFor(locale: Locale): Strings {
  return locale === 'ar' ? ar : en;
}

/** 'ar' when the browser's interface language is Arabic, else 'en'. */
export function localeOf(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}
