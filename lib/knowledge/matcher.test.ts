import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze';
import { compileGazetteer } from './matcher';
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

  it('a ministry’s short name after وزير/وزيرة is part of a title', () => {
    expect(mentions('قالت وزيرة الدفاع الفرنسية إن')).toEqual([]);
    expect(mentions('أعلنت الدفاع الفرنسية أن')).toEqual([['org:ministry', 'الدفاع الفرنسية']]);
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

describe('compileGazetteer', () => {
  it('a later entity’s form replaces an earlier one’s (the user’s own entities win)', () => {
    const mine: EntityRecord = { id: 'place:my-paris', type: 'place', name: 'باريس', nameEn: 'Paris (mine)' };
    const g2 = compileGazetteer([...KB, mine]);
    expect(analyze('في باريس', g2).entities.map((e) => e.id)).toEqual(['place:my-paris']);
  });
});
