import { describe, expect, it } from 'vitest';
import { stems, withoutConjunction, type Stem } from './clitics';

/** The stem record for `stem` among the stems of `word`, if offered. */
function stemOf(word: string, stem: string): Stem | undefined {
  return stems(word).find((s) => s.stem === stem);
}

// Inputs are normalised text (ة → ه), as the matcher passes them.
describe('stems', () => {
  it('strips the conjunction و from وباريس', () => {
    expect(stemOf('وباريس', 'باريس')).toEqual({ stem: 'باريس', stripped: 1, preposition: false });
  });

  it('strips the preposition ب from بسوريا', () => {
    expect(stemOf('بسوريا', 'سوريا')).toEqual({ stem: 'سوريا', stripped: 1, preposition: true });
  });

  it('strips the preposition ل from لروسيا', () => {
    expect(stemOf('لروسيا', 'روسيا')).toEqual({ stem: 'روسيا', stripped: 1, preposition: true });
  });

  it('strips the preposition ك from كسوريا', () => {
    expect(stemOf('كسوريا', 'سوريا')).toEqual({ stem: 'سوريا', stripped: 1, preposition: true });
  });

  it('strips و from والرقه and keeps the article of الرقه', () => {
    expect(stemOf('والرقه', 'الرقه')).toEqual({ stem: 'الرقه', stripped: 1, preposition: false });
  });

  it('strips the conjunction ف from فلودريان', () => {
    expect(stemOf('فلودريان', 'لودريان')).toEqual({ stem: 'لودريان', stripped: 1, preposition: false });
  });

  it('strips a conjunction and a preposition together: وبسوريا', () => {
    expect(stemOf('وبسوريا', 'سوريا')).toEqual({ stem: 'سوريا', stripped: 2, preposition: true });
  });

  it('offers the shorter strip before the longer one', () => {
    expect(stems('وبسوريا').map((s) => s.stem)).toEqual(['بسوريا', 'سوريا']);
  });

  it('reads لل+X as ال+X: للبيت → البيت', () => {
    expect(stemOf('للبيت', 'البيت')).toBeDefined();
  });

  it('keeps the written لل in the mention: for للبيت → البيت nothing is stripped', () => {
    expect(stemOf('للبيت', 'البيت')).toEqual({ stem: 'البيت', stripped: 0, preposition: true });
  });

  it('reads وللبيت as و + ل + البيت, stripping only the conjunction', () => {
    expect(stemOf('وللبيت', 'البيت')).toEqual({ stem: 'البيت', stripped: 1, preposition: true });
  });

  it('does not offer a remainder under 3 letters', () => {
    expect(stems('ولد')).toEqual([]);
    expect(stems('بها')).toEqual([]);
    expect(stems('وبلد').map((s) => s.stem)).toEqual(['بلد']);
  });

  it('offers no stem of fewer than 3 letters for any word', () => {
    for (const word of ['وله', 'فلم', 'وبه', 'ولكن', 'فبلد', 'كما', 'للبن']) {
      for (const s of stems(word)) expect(s.stem.length, `${word} → ${s.stem}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('never offers the word itself', () => {
    for (const word of ['وباريس', 'بسوريا', 'للبيت', 'فلودريان']) {
      expect(stems(word).map((s) => s.stem)).not.toContain(word);
    }
  });

  it('offers nothing for a word that does not begin with a proclitic letter', () => {
    expect(stems('سوريا')).toEqual([]);
    expect(stems('ماكرون')).toEqual([]);
    expect(stems('')).toEqual([]);
  });

  it('sets the preposition flag for ب, ل and ك and not for و or ف alone', () => {
    expect(stemOf('بموسكو', 'موسكو')?.preposition).toBe(true);
    expect(stemOf('لموسكو', 'موسكو')?.preposition).toBe(true);
    expect(stemOf('كموسكو', 'موسكو')?.preposition).toBe(true);
    expect(stemOf('وموسكو', 'موسكو')?.preposition).toBe(false);
    expect(stemOf('فموسكو', 'موسكو')?.preposition).toBe(false);
  });
});

describe('withoutConjunction', () => {
  it('drops a leading و or ف', () => {
    expect(withoutConjunction('وقال')).toBe('قال');
    expect(withoutConjunction('فاكد')).toBe('اكد');
  });

  it('keeps only the conjunction off: a following preposition stays', () => {
    expect(withoutConjunction('وبسوريا')).toBe('بسوريا');
  });

  it('leaves a word that does not begin with و or ف unchanged', () => {
    expect(withoutConjunction('قال')).toBe('قال');
    expect(withoutConjunction('بسوريا')).toBe('بسوريا');
  });

  it('leaves a word of two letters or fewer unchanged', () => {
    expect(withoutConjunction('وو')).toBe('وو');
    expect(withoutConjunction('في')).toBe('في');
    expect(withoutConjunction('و')).toBe('و');
  });
});
