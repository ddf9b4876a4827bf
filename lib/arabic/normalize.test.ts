import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithMap, originalOffset, toOriginalRange } from './normalize';

/** Finds `needle` in the normalised form of `original` and maps it back to the original text. */
function originalOf(original: string, needle: string): string {
  const norm = normalizeWithMap(original);
  const at = norm.text.indexOf(needle);
  expect(at, `"${needle}" in "${norm.text}"`).toBeGreaterThanOrEqual(0);
  const [start, end] = toOriginalRange(norm, at, at + needle.length);
  return original.slice(start, end);
}

describe('normalize: letter folds', () => {
  it('folds أ إ آ ٱ to bare alef', () => {
    expect(normalize('أ إ آ ٱ')).toBe('ا ا ا ا');
    expect(normalize('إيمانويل')).toBe('ايمانويل');
    expect(normalize('أردوغان')).toBe('اردوغان');
    expect(normalize('آشتون')).toBe('اشتون');
    expect(normalize('ٱلقدس')).toBe('القدس');
  });

  it('folds alef maqsura ى to ya ي', () => {
    expect(normalize('مصطفى')).toBe('مصطفي');
    expect(normalize('على')).toBe('علي');
  });

  it('folds ta marbuta ة to ha ه', () => {
    expect(normalize('الرقة')).toBe('الرقه');
    expect(normalize('حماة')).toBe('حماه');
  });

  it('keeps the hamza carriers ؤ and ئ', () => {
    expect(normalize('مؤتمر')).toBe('مؤتمر');
    expect(normalize('رئيس')).toBe('رئيس');
  });

  it('leaves spaces, punctuation and plain letters untouched', () => {
    const plain = 'قال ماكرون: «نعم»، ثم غادر.';
    expect(normalize(plain)).toBe(plain);
  });
});

describe('normalize: deleted marks', () => {
  it('deletes every tashkeel mark from U+064B to U+065F and the superscript alef U+0670', () => {
    let marks = '';
    for (let c = 0x064b; c <= 0x065f; c++) marks += String.fromCharCode(c);
    marks += '\u0670';
    expect(normalize(marks)).toBe('');
    expect(normalize(`ب${marks}ت`)).toBe('بت');
  });

  it('deletes tashkeel inside a name', () => {
    expect(normalize('مَاكْرُون')).toBe('ماكرون');
    expect(normalize('بُوتِينُ')).toBe('بوتين');
    expect(normalize('هٰذا')).toBe('هذا');
  });

  it('deletes tatweel inside a name', () => {
    expect(normalize('ماكـــرون')).toBe('ماكرون');
    expect(normalize('ـبوتين')).toBe('بوتين');
  });

  it('deletes zero-width spaces and joiners', () => {
    expect(normalize('ماك\u200Bرون')).toBe('ماكرون'); // zero-width space
    expect(normalize('ماك\u200Cرون')).toBe('ماكرون'); // ZWNJ
    expect(normalize('ماك\u200Dرون')).toBe('ماكرون'); // ZWJ
    expect(normalize('\uFEFFماكرون')).toBe('ماكرون'); // BOM / zero-width no-break space
  });

  it('deletes the word joiner U+2060, a zero-width mark', () => {
    expect(normalize('ماك\u2060رون')).toBe('ماكرون');
  });

  it('deletes bidi marks, embeddings, overrides and isolates', () => {
    expect(normalize('\u200Fماكرون\u200E')).toBe('ماكرون'); // RLM, LRM
    expect(normalize('\u061Cماكرون')).toBe('ماكرون'); // Arabic letter mark
    expect(normalize('\u202Bماكرون\u202C')).toBe('ماكرون'); // RLE … PDF
    expect(normalize('\u202Eماكرون\u202C')).toBe('ماكرون'); // RLO … PDF
    expect(normalize('\u2067ماكرون\u2069')).toBe('ماكرون'); // RLI … PDI
    expect(normalize('\u2066Paris\u2069')).toBe('paris'); // LRI … PDI
  });
});

describe('normalize: variants, presentation forms, digits, case', () => {
  it('folds Persian/Urdu yeh ی to ي and keheh ک to ك', () => {
    expect(normalize('ی')).toBe('ي');
    expect(normalize('ک')).toBe('ك');
    expect(normalize('کابل')).toBe('كابل');
  });

  it('folds ە and ۀ to ه', () => {
    expect(normalize('ە')).toBe('ه');
    expect(normalize('ۀ')).toBe('ه');
  });

  it('folds گ to ك, پ to ب and چ to ج', () => {
    expect(normalize('گ')).toBe('ك');
    expect(normalize('پ')).toBe('ب');
    expect(normalize('چ')).toBe('ج');
    expect(normalize('پوتین')).toBe('بوتين');
  });

  it('decomposes the lam-alef ligature ﻻ into لا', () => {
    expect(normalize('ﻻ')).toBe('لا');
    expect(normalize('ﻼ')).toBe('لا');
  });

  it('turns contextual presentation forms into base letters', () => {
    expect(normalize('ﺑ')).toBe('ب');
    expect(normalize('ﺑﻴﺮﻭﺕ')).toBe('بيروت');
    expect(normalize('ﺍﻟﺴﻼﻡ')).toBe('السلام');
  });

  it('turns Arabic-Indic digits ٠-٩ into ASCII digits', () => {
    expect(normalize('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalize('عام ٢٠١٩')).toBe('عام 2019');
  });

  it('turns Eastern Arabic-Indic digits ۰-۹ into ASCII digits', () => {
    expect(normalize('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('lower-cases Latin letters', () => {
    expect(normalize('Emmanuel MACRON')).toBe('emmanuel macron');
    expect(normalize('ISIS')).toBe('isis');
  });

  it('lower-cases accented Latin capitals too', () => {
    expect(normalize('ÉLYSÉE')).toBe('élysée');
  });
});

describe('normalizeWithMap and toOriginalRange', () => {
  it('maps each folded character to its original offset and ends with the original length', () => {
    const original = 'مَا';
    const norm = normalizeWithMap(original);
    expect(norm.text).toBe('ما');
    expect([0, 1, 2].map((i) => originalOffset(norm, i))).toEqual([0, 2, 3]);
  });

  it('is the identity map on text that needs no folding', () => {
    const norm = normalizeWithMap('قال ماكرون');
    expect(Array.from({ length: 11 }, (_, i) => originalOffset(norm, i))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('maps a name with tashkeel back to the whole original word, marks included', () => {
    expect(originalOf('قال الرئيس مَاكْرُونُ إن باريس', 'ماكرون')).toBe('مَاكْرُونُ');
  });

  it('maps a name with tatweel back to the whole original word', () => {
    expect(originalOf('زار ماكـــرون بيروت', 'ماكرون')).toBe('ماكـــرون');
  });

  it('maps a name after folded letters back to exactly its characters', () => {
    // Earlier deletions (tashkeel, zero-width marks) shift offsets; the map must undo that.
    expect(originalOf('أَعْلَنَ\u200F الرَّئِيسُ إيمانويل ماكرون', 'ايمانويل ماكرون')).toBe('إيمانويل ماكرون');
  });

  it('maps a name followed by punctuation without swallowing the punctuation', () => {
    expect(originalOf('قال بُوتِينُ، ثم غادر', 'بوتين')).toBe('بُوتِينُ');
  });

  it('maps a decomposed ligature back to the single original character', () => {
    const original = 'ﺍﻟﺴﻼﻡ عليكم';
    expect(originalOf(original, 'السلام')).toBe('ﺍﻟﺴﻼﻡ');
  });

  it('maps a range at the very end of the text to the end of the original', () => {
    const original = 'قال ماكرونُ';
    const norm = normalizeWithMap(original);
    expect(toOriginalRange(norm, 4, norm.text.length)).toEqual([4, original.length]);
  });
});
