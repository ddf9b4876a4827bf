/** What the background answers a page: the verdict, the article's entities as the interface shows them, the painted text's mentions by offset. */
import { describe, expect, it } from 'vitest';
import { builtinGazetteer, userGazetteer } from '../knowledge/builtin';
import type { KnowledgeEdit } from '../knowledge/user';
import { ownNames } from '../highlight/own-names';
import { readPageTexts, type PageTexts } from './page';

const STORY =
  'عنوان الخبر\n\n' +
  'قالت وزيرة الخارجية الأسترالية جولي برانكوفيتش إن بلادها ستدعم المحادثات في جاكرتا. ' +
  'وأكدت المستشارة الألمانية أنجيلا ميركل في برلين أن الاتحاد الأوروبي يدعم الحوار، وقال سيرغي لافروف في موسكو إن الحل سياسي. ' +
  'وأضافت برانكوفيتش أن الاتفاق قريب، فيما دعت ميركل جميع الأطراف إلى ضبط النفس والعودة إلى طاولة المفاوضات في أقرب وقت ممكن. ' +
  'وتابعت الأوساط الدبلوماسية في العواصم المعنية هذه التصريحات باهتمام كبير، وسط توقعات بعقد جولة جديدة من المحادثات خلال الأسابيع المقبلة.';
const PAINTED = 'وأكدت المستشارة الألمانية أنجيلا ميركل في برلين أن وزيرة الخارجية الأسترالية جولي برانكوفيتش ستزور موسكو.';

const article = (text: string): PageTexts['article'] => ({ text, signals: { declaredArticle: true, hasDate: true } });

describe('readPageTexts', () => {
  it('judges and analyses the article: its entities most mentioned first, each with its names, type and gender', () => {
    const reading = readPageTexts({ article: article(STORY), painted: PAINTED, country: null }, builtinGazetteer());
    expect(reading.detection).toMatchObject({ isArabic: true, isArabicNews: true });
    const byId = new Map(reading.entities!.map((e) => [e.id, e]));
    // A woman of the knowledge base, read from her roles; a man; a place.
    expect(byId.get('person:angela-merkel')).toEqual({ id: 'person:angela-merkel', name: 'أنجيلا ميركل', nameEn: 'Angela Merkel', type: 'person', gender: 'f', count: 2 });
    expect(byId.get('person:sergei-lavrov')).toMatchObject({ gender: 'm', count: 1 });
    expect(byId.get('place:moscow')).toMatchObject({ type: 'place', gender: 'f' });
    // A discovered actor: no English name, the role the article gives her, her gender from it, the forms written.
    const found = reading.entities!.find((e) => e.name === 'جولي برانكوفيتش')!;
    expect(found).toMatchObject({ discovered: true, nameEn: '', type: 'person', gender: 'f', role: 'وزيرة الخارجية الأسترالية' });
    expect(found.forms).toEqual(expect.arrayContaining(['جولي برانكوفيتش', 'برانكوفيتش']));
    const counts = reading.entities!.map((e) => e.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('gives the painted text’s mentions as offsets into that text, with the same labels', () => {
    const reading = readPageTexts({ article: article(STORY), painted: PAINTED }, builtinGazetteer());
    const words = reading.painted!.flatMap((e) => e.mentions.map(([s, t]) => `${e.id.startsWith('person:found-') ? 'found' : e.id}=${PAINTED.slice(s, t)}`));
    expect(words).toEqual(expect.arrayContaining(['person:angela-merkel=أنجيلا ميركل', 'place:berlin=برلين', 'found=جولي برانكوفيتش', 'place:moscow=موسكو']));
    expect(reading.painted!.find((e) => e.id === 'person:angela-merkel')).toMatchObject({ gender: 'f', nameEn: 'Angela Merkel' });
  });

  it('reads nothing more of a text that is not Arabic news, unless the reader asked ("Analyse this page")', () => {
    const short = 'قال سيرغي لافروف في موسكو إن الحل سياسي.';
    const texts: PageTexts = { article: { text: short, signals: {} }, painted: short };
    const reading = readPageTexts(texts, builtinGazetteer());
    expect(reading).toEqual({ detection: expect.objectContaining({ isArabic: true, isArabicNews: false, reason: expect.stringMatching(/too short/) }) });
    const forced = readPageTexts({ ...texts, force: true }, builtinGazetteer());
    expect(forced.entities!.map((e) => e.id)).toEqual(expect.arrayContaining(['person:sergei-lavrov', 'place:moscow']));
    expect(forced.painted).toHaveLength(2);
    // An English page is not read at all, forced or not.
    const english = 'The foreign minister said on Monday that talks would resume in Geneva before the end of the month.';
    expect(readPageTexts({ article: { text: english, signals: {} }, painted: english, force: true }, builtinGazetteer())).toEqual({
      detection: expect.objectContaining({ isArabic: false }),
    });
  });

  it('reads the painted text alone when no article is sent (the page repaints a text that changed)', () => {
    const reading = readPageTexts({ painted: PAINTED }, builtinGazetteer());
    expect(reading.detection).toBeUndefined();
    expect(reading.entities).toBeUndefined();
    expect(reading.painted!.map((e) => e.id)).toContain('person:angela-merkel');
  });

  it('marks the mentions that are the user’s own names, which the page paints only if the user chose so', () => {
    const added: KnowledgeEdit = { id: 'place:berlin', origin: 'edit', aliases: ['برلين الغربية'], updatedAt: '2024-01-01T00:00:00.000Z' };
    const text = 'وأكدت أنجيلا ميركل في برلين الغربية أن المحادثات ستعقد في برلين.';
    const reading = readPageTexts({ painted: text }, userGazetteer([added]), ownNames([added]));
    const marks = reading.painted!.flatMap((e) => e.mentions.map(([s, t, own]) => `${text.slice(s, t)}${own === 1 ? ' (own)' : ''}`));
    expect(marks).toEqual(expect.arrayContaining(['أنجيلا ميركل', 'برلين الغربية (own)', 'برلين']));
    // Without the test, none is marked.
    expect(readPageTexts({ painted: text }, userGazetteer([added])).painted!.flatMap((e) => e.mentions).some((m) => m.length > 2)).toBe(false);
  });
});
