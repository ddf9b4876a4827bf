import { describe, expect, it } from 'vitest';
import { normalize } from '../arabic/normalize';
import { dropFurniture, surelyMoreWords } from './furniture';
import { blockText } from './text';

/** Three paragraphs of a story (the tests' own), around which the furniture is put. */
const STORY = [
  'أعلنت بلدية المدينة صباح الثلاثاء خطة لتوسيع شبكة الحافلات الكهربائية لتشمل الأحياء الشرقية خلال العام المقبل، بعد أن أظهرت دراسة أن آلاف السكان يقطعون مسافات طويلة للوصول إلى أقرب محطة.',
  'وقال رئيس البلدية في مؤتمر صحفي إن المرحلة الأولى تبدأ في الربيع بعشرين حافلة جديدة، وإن أسعار التذاكر لن تتغير حتى نهاية العام رغم ارتفاع كلفة التشغيل.',
  'ويأمل سكان الأحياء البعيدة أن تخفف الخطة الازدحام في ساعات الصباح، حين تمتلئ الطرق المؤدية إلى وسط المدينة بالسيارات الخاصة وسيارات الأجرة.',
];
const story = STORY.map((p) => `<p>${p}</p>`).join('');

/** Readability's element for `html`, after the furniture is dropped, as text. */
function read(html: string): string {
  const doc = new DOMParser().parseFromString(`<div id="readability-page-1">${html}</div>`, 'text/html');
  const root = doc.getElementById('readability-page-1')!;
  dropFurniture(root, Date.UTC(2024, 0, 1));
  return blockText(root);
}

describe('dropFurniture removes', () => {
  it.each([
    ['a tag list', `<div><span>الوسوم</span><ul><li><a href="/t/1">المواصلات</a></li><li><a href="/t/2">البلديات</a></li></ul></div>`, ['الوسوم', 'المواصلات']],
    ['tags in a paragraph', `<p>كلمات مفتاحية: <a href="/t/1">الحافلات</a>، <a href="/t/2">النقل العام</a></p>`, ['كلمات مفتاحية', 'النقل العام']],
    ['a related list under its heading', `<h2>مواضيع ذات صلة</h2><ul><li><a href="/a">افتتاح جسر جديد للمشاة فوق النهر</a></li><li><a href="/b">تأخر مشروع القطار الخفيف عامين</a></li></ul>`, ['مواضيع ذات صلة', 'افتتاح جسر', 'القطار الخفيف']],
    ['a «read also» teaser', `<p><strong>اقرأ أيضاً:</strong> <a href="/c">سائقو سيارات الأجرة يطالبون بمواقف جديدة</a></p>`, ['اقرأ أيضاً', 'سائقو سيارات الأجرة']],
    ['previous and next', `<p><a href="/p">« المقال السابق: مهرجان للكتاب في الساحة العامة</a></p><p><a href="/n">المقال التالي: إغلاق شارع رئيسي للصيانة »</a></p>`, ['المقال السابق', 'مهرجان للكتاب', 'إغلاق شارع']],
    ['the copy-link button', `<div><a href="#">انسخ الرابط</a><span>تم نسخ الرابط</span></div>`, ['انسخ الرابط', 'تم نسخ الرابط']],
    ['a share bar', `<div><span>شارك ۱۲</span> <span>واتساب</span> <span>تويتر</span> <span>فيسبوك</span> <span>طباعة</span></div>`, ['شارك', 'واتساب', 'طباعة']],
    ['a newsletter prompt', `<div><p>اشترك في النشرة البريدية لتصلك أهم الأخبار كل صباح</p><a href="/nl">اشترك الآن</a></div>`, ['اشترك في النشرة', 'اشترك الآن']],
    ['an app prompt', `<p><b>حمّل تطبيق الموقع</b> على هاتفك لتصلك الأخبار العاجلة أولا بأول</p>`, ['حمّل تطبيق']],
    ['«follow us on …»', `<p>تابعونا على <a href="https://t.example">تلغرام</a> و<a href="https://x.example">إكس</a></p>`, ['تابعونا', 'تلغرام']],
    [
      'the comment box and its rules',
      `<div><h3>أضف تعليقاً</h3><p><b>قواعد التعليق</b></p><ol><li>يرجى الالتزام بموضوع الخبر.</li><li>لا تنشر التعليقات المسيئة.</li></ol></div>`,
      ['أضف تعليقاً', 'قواعد التعليق', 'يرجى الالتزام'],
    ],
    ['comment rules with no box around them', `<h4>قواعد التعليق</h4><ul><li>يرجى الالتزام بموضوع الخبر.</li><li>لا تنشر التعليقات المسيئة.</li></ul>`, ['قواعد التعليق', 'يرجى الالتزام']],
    ['print and send-to-a-friend tools', `<div><span>طباعة</span> <span>أرسل لصديق</span> <span>حجم الخط</span></div>`, ['طباعة', 'أرسل لصديق']],
  ])('%s', (_, furniture, gone) => {
    const text = read(story + furniture);
    for (const p of STORY) expect(text).toContain(p);
    for (const g of gone) expect(text).not.toContain(g);
  });

  it('the byline and date line above the story', () => {
    const text = read(`<p><span>ليلى حداد</span> <span>14/6/2021</span></p><p>الرباط - مريم العلوي · نشر في: 09 مارس 2022</p>${story}`);
    expect(text).not.toContain('ليلى حداد');
    expect(text).not.toContain('مريم العلوي');
    expect(text.startsWith(STORY[0]!)).toBe(true);
  });
});

describe('dropFurniture keeps every paragraph of the story', () => {
  it.each([
    ['a social network named in a sentence', 'وكان عدد من السكان قد نشروا صورا على تويتر وفيسبوك للطوابير الطويلة أمام المحطات.'],
    ['«شارك» as the verb', 'شارك آلاف السكان في الاستطلاع الذي أجرته البلدية.'],
    ['«التالي» as an adjective', 'وستعلن البلدية في اليوم التالي أسماء الشركات الفائزة بالعقود.'],
    ['comments as the story’s subject', 'التعليقات التي نشرها الوزير أثارت جدلا واسعا بين السكان.'],
    ['a passive «حُمّل تطبيق»', 'حُمّل تطبيق النقل الجديد أكثر من مليون مرة خلال أسبوعه الأول.'],
    ['a date in a sentence', 'وفي 12 آذار 2020 أغلقت البلدية المحطة القديمة.'],
    ['a paragraph with one link', 'وقالت <a href="/r">دراسة البلدية</a> إن عدد الركاب تضاعف خلال عامين.'],
  ])('%s', (_, paragraph) => {
    const html = `${story}<p>${paragraph}</p>`;
    const kept = new DOMParser().parseFromString(`<p>${paragraph}</p>`, 'text/html').body.textContent!;
    expect(read(html)).toContain(kept);
  });

  it('a short opening sentence with a date, and a caption’s date', () => {
    const text = read(`<figure><figcaption><span>أرشيف 12 آذار 2020</span></figcaption></figure><p>في 12 آذار 2020 استقال الوزير.</p>${story}`);
    expect(text).toContain('أرشيف 12 آذار 2020');
    expect(text).toContain('في 12 آذار 2020 استقال الوزير.');
  });

  it('a list of the story’s points (no links)', () => {
    const text = read(`${story}<ul><li>عشرون حافلة جديدة في الربيع.</li><li>محطات في الأحياء الشرقية.</li></ul>`);
    expect(text).toContain('عشرون حافلة جديدة في الربيع.');
  });

  it('a short subheading', () => {
    expect(read(`${story}<h3>كلفة المشروع</h3>${story}`)).toContain('كلفة المشروع');
  });

  it('the story itself when the whole article sits in one labelled container', () => {
    const text = read(`<div><p>اقرأ أيضاً</p>${story}${story}</div>`);
    for (const p of STORY) expect(text).toContain(p);
  });
});

describe('telling that a block has many words without folding it', () => {
  // Words, and what folding deletes or changes: tashkeel, tatweel, invisible marks, the BOM (a
  // space to \s, deleted by normalize), presentation forms, every kind of space.
  const pieces = ['قال', 'الوزير', 'أن', 'x', 'A1', '٣', 'ـ', 'ً', 'ّ', '\u200c', '\u200f', '\ufeff', 'ﻻ', 'ﷺ', '\ufe70', '\u00ad', '.', '،', ' ', ' ', ' ', '\u00a0', '\t', '\n', '\u2009', '\u3000', '\u2028'];
  const textOf = (seed: number, length: number) => {
    // One text in four may hold the BOM (which is never judged).
    const from = seed % 4 === 0 ? pieces : pieces.filter((p) => p !== '\ufeff');
    let s = seed;
    let out = '';
    for (let i = 0; i < length; i++) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      out += from[s % from.length];
    }
    return out;
  };
  const foldedWords = (raw: string) => {
    const text = normalize(raw).replace(/\s+/g, ' ').trim();
    return text ? text.split(/\s+/).length : 0;
  };

  it('says "more than k words" only of a text that has more once folded', () => {
    let told = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const raw = textOf(seed, 20 + (seed % 120));
      for (const k of [0, 3, 10, 20, 40]) {
        if (!surelyMoreWords(raw, k)) continue;
        told++;
        expect(foldedWords(raw), JSON.stringify(raw)).toBeGreaterThan(k);
      }
    }
    expect(told).toBeGreaterThan(1000);
  });

  it('tells it of a plain paragraph of the story', () => {
    const paragraph = Array.from({ length: 45 }, (_, i) => (i % 2 ? 'الوزير' : 'قال')).join(' ');
    expect(surelyMoreWords(paragraph, 40)).toBe(true);
    expect(surelyMoreWords(paragraph, 45)).toBe(false);
  });
});
