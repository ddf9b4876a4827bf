import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../tests/fixtures';
import { analyze } from '../analyze/analyze';
import type { Statement } from '../analyze/types';
import { extractArticle } from '../extract/extract';
import { builtinGazetteer } from '../knowledge/builtin';
import { compileGazetteer } from '../knowledge/matcher';
import type { EntityRecord } from '../knowledge/types';

const g = builtinGazetteer();
const statementsOf = (text: string) => analyze(text, g).statements;
const find = (sts: Statement[], phrase: string) => sts.filter((s) => s.text.includes(phrase));

/** The one statement whose content holds `phrase`, and who said it. */
function speakerOf(text: string, phrase: string): string | null | undefined {
  const hits = find(statementsOf(text), phrase);
  expect(hits.length, `statements containing «${phrase}»`).toBeGreaterThan(0);
  return hits[0]!.speakerId;
}

describe('statements on a whole page (tests/fixtures/pages/geneva-talks.html)', () => {
  const article = extractArticle(fixtureDocument('geneva-talks.html'), 'https://alrased.example/x');
  const a = analyze(article.text, g);
  const by = (phrase: string) => find(a.statements, phrase)[0];

  it('verb, title, then the name in apposition: the named person speaks', () => {
    expect(by('موسكو مستعدة لاستئناف المحادثات')?.speakerId).toBe('person:sergei-lavrov');
    expect(by('موسكو مستعدة لاستئناف المحادثات')?.verb).toBe('أعلن');
  });

  it('continuation with a participle keeps the speaker', () => {
    const s = by('الحل السياسي هو الطريق الوحيد');
    expect(s?.speakerId).toBe('person:sergei-lavrov');
    expect(s?.verb).toBe('مشيرا');
  });

  it('the object of دعا is never the speaker', () => {
    expect(by('وقف الدعم العسكري')?.speakerId).toBe('person:recep-tayyip-erdogan');
    expect(a.statements.some((s) => s.speakerId === 'person:donald-trump')).toBe(false);
  });

  it('name first, then قال', () => {
    expect(by('اللجنة الدستورية ستعقد جولتها الثانية')?.speakerId).toBe('person:geir-pedersen');
  });

  it('a bare title goes back to the person it was given to', () => {
    expect(by('تلقت أي طلب رسمي')?.speakerId).toBe('person:sergei-lavrov');
  });

  it('an unnamed official reporting what a named person wants is the official’s statement', () => {
    const s = by('وافق على إبقاء عدد محدود');
    expect(s?.speakerId).toBeNull();
    expect(s?.speaker).toBe('مسؤول أمريكي كبير');
    const next = by('لن نغادر المنطقة');
    expect(next?.speakerId).toBeNull();
    expect(next?.direct).toBe(true);
  });

  it('"according to" at the end attributes what comes before it', () => {
    const s = by('خسر آخر معاقله');
    expect(s?.speakerId).toBe('org:sdf');
    expect(s?.verb).toBe('أعلنت');
  });

  it('headline form «Name: ...»', () => {
    const s = by('التسوية تحتاج إلى دعم دولي');
    expect(s?.speakerId).toBe('person:geir-pedersen');
    expect(s?.verb).toBe(':');
  });

  it('offsets point at the statement in the text', () => {
    for (const s of a.statements) {
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.sentenceStart).toBeLessThanOrEqual(s.start);
      expect(s.sentenceEnd).toBeGreaterThanOrEqual(s.end);
    }
  });
});

describe('statement patterns one by one', () => {
  it('every form of the verb: وقال، قالت، فأكد، وأكدت', () => {
    expect(speakerOf('وقالت وزارة الخارجية الروسية إن المحادثات ستستأنف قريبا في جنيف.', 'المحادثات ستستأنف')).toMatch(/^org:/);
    expect(speakerOf('فأكد أردوغان أن العملية العسكرية ستستمر حتى تحقيق أهدافها.', 'العملية العسكرية ستستمر')).toBe('person:recep-tayyip-erdogan');
  });

  it('a quotation after a colon is direct', () => {
    const [s] = statementsOf('وقال بوتين: “سنواصل دعم الحكومة السورية في حربها على الإرهاب”.');
    expect(s?.speakerId).toBe('person:vladimir-putin');
    expect(s?.direct).toBe(true);
  });

  it('وأضاف with no subject carries the previous speaker, within a couple of sentences only', () => {
    const text = 'أكد ماكرون أن فرنسا باقية في التحالف الدولي. وأضاف أن قواته ستواصل عملها في العراق.';
    expect(speakerOf(text, 'قواته ستواصل عملها')).toBe('person:emmanuel-macron');
    const far = 'أكد ماكرون أن فرنسا باقية في التحالف. جرت الانتخابات. ارتفعت الأسعار. هطلت الأمطار. وأضاف أن الوضع صعب جدا.';
    expect(find(statementsOf(far), 'الوضع صعب جدا')).toEqual([]);
  });

  it('a verb inside a relative clause reports nothing: «التي أعلن عنها»', () => {
    const sts = statementsOf('سيطرت القوات على المدينة التي أعلن عنها التنظيم عاصمة له قبل سنوات.');
    expect(sts).toEqual([]);
  });

  it('a spokesperson without a name speaks for the body', () => {
    expect(speakerOf('وأوضح متحدث باسم البيت الأبيض أن الاتصال جرى بمبادرة أمريكية.', 'الاتصال جرى')).toBe('org:white-house');
  });

  it('a spokesperson named in apposition speaks for themselves, not for the agency they told', () => {
    const text = 'وأفاد المتحدث باسم وزارة الدفاع الروسية، إيغور كوناشينكوف، لوكالة رويترز أن الطائرات عادت إلى قواعدها.';
    const id = speakerOf(text, 'الطائرات عادت');
    expect(id === null || (id ?? '').startsWith('person:')).toBe(true);
    expect(id).not.toBe('org:reuters');
  });

  it('a media source («حسب وكالة رويترز») is not a speaker', () => {
    const sts = statementsOf('وارتفع عدد الضحايا إلى عشرين شخصا، حسب وكالة رويترز.');
    expect(sts.some((s) => s.speakerId === 'org:reuters')).toBe(false);
  });

  it('an unknown title is an unnamed speaker, never a guess', () => {
    const [s] = statementsOf('وقال الوزير التركي إن بلاده لن تسمح بقيام كيان على حدودها الجنوبية.');
    expect(s?.speakerId).toBeNull();
    expect(s?.speaker).toBe('الوزير التركي');
  });

  it('«أما X ... فقد أكدت» gives the statement to the topic X', () => {
    const text = 'أما فرنسا التي دعت إلى الحوار بين الأطراف، فقد أكدت أن قواتها ستبقى ضمن التحالف الدولي.';
    expect(speakerOf(text, 'قواتها ستبقى')).toBe('place:fr');
  });
});

describe('speakers need a known name or an unnamed source', () => {
  const tiny: EntityRecord[] = [
    { id: 'person:test-person', type: 'person', name: 'زيد الاختبار', nameEn: 'Zaid Test' },
    { id: 'place:test-town', type: 'place', name: 'بلدة الاختبار', nameEn: 'Test Town' },
  ];
  const tg = compileGazetteer(tiny);
  it('a verb with no subject and no earlier speaker records nothing', () => {
    expect(analyze('وأضاف أن الأوضاع تتحسن في بلدة الاختبار.', tg).statements).toEqual([]);
  });
  it('a place after a preposition is never the subject', () => {
    const sts = analyze('قال في بلدة الاختبار إن الأوضاع تتحسن.', tg).statements;
    expect(sts.some((s) => s.speakerId === 'place:test-town')).toBe(false);
  });
});

describe('titles given after the name', () => {
  it('a title in apposition after the name is remembered for a later bare title', () => {
    const text = 'أعلن سيرغي لافروف، وزير الخارجية الروسي، أن بلاده ستشارك في المؤتمر. وشدد الوزير الروسي على أن الحل سياسي.';
    expect(speakerOf(text, 'الحل سياسي')).toBe('person:sergei-lavrov');
  });
  it('a title right after a name without a comma belongs to someone else (an object), not to the name', () => {
    const text = 'استقبل بوتين وزير الخارجية التركي في موسكو. وقال الوزير التركي إن المحادثات كانت مثمرة.';
    expect(speakerOf(text, 'المحادثات كانت مثمرة')).toBeNull();
  });
});
