import { describe, expect, it } from 'vitest';
import { isWord, nameTokens, tokenize, TokenKind, tokenText, type Tokens } from './tokenize';

/** The tokens as [kind, text] pairs. */
function pairs(t: Tokens): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let i = 0; i < t.count; i++) out.push([t.kind[i]!, tokenText(t, i)]);
  return out;
}

const { Arabic, Latin, Number: Num, Quote, Punct, Break } = TokenKind;

describe('tokenize: words and numbers', () => {
  it('splits Arabic words on spaces, with offsets into the text', () => {
    const t = tokenize('قال  ماكرون اليوم');
    expect(pairs(t)).toEqual([
      [Arabic, 'قال'],
      [Arabic, 'ماكرون'],
      [Arabic, 'اليوم'],
    ]);
    expect([t.start[1], t.end[1]]).toEqual([5, 11]);
  });

  it('makes a Latin word a Latin token, apart from the Arabic next to it', () => {
    expect(pairs(tokenize('قال macron لفرانس'))).toEqual([
      [Arabic, 'قال'],
      [Latin, 'macron'],
      [Arabic, 'لفرانس'],
    ]);
  });

  it('splits a word where the script changes', () => {
    expect(pairs(tokenize('isisداعش'))).toEqual([
      [Latin, 'isis'],
      [Arabic, 'داعش'],
    ]);
  });

  it('makes a run of digits a Number token', () => {
    expect(pairs(tokenize('عام 2019'))).toEqual([
      [Arabic, 'عام'],
      [Num, '2019'],
    ]);
  });

  it('keeps a decimal point inside a number', () => {
    expect(pairs(tokenize('نحو 3.5 مليون'))).toEqual([
      [Arabic, 'نحو'],
      [Num, '3.5'],
      [Arabic, 'مليون'],
    ]);
  });

  it('keeps a thousands comma inside a number', () => {
    expect(pairs(tokenize('1,200 جندي'))).toEqual([
      [Num, '1,200'],
      [Arabic, 'جندي'],
    ]);
  });

  it('leaves a full stop after a number as punctuation', () => {
    expect(pairs(tokenize('عام 2019.'))).toEqual([
      [Arabic, 'عام'],
      [Num, '2019'],
      [Punct, '.'],
    ]);
  });
});

describe('tokenize: quotes, punctuation and breaks', () => {
  const QUOTES = ['"', "'", '«', '»', '“', '”', '„', '‹', '›', '‘', '’', '「', '」'];

  it.each(QUOTES)('makes the quotation mark %s a Quote token of its own', (q) => {
    expect(pairs(tokenize(`${q}الدوله${q}`))).toEqual([
      [Quote, q],
      [Arabic, 'الدوله'],
      [Quote, q],
    ]);
  });

  it('makes each of two adjacent quotation marks its own token', () => {
    expect(pairs(tokenize('«“نعم”»'))).toEqual([
      [Quote, '«'],
      [Quote, '“'],
      [Arabic, 'نعم'],
      [Quote, '”'],
      [Quote, '»'],
    ]);
  });

  it.each(['،', '؛', '؟', '.', ','])('makes %s a Punct token', (p) => {
    expect(pairs(tokenize(`نعم${p} لا`))).toEqual([
      [Arabic, 'نعم'],
      [Punct, p],
      [Arabic, 'لا'],
    ]);
  });

  it('makes a newline a Break token', () => {
    expect(pairs(tokenize('السطر الاول\nالسطر الثاني'))).toEqual([
      [Arabic, 'السطر'],
      [Arabic, 'الاول'],
      [Break, '\n'],
      [Arabic, 'السطر'],
      [Arabic, 'الثاني'],
    ]);
  });

  it('makes one Break per newline, and treats a carriage return as space', () => {
    expect(pairs(tokenize('عنوان\r\n\r\nنص'))).toEqual([
      [Arabic, 'عنوان'],
      [Break, '\n'],
      [Break, '\n'],
      [Arabic, 'نص'],
    ]);
  });

  it('yields no tokens for empty or blank text', () => {
    expect(tokenize('').count).toBe(0);
    expect(tokenize('  \t ').count).toBe(0);
  });
});

describe('isWord', () => {
  it('is true for Arabic and Latin tokens only', () => {
    const t = tokenize('قال macron 3 « ،\n');
    const words = Array.from({ length: t.count }, (_, i) => isWord(t, i));
    expect(words).toEqual([true, true, false, false, false, false]);
  });
});

describe('nameTokens', () => {
  it('splits a name into its words', () => {
    expect(nameTokens('قوات سوريا الديمقراطيه')).toEqual(['قوات', 'سوريا', 'الديمقراطيه']);
  });

  it('skips quotation marks around part of a name', () => {
    expect(nameTokens('تنظيم “الدوله الاسلاميه”')).toEqual(['تنظيم', 'الدوله', 'الاسلاميه']);
    expect(nameTokens('تنظيم "الدوله"')).toEqual(['تنظيم', 'الدوله']);
  });
});
