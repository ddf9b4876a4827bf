import { describe, expect, it } from 'vitest';
import { normalize } from '../arabic/normalize';
import { isStopword } from '../knowledge/stoplist';
import {
  AMBIGUOUS_GIVEN_NAMES,
  COMPOUND_FIRST,
  GIVEN_NAME_COMPOUNDS,
  GIVEN_NAMES,
  NAME_PARTICLES,
  WEAK_NAME_PARTICLES,
} from './given-names';

const SINGLE_WORD_SETS: Record<string, ReadonlySet<string>> = {
  GIVEN_NAMES,
  AMBIGUOUS_GIVEN_NAMES,
  NAME_PARTICLES,
  WEAK_NAME_PARTICLES,
  COMPOUND_FIRST,
};

/**
 * The stoplist keeps some very common given names from matching as a one-word alias («محمد»,
 * «علي», «أمل» ...; its last lines, and «عبد» «الله» from «عبد الله»). Those are names here, as
 * they should be; every other stopword is a function word and is in no list.
 */
const NAMES_IN_STOPLIST = new Set(
  'محمد أحمد محمود علي حسن حسين عمر خالد عبدالله عبد إبراهيم يوسف مصطفى سعيد أمل نور سلام'
    .split(' ')
    .map(normalize),
);

/** Function words that folding makes look like names, and that the stoplist does not hold. */
const FOLDED_FUNCTION_WORDS = ['الآن', 'أنا', 'آن', 'بأن', 'فإن', 'إني', 'إلينا', 'لولا', 'متى', 'أيضا', 'إذن', 'لي', 'كي'];

/** Ordinary words of news prose that are no given name (the brief's examples among them). */
const COMMON_WORDS = [
  'الرئيس', 'الوزير', 'وزير', 'قائد', 'شيخ', 'الشيخ', 'مصر', 'شعب', 'بين', 'رئيس', 'حكومة', 'دولة',
  'قال', 'أكد', 'اليوم', 'عام', 'مسؤول', 'العقيد', 'المتحدث', 'الخارجية', 'مدينة', 'ملا', 'حزب',
];

describe('given-name lists', () => {
  for (const [name, set] of Object.entries(SINGLE_WORD_SETS)) {
    it(`${name} holds normalised single words of at least 2 letters`, () => {
      expect(set.size).toBeGreaterThan(0);
      for (const w of set) {
        expect(w, w).toBe(normalize(w));
        expect(w, w).toMatch(/^[\u0621-\u064a]{2,}$/u);
      }
    });
  }

  it('GIVEN_NAME_COMPOUNDS holds normalised two-word names joined by one space', () => {
    for (const c of GIVEN_NAME_COMPOUNDS) {
      expect(c, c).toBe(c.split(' ').map(normalize).join(' '));
      expect(c, c).toMatch(/^[\u0621-\u064a]{2,} [\u0621-\u064a]{2,}$/u);
    }
  });

  it('COMPOUND_FIRST is exactly the first words of the compounds', () => {
    const firsts = new Set([...GIVEN_NAME_COMPOUNDS].map((c) => c.split(' ')[0]!));
    expect([...COMPOUND_FIRST].sort()).toEqual([...firsts].sort());
  });

  it('no name is both unambiguous and ambiguous', () => {
    expect([...GIVEN_NAMES].filter((w) => AMBIGUOUS_GIVEN_NAMES.has(w))).toEqual([]);
  });

  it('particles are no given names, and a weak particle is not a plain one', () => {
    const names = (w: string) => GIVEN_NAMES.has(w) || AMBIGUOUS_GIVEN_NAMES.has(w);
    expect([...NAME_PARTICLES].filter(names)).toEqual([]);
    expect([...WEAK_NAME_PARTICLES].filter(names)).toEqual([]);
    expect([...WEAK_NAME_PARTICLES].filter((w) => NAME_PARTICLES.has(w))).toEqual([]);
  });

  it('no entry is a function word of the stoplist (bar the given names it holds)', () => {
    for (const set of [GIVEN_NAMES, AMBIGUOUS_GIVEN_NAMES, NAME_PARTICLES, COMPOUND_FIRST]) {
      expect([...set].filter((w) => isStopword(w) && !NAMES_IN_STOPLIST.has(w))).toEqual([]);
    }
  });

  it('names the stoplist holds are given names here; «علي» (= على) is ambiguous', () => {
    for (const w of ['محمد', 'أحمد', 'مصطفى', 'إبراهيم', 'يوسف', 'خالد', 'حسين', 'عبدالله']) {
      expect(GIVEN_NAMES.has(normalize(w)), w).toBe(true);
    }
    for (const w of ['علي', 'حسن', 'سعيد', 'أمل', 'نور', 'سلام', 'عمر']) {
      expect(AMBIGUOUS_GIVEN_NAMES.has(normalize(w)), w).toBe(true);
    }
  });

  it('no name or plain particle is a function word once folded', () => {
    const sets = { GIVEN_NAMES, AMBIGUOUS_GIVEN_NAMES, NAME_PARTICLES, COMPOUND_FIRST };
    for (const w of FOLDED_FUNCTION_WORDS.map(normalize)) {
      for (const [name, set] of Object.entries(sets)) expect(set.has(w), `${w} in ${name}`).toBe(false);
    }
  });

  it('ordinary words and titles are in neither name set', () => {
    for (const w of COMMON_WORDS.map(normalize)) {
      expect(GIVEN_NAMES.has(w), w).toBe(false);
      expect(AMBIGUOUS_GIVEN_NAMES.has(w), w).toBe(false);
    }
  });

  it('matches normalised text: spelling variants of one name fold to one entry', () => {
    for (const w of ['إيمانويل', 'ايمانويل', 'إبراهيم', 'ابراهيم', 'مصطفى', 'مصطفي', 'فاطمة', 'فاطمه']) {
      expect(GIVEN_NAMES.has(normalize(w)), w).toBe(true);
    }
    expect(GIVEN_NAMES.has('إيمانويل')).toBe(false); // the raw form is not there: normalise first
  });

  it('holds given names of every origin, with their usual variants', () => {
    const spot = [
      'جولي', 'جون', 'فؤاد', 'بشار', 'عمرو', 'مسعود', 'نيجيرفان', 'رجب', 'عائشة', 'خديجة',
      'جورج', 'ديفيد', 'دافيد', 'سيرغي', 'سيرجي', 'سيرجيه', 'فلاديمير', 'فرانسوا', 'فرنسوا',
      'أنغيلا', 'أنجيلا', 'هيلاري', 'كوندوليزا', 'كونداليزا', 'خافيير', 'جان', 'بنيامين',
      'شينزو', 'نواز', 'عبدالرحمن',
    ];
    for (const w of spot) expect(GIVEN_NAMES.has(normalize(w)), w).toBe(true);
  });

  it('reads names that are also common words as ambiguous', () => {
    const spot = [
      'أمين', 'سعيد', 'كريم', 'جميل', 'نبيل', 'عادل', 'صالح', 'فارس', 'حسن', 'منير', 'سالم', 'ناجي',
      'أمل', 'نور', 'حياة', 'سلام', 'وفاء', 'رجاء', 'فرح', 'هدى', 'منى', 'جمال', 'ملك', 'أمير',
      'باسم', 'سلمى', 'يسرى', 'إلياس',
    ];
    for (const w of spot) expect(AMBIGUOUS_GIVEN_NAMES.has(normalize(w)), w).toBe(true);
  });

  it('has particles and two-word names', () => {
    for (const w of ['بن', 'ابن', 'بنت', 'أبو', 'أبي', 'آل', 'عبد', 'دي', 'دو', 'دا', 'ديل', 'فون']) {
      expect(NAME_PARTICLES.has(normalize(w)), w).toBe(true);
    }
    for (const w of ['لا', 'لو', 'أم', 'فان']) expect(WEAK_NAME_PARTICLES.has(normalize(w)), w).toBe(true);
    for (const c of ['عبد الله', 'عبد الرحمن', 'أبو بكر', 'نور الدين', 'سيف الإسلام', 'علي أكبر']) {
      expect(GIVEN_NAME_COMPOUNDS.has(c.split(' ').map(normalize).join(' ')), c).toBe(true);
    }
    for (const w of ['عبد', 'أبو', 'نور', 'سيف', 'علي']) expect(COMPOUND_FIRST.has(normalize(w)), w).toBe(true);
    expect(GIVEN_NAME_COMPOUNDS.has(normalize('حزب الله'))).toBe(false);
  });

  it('is about the size planned', () => {
    expect(GIVEN_NAMES.size).toBeGreaterThan(1000);
    expect(AMBIGUOUS_GIVEN_NAMES.size).toBeGreaterThan(200);
  });
});
