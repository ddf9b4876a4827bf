import { describe, expect, it } from 'vitest';
import { headlineOfTitle, hostName, withoutSiteName } from './title';

describe('withoutSiteName', () => {
  it.each([
    ['عنوان الخبر - الجزيرة نت', ['الجزيرة نت'], 'عنوان الخبر'],
    ['سكاي نيوز عربية | افتتاح محطة جديدة', ['سكاي نيوز عربية'], 'افتتاح محطة جديدة'],
    ['معرض للكتاب في الرباط – العربية', ['العربية'], 'معرض للكتاب في الرباط'],
    ['معرض للكتاب في الرباط — العربية نت', ['العربية'], 'معرض للكتاب في الرباط'],
    ['معرض للكتاب في الرباط - العربية', ['العربية نت'], 'معرض للكتاب في الرباط'],
    ['افتتاح جسر في أسوان : صحيفة الوادي', ['صحيفة الوادي'], 'افتتاح جسر في أسوان'],
    ['الجزيرة: افتتاح جسر في أسوان', ['الجزيرة نت'], 'افتتاح جسر في أسوان'],
    ['قرية تعيد زراعة البن | اندبندنت عربية', ['إندبندنت عربية'], 'قرية تعيد زراعة البن'],
    ['الرئيسية » أخبار » عنوان الخبر » موقع المدار', ['موقع المدار'], 'الرئيسية » أخبار » عنوان الخبر'],
    ['عنوان الخبر | Aljazeera.net', ['aljazeera.net'], 'عنوان الخبر'],
    ['BBC News عربي - عنوان الخبر - BBC News عربي', ['BBC News عربي'], 'عنوان الخبر'],
  ])('%s → %s', (title, names, expected) => {
    expect(withoutSiteName(title, names)).toBe(expected);
  });

  it.each([
    ['بيروت - دمشق: عودة خط الحافلات بعد توقف طويل', ['موقع المدار']],
    ['قمة الرياض: اتفاق على خطة للمياه', ['الرياض']],
    ['هجوم على مكتب «الجزيرة»', ['الجزيرة']],
    ['كوفيد-19: إصابات جديدة', ['كوفيد']],
    ['اللغة العربية - لغة المستقبل', ['العربية']],
    ['الجزيرة نت', ['الجزيرة نت']],
  ])('leaves «%s» whole: no segment is the site’s name', (title, names) => {
    expect(withoutSiteName(title, names)).toBe(title);
  });

  it('cuts nothing when the site has no name', () => {
    expect(withoutSiteName('عنوان - الجزيرة نت', [null, undefined, ''])).toBe('عنوان - الجزيرة نت');
  });
});

describe('headlineOfTitle', () => {
  it('takes the headline when it is the title’s first or last part', () => {
    expect(headlineOfTitle('وزراء المياه يتفقون على خطة | اقتصاد', 'وزراء المياه يتفقون على خطة')).toBe('وزراء المياه يتفقون على خطة');
    expect(headlineOfTitle('أخبار - وزراء المياه يتفقون على خطة', ' وزراء المياه  يتفقون على خطة ')).toBe('وزراء المياه يتفقون على خطة');
  });

  it('keeps the title otherwise', () => {
    expect(headlineOfTitle('بيروت - دمشق: عودة الحافلات', 'بيروت')).toBe('بيروت - دمشق: عودة الحافلات');
    expect(headlineOfTitle('عنوان طويل للخبر', 'عنوان آخر مختلف تماما')).toBe('عنوان طويل للخبر');
    expect(headlineOfTitle('عنوان طويل للخبر', null)).toBe('عنوان طويل للخبر');
  });
});

describe('hostName', () => {
  it('is the host of a web address, without www', () => {
    expect(hostName('https://www.aljazeera.net/news/x')).toBe('aljazeera.net');
    expect(hostName('file:///tmp/page.html')).toBeNull();
    expect(hostName('not a url')).toBeNull();
  });
});
