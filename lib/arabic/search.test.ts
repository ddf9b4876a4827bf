import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';
import { matchesWords, withoutProclitics } from './search';

describe('matchesWords (the statement filter)', () => {
  const said = 'وأكد أن بلاده لن تقبل بأي تدخل خارجي في عمل اللجنة الدستورية';

  it('finds a word the text writes with a proclitic or the article', () => {
    expect(matchesWords(said, 'بلاده')).toBe(true);
    expect(matchesWords(said, 'لجنة')).toBe(true); // «اللجنة», ة folded
    expect(matchesWords(said, 'تدخل')).toBe(true);
    expect(matchesWords('وماكرون قال', 'ماكرون')).toBe(true);
    expect(matchesWords('دعا إلى الحوار مع بكين', 'حوار')).toBe(true);
  });

  it('forgives hamza forms and tashkeel on either side', () => {
    expect(matchesWords(said, 'اكد')).toBe(true);
    expect(matchesWords('اعادة الاعمار', 'إعادة الإعمار')).toBe(true);
    expect(matchesWords(said, 'بِلادُه')).toBe(true);
  });

  it('finds a word typed with a proclitic as the bare word, as a whole word only', () => {
    expect(matchesWords('قال ماكرون إن', 'وماكرون')).toBe(true);
    // «فرنسا» is not ف + a prefix «رنسا…».
    expect(matchesWords('قال رنسانس', 'فرنسا')).toBe(false);
  });

  it('wants every word, in any order, and nothing that is not in the text', () => {
    expect(matchesWords(said, 'الدستورية بلاده')).toBe(true);
    expect(matchesWords(said, 'بلاده موسكو')).toBe(false);
    expect(matchesWords(said, 'جنيف')).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(matchesWords(said, '  ')).toBe(true);
  });
});

describe('withoutProclitics (the knowledge base search)', () => {
  it('strips the first word’s proclitics, shortest strip first', () => {
    expect(withoutProclitics(normalize('وماكرون'))).toEqual(['ماكرون']);
    expect(withoutProclitics(normalize('وبإيمانويل ماكرون'))).toEqual(['بايمانويل ماكرون', 'ايمانويل ماكرون']);
    expect(withoutProclitics(normalize('للأسد'))).toEqual(['لاسد', 'الاسد']);
    expect(withoutProclitics(normalize('ماكرون'))).toEqual([]);
  });
});
