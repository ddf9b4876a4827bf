import { describe, expect, it } from 'vitest';
import { ARABIC_LETTER, ARABIC_LETTER_RANGES, hasArabicLetter } from '../arabic/letters';
import { arabicScriptRatio, detect, detectLanguage, MIN_ARTICLE_WORDS } from './detect';

// Texts written for these tests (a made-up story), not taken from any site.
const ARABIC_NEWS = `أعلنت وزارة الصحة في الأردن، صباح الثلاثاء، عن افتتاح مستشفى جديد في مدينة إربد شمالي البلاد، بتكلفة بلغت نحو أربعين مليون دينار. وقال وزير الصحة في مؤتمر صحفي عقده في مقر الوزارة إن المستشفى يضم ثلاثمئة سرير وقسما للطوارئ يعمل على مدار الساعة، مشيرا إلى أن المشروع استغرق أربع سنوات من العمل المتواصل. وأضاف الوزير أن الحكومة تسعى إلى تحسين الخدمات الطبية في المحافظات البعيدة عن العاصمة، وتخفيف الضغط على مستشفيات عمان.
من جهته، أكد رئيس بلدية إربد أن سكان المدينة انتظروا هذا المشروع طويلا، معربا عن أمله في أن تتبعه مشاريع أخرى في قطاعي التعليم والنقل. وذكرت مصادر في الوزارة أن المستشفى سيبدأ استقبال المرضى مطلع الشهر المقبل، بعد استكمال تدريب الكوادر الطبية والتمريضية. ويأتي افتتاح المستشفى في وقت تشهد فيه المملكة ارتفاعا في أعداد المراجعين للمراكز الصحية خلال فصل الشتاء.`;

const ENGLISH = `The city council met on Tuesday evening to discuss the new budget for public libraries. Several members said that the plan would cut opening hours in the poorer districts, while the mayor insisted that no branch would close this year. A final vote is expected next month.`;

const PERSIAN = `وزیر امور خارجه ایران روز سه‌شنبه در یک نشست خبری در تهران گفت که دولت برای گفتگو با کشورهای همسایه آماده است. او افزود که مذاکرات درباره آب و انرژی باید هر چه زودتر از سر گرفته شود و مردم منطقه از این همکاری سود خواهند برد. به گفته این مقام، هیئتی از کارشناسان هفته آینده به کابل سفر می‌کند تا درباره تقسیم آب رودخانه هیرمند گفتگو کند.`;

/** A site's navigation menu: Arabic, 20 words, not an article. */
const ARABIC_MENU = `الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة ثقافة وفنون صحة مقالات الرأي فيديو صور اتصل بنا من نحن سياسة الخصوصية`;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('detect', () => {
  it('uses fixtures of the intended length', () => {
    expect(words(ARABIC_NEWS)).toBeGreaterThanOrEqual(100);
    expect(words(ARABIC_MENU)).toBe(20);
  });

  it('takes an Arabic news body of 100+ words for Arabic news, language arb', () => {
    const d = detect(ARABIC_NEWS);
    expect(d.language).toBe('arb');
    expect(d.isArabic).toBe(true);
    expect(d.isArabicNews).toBe(true);
    expect(d.reason).toBeUndefined();
    expect(d.words).toBe(words(ARABIC_NEWS));
  });

  it('does not take an English text for Arabic, and names it eng (not Scots)', () => {
    const d = detect(ENGLISH);
    expect(d.isArabic).toBe(false);
    expect(d.isArabicNews).toBe(false);
    expect(d.language).toBe('eng');
    expect(d.reason).toBeTruthy();
  });

  it('does not take a Persian text in Arabic script for Arabic, and names it pes', () => {
    const d = detect(PERSIAN);
    expect(arabicScriptRatio(PERSIAN)).toBeGreaterThan(0.9);
    expect(d.language).toBe('pes');
    expect(d.isArabic).toBe(false);
    expect(d.isArabicNews).toBe(false);
  });

  it('takes a short Arabic text (a 20-word menu) for Arabic but not for news', () => {
    const d = detect(ARABIC_MENU);
    expect(d.language).toBe('arb');
    expect(d.isArabic).toBe(true);
    expect(d.isArabicNews).toBe(false);
    expect(d.words).toBe(20);
    expect(d.reason).toMatch(/short/);
  });

  it('accepts a shorter body (half the minimum) when the page declares itself an article', () => {
    const body = ARABIC_NEWS.split(/\s+/).slice(0, MIN_ARTICLE_WORDS / 2 + 5).join(' ');
    expect(detect(body).isArabicNews).toBe(false);
    expect(detect(body, { declaredArticle: true }).isArabicNews).toBe(true);
  });

  it('does not accept the 20-word menu even when the page declares itself an article', () => {
    expect(detect(ARABIC_MENU, { declaredArticle: true }).isArabicNews).toBe(false);
  });
});

describe('detectLanguage', () => {
  it('names Arabic arb, Persian pes and English eng', () => {
    expect(detectLanguage(ARABIC_NEWS)).toBe('arb');
    expect(detectLanguage(PERSIAN)).toBe('pes');
    expect(detectLanguage(ENGLISH)).toBe('eng');
  });
});

describe('arabicScriptRatio', () => {
  it('is the share of Arabic letters among all letters of mixed text', () => {
    expect(arabicScriptRatio('Macron ماكرون')).toBe(0.5);
    expect(arabicScriptRatio('قال ماكرون in Paris')).toBeCloseTo(9 / 16, 10);
  });

  it('ignores digits, spaces and punctuation', () => {
    expect(arabicScriptRatio('ماكرون 2019! «نعم»')).toBe(1);
    expect(arabicScriptRatio('Paris, 2019.')).toBe(0);
  });

  it('is 0 for text with no letters', () => {
    expect(arabicScriptRatio('')).toBe(0);
    expect(arabicScriptRatio('123 ... !')).toBe(0);
  });

  it('counts Persian letters and presentation forms as Arabic script', () => {
    expect(arabicScriptRatio('پگچژ')).toBe(1);
    expect(arabicScriptRatio('ﺑﻴﺮﻭﺕ')).toBe(1);
  });

  it('counts Cyrillic and Hebrew letters as other letters, and gives the same answer when asked again', () => {
    expect(arabicScriptRatio('Москва موسكو')).toBe(5 / 11);
    expect(arabicScriptRatio('ירושלים القدس')).toBe(5 / 12);
    // The counting regular expressions are global: nothing of one call may leak into the next.
    const text = 'قال Lavrov إن';
    expect([arabicScriptRatio(text), arabicScriptRatio(text), arabicScriptRatio(text)]).toEqual([5 / 11, 5 / 11, 5 / 11]);
  });

  it('looks only at the first `sample` characters', () => {
    expect(arabicScriptRatio('abcابج', 3)).toBe(0);
    expect(arabicScriptRatio('ابجabc', 3)).toBe(1);
  });
});

describe('the Arabic letters (lib/arabic/letters.ts), as the script check counts them', () => {
  it('are letters of the Arabic blocks and the presentation forms, and no marks, digits or punctuation', () => {
    for (const letters of ['ءابتثيىة', 'ٱپچژگڤکیے', 'ݐݿ', 'ࢠ', 'ﭐﺑﻴﺮﻭﺕﻻ']) expect(arabicScriptRatio(letters), letters).toBe(1);
    for (const other of ['\u064b\u0650\u0670', '٠١٢٣٩۰۹', '،؛؟٪۔', '\ufd3e\ufd3f\ufdfc\ufdfd', '\ufe00\ufe30\ufe50']) {
      expect(hasArabicLetter(other), other).toBe(false);
      expect(arabicScriptRatio(other + 'ab'), other).toBe(0);
    }
  });

  it('are one pattern: the ranges, in order and apart, and the character class made of them', () => {
    ARABIC_LETTER_RANGES.forEach(([a, b], i) => {
      expect(a).toBeLessThanOrEqual(b);
      if (i > 0) expect(a).toBeGreaterThan(ARABIC_LETTER_RANGES[i - 1]![1] + 1);
      expect(ARABIC_LETTER.test(String.fromCharCode(a)) && ARABIC_LETTER.test(String.fromCharCode(b))).toBe(true);
      expect(ARABIC_LETTER.test(String.fromCharCode(a - 1))).toBe(false);
      expect(ARABIC_LETTER.test(String.fromCharCode(b + 1))).toBe(false);
    });
  });
});
