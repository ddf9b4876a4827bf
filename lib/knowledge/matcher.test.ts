import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze';
import { normalize } from '../arabic/normalize';
import { tokenize } from '../arabic/tokenize';
import { compileGazetteer, matchAgencyCredits, matchTokens } from './matcher';
import type { EntityRecord } from './types';

const KB: EntityRecord[] = [
  { id: 'place:washington', type: 'place', name: 'واشنطن', nameEn: 'Washington' },
  { id: 'place:paris', type: 'place', name: 'باريس', nameEn: 'Paris' },
  { id: 'place:sy', type: 'place', name: 'سوريا', nameEn: 'Syria', contextAliases: ['سورية'] },
  { id: 'place:raqqa', type: 'place', name: 'الرقة', nameEn: 'Raqqa' },
  { id: 'place:euphrates', type: 'place', name: 'نهر الفرات', nameEn: 'Euphrates', aliases: ['الفرات'] },
  { id: 'place:us', type: 'place', name: 'الولايات المتحدة', nameEn: 'United States', aliases: ['الولايات المتحدة الأمريكية'] },
  { id: 'org:white-house', type: 'organization', name: 'البيت الأبيض', nameEn: 'White House' },
  { id: 'org:isis', type: 'organization', name: 'تنظيم الدولة الإسلامية', nameEn: 'ISIS', aliases: ['داعش', 'تنظيم الدولة'] },
  { id: 'org:ministry', type: 'organization', name: 'وزارة الدفاع الفرنسية', nameEn: 'French MoD', aliases: ['الدفاع الفرنسية'] },
  { id: 'person:emmanuel-macron', type: 'person', name: 'إيمانويل ماكرون', nameEn: 'Emmanuel Macron', aliases: ['ماكرون'] },
  { id: 'person:donald-trump', type: 'person', name: 'دونالد ترامب', nameEn: 'Donald Trump', aliases: ['ترامب', 'ترمب'] },
  { id: 'person:ashton-carter', type: 'person', name: 'آشتون كارتر', nameEn: 'Ashton Carter' },
  { id: 'person:ali-khamenei', type: 'person', name: 'علي خامنئي', nameEn: 'Ali Khamenei', aliases: ['علي'] },
  { id: 'org:afp', type: 'organization', name: 'فرانس برس', nameEn: 'AFP', aliases: ['AFP'] },
];
const g = compileGazetteer(KB);

/** [entity id, the mention's text] for every mention, in text order. */
function mentions(text: string): [string, string][] {
  const a = analyze(text, g, { mentionsOnly: true });
  return a.entities
    .flatMap((e) => e.mentions.map((m) => ({ id: e.id, ...m })))
    .sort((x, y) => x.start - y.start)
    .map((m) => {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      return [m.id, m.text];
    });
}

describe('matching names in Arabic text', () => {
  it('على is never علي, and a one-word alias that is a function word or a common name is dropped', () => {
    expect(mentions('اعتمد الاتفاق على الحوار')).toEqual([]);
    expect(mentions('قال علي إن')).toEqual([]);
    expect(mentions('التقى علي خامنئي وفدا')).toEqual([['person:ali-khamenei', 'علي خامنئي']]);
  });

  it('واشنطن keeps its و: the exact word is tried before any proclitic is stripped', () => {
    expect(mentions('وصل إلى واشنطن أمس')).toEqual([['place:washington', 'واشنطن']]);
    expect(mentions('بين باريس وواشنطن')).toEqual([
      ['place:paris', 'باريس'],
      ['place:washington', 'واشنطن'],
    ]);
  });

  it('strips proclitics from the text and highlights only the name', () => {
    expect(mentions('وباريس بسوريا والرقة فلودريان')).toEqual([
      ['place:paris', 'باريس'],
      ['place:sy', 'سوريا'],
      ['place:raqqa', 'الرقة'],
    ]);
    expect(mentions('على الضفة الشرقية لنهر الفرات')).toEqual([['place:euphrates', 'نهر الفرات']]);
  });

  it('reads لل+X as ل+ال+X and keeps the written لل in the mention', () => {
    expect(mentions('مستشار الأمن القومي للبيت الأبيض')).toEqual([['org:white-house', 'للبيت الأبيض']]);
  });

  it('matches through tashkeel and tatweel inside a name, and the mention covers the marks', () => {
    expect(mentions('قال مَاكْرُونُ إن')).toEqual([['person:emmanuel-macron', 'مَاكْرُونُ']]);
    expect(mentions('قال ماكـــرون إن')).toEqual([['person:emmanuel-macron', 'ماكـــرون']]);
  });

  it('matches Persian letter variants and presentation forms', () => {
    expect(mentions('رئیس الولایات المتحدة')).toEqual([['place:us', 'الولایات المتحدة']]);
    expect(mentions('ﺑﺎﺭﻳﺲ عاصمة')).toEqual([['place:paris', 'ﺑﺎﺭﻳﺲ']]);
  });

  it('prefers the longest name and skips quotation marks inside it', () => {
    expect(mentions('الولايات المتحدة الأمريكية')).toEqual([['place:us', 'الولايات المتحدة الأمريكية']]);
    expect(mentions('ضد تنظيم “الدولة الإسلامية” في')).toEqual([['org:isis', 'تنظيم “الدولة الإسلامية']]);
    expect(mentions('تنظيم "الدولة" في سوريا')).toEqual([
      ['org:isis', 'تنظيم "الدولة'],
      ['place:sy', 'سوريا'],
    ]);
  });

  it('does not take a name that is only the start of a longer word', () => {
    expect(mentions('السوريين والسورية والفرنسي')).toEqual([]);
  });

  it('reads a context-only form after a preposition, not as an adjective', () => {
    expect(mentions('قوات روسية وإيرانية وسورية')).toEqual([]);
    expect(mentions('الوضع في سورية صعب')).toEqual([['place:sy', 'سورية']]);
    expect(mentions('زار بسورية')).toEqual([['place:sy', 'سورية']]);
  });

  it('links a bare surname to the person named in full in the same text, never to someone else', () => {
    expect(mentions('اتصل آشتون كارتر بنظيره. وقال كارتر إن')).toEqual([
      ['person:ashton-carter', 'آشتون كارتر'],
      ['person:ashton-carter', 'كارتر'],
    ]);
    // Alone, «كارتر» is not Ashton Carter (the surname is not his alone): it is a name the grammar
    // gives (the subject of قال), so it becomes a discovered actor of its own, never a built-in one.
    const alone = analyze('وقال كارتر إن', g, { mentionsOnly: true }).entities;
    expect(alone.map((e) => [e.discovered === true, e.name])).toEqual([[true, 'كارتر']]);
    expect(alone[0]!.id).not.toBe('person:ashton-carter');
  });

  it('a one-word name of one person is the other person of that surname the article names in full', () => {
    const g2 = compileGazetteer([
      { id: 'person:colin-powell', type: 'person', name: 'كولن باول', nameEn: 'Colin Powell', contextAliases: ['باول'] },
      { id: 'person:jerome-powell', type: 'person', name: 'جيروم باول', nameEn: 'Jerome Powell' },
      { id: 'person:kamala-harris', type: 'person', name: 'كامالا هاريس', nameEn: 'Kamala Harris', aliases: ['هاريس'] },
      { id: 'person:simon-harris', type: 'person', name: 'سايمون هاريس', nameEn: 'Simon Harris' },
    ]);
    const found = (text: string) =>
      analyze(text, g2)
        .entities.flatMap((e) => e.mentions.map((m) => `${e.id}=${m.text}`))
        .sort();
    const speakers = (text: string) => analyze(text, g2).statements.map((st) => st.speakerId);
    // Introduced in full, then by surname: cued or not, with a proclitic or not, the surname is his.
    const fed = 'قال جيروم باول إن التضخم مرتفع. وأضاف باول أن البنك لن يغير الفائدة، في حين رأى محللون أن تصريحات باول حذرة.';
    expect(found(fed)).toEqual(['person:jerome-powell=باول', 'person:jerome-powell=باول', 'person:jerome-powell=جيروم باول']);
    // (the analysts who read his words are not he)
    expect(speakers(fed)).toEqual(['person:jerome-powell', 'person:jerome-powell', null]);
    // A plain alias yields the same way; where the alias's own person is named in full, it is hers.
    expect(found('قال رئيس الوزراء الأيرلندي سايمون هاريس إن الاتفاق قريب. وأضاف هاريس أن')).toEqual([
      'person:simon-harris=سايمون هاريس',
      'person:simon-harris=هاريس',
    ]);
    expect(found('قالت كامالا هاريس إن الاتفاق قريب. وأضافت هاريس أن')).toEqual(['person:kamala-harris=كامالا هاريس', 'person:kamala-harris=هاريس']);
    // Alone, the one-word name is still the knowledge base's.
    expect(found('وقال باول إن الحرب قريبة.')).toEqual(['person:colin-powell=باول']);
    // Both named in full: the surname alone is either's, so no one's — neither highlighted nor a speaker.
    const both = 'التقى جيروم باول كولن باول في واشنطن. وقال باول إن اللقاء كان مثمرا.';
    expect(found(both)).toEqual(['person:colin-powell=كولن باول', 'person:jerome-powell=جيروم باول']);
    expect(speakers(both)).toEqual([]);
  });

  it('a ministry’s short name after وزير/وزيرة is part of a title', () => {
    expect(mentions('قالت وزيرة الدفاع الفرنسية إن')).toEqual([]);
    // On its own it is the ministry, described rather than named: it speaks, it is not highlighted.
    expect(mentions('أعلنت الدفاع الفرنسية أن')).toEqual([]);
    expect(analyze('أعلنت الدفاع الفرنسية أن القوات عادت.', g).statements.map((s) => s.speakerId)).toEqual(['org:ministry']);
  });

  it('a state institution described by its kind and nationality speaks but is not highlighted; a name proper is', () => {
    const g3 = compileGazetteer([
      { id: 'org:lebanese-army', type: 'organization', name: 'الجيش اللبناني', nameEn: 'Lebanese Army' },
      { id: 'org:us-state-department', type: 'organization', name: 'وزارة الخارجية الأمريكية', nameEn: 'State Department' },
      { id: 'org:idf', type: 'organization', name: 'جيش الاحتلال', nameEn: 'IDF' },
      { id: 'org:irgc', type: 'organization', name: 'الحرس الثوري الإيراني', nameEn: 'IRGC' },
      { id: 'org:us-congress', type: 'organization', name: 'الكونغرس الأمريكي', nameEn: 'US Congress' },
    ]);
    const a = analyze('وقال الجيش اللبناني إن دورية تعرضت لإطلاق نار. وأكدت وزارة الخارجية الأمريكية أن السفارة مفتوحة. واتهم جيش الاحتلال الحرس الثوري الإيراني بالهجوم، وناقش الكونغرس الأمريكي القرار.', g3);
    expect(a.entities.map((e) => e.id)).toEqual(['org:irgc', 'org:us-congress']);
    expect(a.statements.map((s) => s.speakerId)).toEqual(['org:lebanese-army', 'org:us-state-department', 'org:idf']);
  });

  it('matches Latin names case-insensitively as whole words', () => {
    expect(mentions('صورة (AFP) و afp وAFPX')).toEqual([
      ['org:afp', 'AFP'],
      ['org:afp', 'afp'],
    ]);
  });

  it('spelling variants map to one entity', () => {
    const ids = new Set(mentions('ترامب وترمب ودونالد ترامب').map(([id]) => id));
    expect([...ids]).toEqual(['person:donald-trump']);
  });
});

describe('names right for the language', () => {
  const KB2: EntityRecord[] = [
    { id: 'person:joe-biden', type: 'person', name: 'جو بايدن', nameEn: 'Joe Biden', aliases: ['بايدن'] },
    { id: 'person:abdullah-ii', type: 'person', name: 'الملك عبد الله الثاني', nameEn: 'Abdullah II', aliases: ['عبد الله الثاني'] },
    { id: 'person:hamad-bin-isa', type: 'person', name: 'حمد بن عيسى', nameEn: 'Hamad bin Isa' },
    { id: 'person:nader-halabi', type: 'person', name: 'نادر الحلبي', nameEn: 'Nader al-Halabi' },
    { id: 'person:bashar-al-assad', type: 'person', name: 'بشار الأسد', nameEn: 'Bashar al-Assad', contextAliases: ['الأسد'] },
    { id: 'place:damascus', type: 'place', name: 'دمشق', nameEn: 'Damascus' },
    { id: 'place:beirut', type: 'place', name: 'بيروت', nameEn: 'Beirut' },
    { id: 'place:riyadh', type: 'place', name: 'الرياض', nameEn: 'Riyadh' },
    { id: 'place:madrid', type: 'place', name: 'مدريد', nameEn: 'Madrid' },
    { id: 'place:manchester', type: 'place', name: 'مانشستر', nameEn: 'Manchester' },
    { id: 'place:aden', type: 'place', name: 'عدن', nameEn: 'Aden' },
    { id: 'place:asia', type: 'place', name: 'آسيا', nameEn: 'Asia' },
    { id: 'place:sa', type: 'place', name: 'السعودية', nameEn: 'Saudi Arabia', aliases: ['المملكة العربية السعودية'] },
    { id: 'place:mecca', type: 'place', name: 'مكة المكرمة', nameEn: 'Mecca', aliases: ['مكة'] },
    { id: 'place:gaza-strip', type: 'place', name: 'قطاع غزة', nameEn: 'Gaza Strip', aliases: ['غزة'] },
    { id: 'place:mashhad', type: 'place', name: 'مدينة مشهد', nameEn: 'Mashhad', aliases: ['مشهد الإيرانية'] },
    { id: 'place:tel-aviv', type: 'place', name: 'تل أبيب', nameEn: 'Tel Aviv' },
    { id: 'place:douma', type: 'place', name: 'دوما', nameEn: 'Douma', contextAliases: ['دوما'] },
    { id: 'org:hamas', type: 'organization', name: 'حركة حماس', nameEn: 'Hamas', aliases: ['حماس'] },
    { id: 'org:hezbollah', type: 'organization', name: 'حزب الله', nameEn: 'Hezbollah', aliases: ['حزب الله اللبناني'] },
    { id: 'org:al-riyadh', type: 'organization', name: 'صحيفة الرياض', nameEn: 'Al Riyadh', kind: 'media' },
    { id: 'org:afp', type: 'organization', name: 'فرانس برس', nameEn: 'AFP', aliases: ['أ ف ب'], kind: 'agency' },
    { id: 'org:gcc', type: 'organization', name: 'مجلس التعاون الخليجي', nameEn: 'GCC', aliases: ['دول مجلس التعاون الخليجي'] },
    { id: 'place:ma', type: 'place', name: 'المغرب', nameEn: 'Morocco', aliases: ['المملكة المغربية'] },
    { id: 'place:south-lebanon', type: 'place', name: 'جنوب لبنان', nameEn: 'South Lebanon', aliases: ['الجنوب اللبناني'] },
    { id: 'place:hebron', type: 'place', name: 'الخليل', nameEn: 'Hebron' },
    { id: 'place:muscat', type: 'place', name: 'مسقط', nameEn: 'Muscat' },
    { id: 'place:nuuk', type: 'place', name: 'نوك', nameEn: 'Nuuk', contextAliases: ['نوك'] },
    { id: 'place:rabat', type: 'place', name: 'الرباط', nameEn: 'Rabat', country: 'MA', kind: 'capital' },
    { id: 'place:amarah', type: 'place', name: 'مدينة العمارة', nameEn: 'Amarah', contextAliases: ['العمارة'], country: 'IQ', kind: 'city' },
    { id: 'place:west-bank', type: 'place', name: 'الضفة الغربية', nameEn: 'West Bank', contextAliases: ['الضفة'], country: 'PS', kind: 'region' },
    { id: 'place:lyon', type: 'place', name: 'ليون', nameEn: 'Lyon', country: 'FR', kind: 'city' },
    { id: 'place:lahj', type: 'place', name: 'لحج', nameEn: 'Lahj', country: 'YE', kind: 'governorate' },
    { id: 'org:al-qaeda', type: 'organization', name: 'تنظيم القاعدة', nameEn: 'Al-Qaeda', aliases: ['القاعدة'] },
    { id: 'org:white-house', type: 'organization', name: 'البيت الأبيض', nameEn: 'White House' },
    { id: 'org:al-araby', type: 'organization', name: 'العربي الجديد', nameEn: 'Al-Araby Al-Jadeed', kind: 'media' },
  ];
  const g2 = compileGazetteer(KB2);
  const found = (text: string): [string, string][] =>
    analyze(text, g2, { mentionsOnly: true })
      .entities.filter((e) => !e.discovered)
      .flatMap((e) => e.mentions.map((m) => ({ id: e.id, ...m })))
      .sort((x, y) => x.start - y.start)
      .map((m) => [m.id, m.text]);

  it('another given name before a known surname is another person', () => {
    expect(found('وصل هانتر بايدن إلى المحكمة صباحا')).toEqual([]);
    expect(found('وقال المتحدث عبد الرحمن بايدن إن الاجتماع انتهى')).toEqual([]);
    expect(found('وصل جو بايدن إلى المدينة ثم تحدث بايدن للصحفيين')).toEqual([
      ['person:joe-biden', 'جو بايدن'],
      ['person:joe-biden', 'بايدن'],
    ]);
  });

  it('a place inside a longer proper name is not that place, unless the longer name is known', () => {
    expect(found('تخرج في جامعة دمشق قبل عشر سنوات')).toEqual([]);
    expect(found('هبطت الطائرة في مطار بيروت الدولي مساء')).toEqual([]);
    expect(found('فاز ريال مدريد على مانشستر يونايتد')).toEqual([]);
    expect(found('نشرت صحيفة الرياض مقالا')).toEqual([['org:al-riyadh', 'صحيفة الرياض']]);
    expect(found('قال مسؤول لـ«الرياض» إن الخطة جاهزة')).toEqual([]);
    expect(found('وعد المؤمنين جنات عدن')).toEqual([]);
    expect(found('روت السيدة آسيا قصتها')).toEqual([]);
    // The places themselves are still places.
    expect(found('عاد الوفد إلى دمشق ثم إلى بيروت ومدريد وعدن')).toEqual([
      ['place:damascus', 'دمشق'],
      ['place:beirut', 'بيروت'],
      ['place:madrid', 'مدريد'],
      ['place:aden', 'عدن'],
    ]);
  });

  it('a nisba after a definite noun is an adjective, not the country; the country on its own is', () => {
    expect(found('انتقدت الصحافة السعودية القرار')).toEqual([]);
    expect(found('رحبت السلطات السعودية بالاتفاق')).toEqual([]);
    expect(found('وصل الوزير إلى السعودية أمس')).toEqual([['place:sa', 'السعودية']]);
    expect(found('أعلنت السعودية أمس')).toEqual([['place:sa', 'السعودية']]);
    expect(found('زار المملكة العربية السعودية')).toEqual([['place:sa', 'المملكة العربية السعودية']]);
  });

  it('a place described by its kind or direction and an adjective is a description, not a name', () => {
    expect(found('زار الوفد المملكة المغربية ثم المغرب العربي')).toEqual([['place:ma', 'المغرب']]);
    expect(found('توتر في الجنوب اللبناني')).toEqual([]);
    expect(found('توتر في جنوب لبنان')).toEqual([['place:south-lebanon', 'جنوب لبنان']]);
    expect(found('اجتمع وزراء دول مجلس التعاون الخليجي')).toEqual([]);
    expect(found('أعلن مجلس التعاون الخليجي')).toEqual([['org:gcc', 'مجلس التعاون الخليجي']]);
  });

  it('an agency’s spelled-out initials are its credit line, not a highlight', () => {
    expect(found('الخرطوم (أ ف ب) - أعلن الجيش')).toEqual([]);
    expect(found('وقال لوكالة فرانس برس')).toEqual([['org:afp', 'فرانس برس']]);
  });

  it('a place’s name after a given name, or in an idiom, is not the place', () => {
    expect(found('ذكر النص إبراهيم الخليل')).toEqual([]);
    expect(found('عاد إلى مسقط رأسه')).toEqual([]);
    expect(found('وصل الوفد إلى مسقط ثم إلى الخليل')).toEqual([
      ['place:muscat', 'مسقط'],
      ['place:hebron', 'الخليل'],
    ]);
  });

  it('a place that is also a common word needs its context, and a short word is not a preposition and a name', () => {
    expect(found('تحويل الأموال عبر بنوك محلية')).toEqual([]);
    expect(found('وصل الوفد إلى نوك')).toEqual([['place:nuuk', 'نوك']]);
  });

  it('a place that is also a common word needs its context', () => {
    expect(found('كان دوما يقول ذلك')).toEqual([]);
    expect(found('سقطت قذائف على دوما في ريف دمشق')).toEqual([
      ['place:douma', 'دوما'],
      ['place:damascus', 'دمشق'],
    ]);
  });

  it('highlights the name, not the title or kind before it, nor a nationality or an epithet after it', () => {
    expect(found('استقبل الملك عبد الله الثاني الوفد')).toEqual([['person:abdullah-ii', 'عبد الله الثاني']]);
    expect(found('أعلنت حركة حماس موافقتها')).toEqual([['org:hamas', 'حماس']]);
    expect(found('قال حزب الله اللبناني في بيان')).toEqual([['org:hezbollah', 'حزب الله']]);
    expect(found('تصاعد القصف على قطاع غزة')).toEqual([['place:gaza-strip', 'غزة']]);
    expect(found('وصل الحجاج إلى مكة المكرمة')).toEqual([['place:mecca', 'مكة']]);
    expect(found('وقع الانفجار في مدينة مشهد')).toEqual([['place:mashhad', 'مشهد']]);
  });

  it('links a short form that needs context to the person the text named in full', () => {
    expect(found('هرب الأسد من القفص في الحديقة')).toEqual([]);
    expect(found('وقال الأسد إن الحوار مستمر')).toEqual([['person:bashar-al-assad', 'الأسد']]);
    expect(found('التقى بشار الأسد الوفد. وقال الأسد إن المحادثات مثمرة')).toEqual([
      ['person:bashar-al-assad', 'بشار الأسد'],
      ['person:bashar-al-assad', 'الأسد'],
    ]);
  });

  it('an ordinal, a nationality or an honorific ending a full name is no surname', () => {
    expect(found('استقبل الملك عبد الله الثاني الوفد. وفي الثاني من الشهر عاد')).toEqual([['person:abdullah-ii', 'عبد الله الثاني']]);
  });

  it('reads a lineage and a family inside a person’s name', () => {
    expect(found('التقى حمد بن عيسى آل خليفة الوفد')).toEqual([['person:hamad-bin-isa', 'حمد بن عيسى آل خليفة']]);
    expect(found('وقال نادر بن سالم الحلبي إن الموسم انتهى')).toEqual([['person:nader-halabi', 'نادر بن سالم الحلبي']]);
  });

  it('a definite word after a demonstrative is a common noun, but «ذلك» after a preposition stands alone', () => {
    expect(found('وقف الحارس عند ذلك الرباط القديم')).toEqual([]);
    expect(found('ترى هذه القاعدة أن الاستثناء ممكن')).toEqual([]);
    expect(found('وصل الوفد إلى الرباط أمس')).toEqual([['place:rabat', 'الرباط']]);
    expect(found('أخليت المباني بما في ذلك البيت الأبيض')).toEqual([['org:white-house', 'البيت الأبيض']]);
  });

  it('a place qualified by another country or another direction is another place', () => {
    expect(found('تأثر المدخل بين العمارة الصينية والعربية')).toEqual([]);
    expect(found('استقروا في الضفة الجنوبية للخليج')).toEqual([]);
    expect(found('اقتحموا بلدات في الضفة شمال القدس')).toEqual([['place:west-bank', 'الضفة']]);
    // The adjective after a genitive qualifies the noun before it: a Portuguese player of Manchester.
    expect(found('قال لاعب مانشستر البرتغالي إنه باق')).toEqual([['place:manchester', 'مانشستر']]);
  });

  it('a name beginning with a nisba after a definite noun of its gender is an adjective phrase', () => {
    expect(found('سعيد بالاهتمام العربي الجديد بالآثار')).toEqual([]);
    expect(found('نشر موقع العربي الجديد تقريرا')).toEqual([['org:al-araby', 'العربي الجديد']]);
  });

  it('reads «لل» before a short name as the article, and a billion as a billion', () => {
    expect(found('خرجت من المدينة للحج قبل الموسم')).toEqual([]);
    expect(found('وصل المحافظ إلى لحج أمس')).toEqual([['place:lahj', 'لحج']]);
    expect(found('بلغ العجز بليون دولار')).toEqual([]);
    expect(found('وصل الرئيس إلى ليون أمس')).toEqual([['place:lyon', 'ليون']]);
  });

  it('strips a proclitic from a short first word of a longer name, never from a word on its own', () => {
    expect(found('سافر من بيروت وتل أبيب')).toEqual([
      ['place:beirut', 'بيروت'],
      ['place:tel-aviv', 'تل أبيب'],
    ]);
    expect(found('صعد إلى وتل قريب')).toEqual([]);
  });
});

describe('compileGazetteer', () => {
  it('a later entity’s form replaces an earlier one’s (the user’s own entities win)', () => {
    const mine: EntityRecord = { id: 'place:my-paris', type: 'place', name: 'باريس', nameEn: 'Paris (mine)' };
    const g2 = compileGazetteer([...KB, mine]);
    expect(analyze('في باريس', g2).entities.map((e) => e.id)).toEqual(['place:my-paris']);
  });
});

describe('forms the press uses of its own state and its agencies', () => {
  const KB3: EntityRecord[] = [
    { id: 'place:sa', type: 'place', name: 'السعودية', nameEn: 'Saudi Arabia', aliases: ['المملكة العربية السعودية'], kind: 'country', country: 'SA' },
    { id: 'place:jo', type: 'place', name: 'الأردن', nameEn: 'Jordan', kind: 'country', country: 'JO' },
    { id: 'place:gb', type: 'place', name: 'بريطانيا', nameEn: 'United Kingdom', aliases: ['المملكة المتحدة'], kind: 'country', country: 'GB' },
    { id: 'org:afp', type: 'organization', name: 'وكالة فرانس برس', nameEn: 'AFP', kind: 'agency' },
    { id: 'org:reuters', type: 'organization', name: 'رويترز', nameEn: 'Reuters', kind: 'agency' },
  ];
  const g3 = compileGazetteer(KB3);
  const found = (text: string, country?: string): [string, string][] =>
    analyze(text, g3, { mentionsOnly: true, country })
      .entities.filter((e) => !e.discovered)
      .flatMap((e) => e.mentions.map((m) => ({ id: e.id, ...m })))
      .sort((x, y) => x.start - y.start)
      .map((m) => [m.id, m.text]);

  it('«المملكة» alone is the outlet’s own kingdom, and nobody’s elsewhere', () => {
    const text = 'وصل الوفد إلى المملكة أمس، وقال إن للمملكة دورا';
    expect(found(text, 'SA')).toEqual([['place:sa', 'المملكة'], ['place:sa', 'للمملكة']]);
    expect(found(text, 'JO')).toEqual([['place:jo', 'المملكة'], ['place:jo', 'للمملكة']]);
    expect(found(text, 'QA')).toEqual([]);
    expect(found(text)).toEqual([]);
    // A kingdom the text qualifies is that kingdom, whatever the outlet.
    expect(found('زار المملكة المتحدة ثم المملكة المغربية', 'SA')).toEqual([['place:gb', 'المملكة المتحدة']]);
  });

  it('«الفرنسية» is Agence France-Presse where the agency is a source, the language or an adjective elsewhere', () => {
    // A credit line is known (it is the source) but, like «أ ف ب», not highlighted.
    const credits = (text: string) => {
      const t = tokenize(normalize(text));
      return matchAgencyCredits(g3, t, matchTokens(g3, t)).map((m) => [g3.entities[m.entity]!.id, m.descriptive === true]);
    };
    expect(credits('وأضاف أن الهدنة صامدة ( الفرنسية )')).toEqual([['org:afp', true]]);
    expect(credits('المصدر : الجزيرة + الفرنسية')).toEqual([['org:afp', true]]);
    expect(found('وأضاف أن الهدنة صامدة ( الفرنسية )')).toEqual([]);
    expect(found('المصدر : رويترز والفرنسية')).toEqual([['org:reuters', 'رويترز']]);
    expect(credits('المصدر : رويترز والفرنسية')).toEqual([['org:reuters', false], ['org:afp', true]]);
    expect(found('ونقلت الفرنسية عن مسؤول قوله إن الوضع هادئ')).toEqual([['org:afp', 'الفرنسية']]);
    expect(found('وقال للفرنسية إن الوضع هادئ')).toEqual([['org:afp', 'للفرنسية']]);
    expect(found('تدرس اللغة الفرنسية في المدارس')).toEqual([]);
    expect(found('ترجم الكتاب إلى الفرنسية ونشر')).toEqual([]);
    expect(found('متاح بالعربية والإنجليزية والفرنسية )')).toEqual([]);
    expect(found('صدرت ترجمته للفرنسية أمس')).toEqual([]);
  });
});
