/**
 * Links to a statement's place in its article: text fragments with the statement's words and its
 * context, checked against a reading of the Text Fragments spec (which occurrence a browser scrolls to).
 */
import { describe, expect, it } from 'vitest';
import { STATEMENT_CONTEXT, textFragmentUrl, type Passage } from './text-fragment';

/** A statement of `text` as the corpus keeps it: its words and the article's text around them. */
function passage(text: string, words: string, occurrence = 0): Required<Passage> & { start: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`«${words}» is not in the text ${occurrence + 1} times`);
  const end = start + words.length;
  return { start, text: words, prefix: text.slice(Math.max(0, start - STATEMENT_CONTEXT), start), suffix: text.slice(end, end + STATEMENT_CONTEXT) };
}

/** The directive's terms, decoded: prefix (without its '-'), start, end, suffix. */
function directive(url: string) {
  const raw = url.split('#:~:text=')[1];
  if (raw === undefined) return undefined;
  const parts = raw.split(',');
  const prefix = parts[0]!.endsWith('-') ? decodeURIComponent(parts.shift()!.slice(0, -1)) : null;
  const suffix = parts.at(-1)!.startsWith('-') ? decodeURIComponent(parts.pop()!.slice(1)) : null;
  return { prefix, start: decodeURIComponent(parts[0]!), end: parts[1] === undefined ? null : decodeURIComponent(parts[1]), suffix, terms: raw.split(',').length };
}

const SPACE = /[ \t]/;
const boundaryBefore = (text: string, i: number) => i === 0 || /[\s.,،؛:«»"()]/.test(text[i - 1]!);
const boundaryAfter = (text: string, i: number) => i === text.length || /[\s.,،؛:«»"()]/.test(text[i]!);
const skipSpaces = (text: string, i: number) => {
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
};

/**
 * Where a browser scrolls to in `text` for the fragment of `url` (the spec's matching, on a text
 * whose blocks are its lines): the first place where the prefix, whole words from a word start,
 * is followed (across spaces only, in the same block) by the start, the end after it, then (across
 * spaces) the suffix ending at a word end. -1 when nothing matches.
 */
function scrollsTo(text: string, url: string): number {
  const d = directive(url)!;
  for (let i = 0; i < text.length; i++) {
    let at = i;
    if (d.prefix !== null) {
      if (!text.startsWith(d.prefix, i) || !boundaryBefore(text, i)) continue;
      at = skipSpaces(text, i + d.prefix.length);
    } else if (!boundaryBefore(text, i)) continue;
    if (!text.startsWith(d.start, at)) continue;
    let after = at + d.start.length;
    if (d.end !== null) {
      const e = text.indexOf(d.end, after);
      if (e < 0) continue;
      after = e + d.end.length;
    }
    if (d.suffix !== null) {
      const s = skipSpaces(text, after);
      if (!text.startsWith(d.suffix, s) || !boundaryAfter(text, s + d.suffix.length)) continue;
    } else if (d.end === null && !boundaryAfter(text, after)) continue;
    return at;
  }
  return -1;
}

describe('textFragmentUrl', () => {
  it('links a short statement whole, replacing any fragment the URL had', () => {
    expect(textFragmentUrl('https://x.example/a#top', { text: 'قال إن الحل سياسي' })).toBe(`https://x.example/a#:~:text=${encodeURIComponent('قال إن الحل سياسي')}`);
  });

  it('links a long statement by its first and last five words', () => {
    const d = directive(textFragmentUrl('https://x.example/a', { text: 'واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر' }))!;
    expect(d).toMatchObject({ prefix: null, start: 'واحد اثنان ثلاثة أربعة خمسة', end: 'ثمانية تسعة عشرة أحد عشر', suffix: null });
  });

  it('opens a statement said twice in an article at its own place, by the words before it', () => {
    const text =
      'المفاوضات في جنيف\n\n' +
      'قال وزير الخارجية الروسي إن الحل سياسي ولا بديل عنه. ' +
      'وفي المساء قال المتحدث باسم الحكومة السورية إن الحل سياسي ولا بديل عنه.';
    const first = passage(text, 'الحل سياسي ولا بديل عنه', 0);
    const second = passage(text, 'الحل سياسي ولا بديل عنه', 1);
    // Without its context a browser would open both at the first.
    expect(scrollsTo(text, textFragmentUrl('https://x.example/a', { text: second.text }))).toBe(first.start);
    const url = textFragmentUrl('https://x.example/a', second);
    expect(scrollsTo(text, url)).toBe(second.start);
    expect(scrollsTo(text, textFragmentUrl('https://x.example/a', first))).toBe(first.start);
    // The prefix is what tells them apart: the words right before the second.
    expect(directive(url)!.prefix).toMatch(/السورية إن$/);
  });

  it('opens a statement said twice at its own place by the words after it when the words before are the same', () => {
    const text = 'عنوان\n\nقال المتحدث إن الهدنة صامدة في الشمال. وقال المتحدث إن الهدنة صامدة في الجنوب.';
    const second = passage(text, 'الهدنة صامدة', 1);
    expect(second.prefix).toContain('وقال المتحدث إن');
    expect(scrollsTo(text, textFragmentUrl('https://x.example/a', second))).toBe(second.start);
    expect(directive(textFragmentUrl('https://x.example/a', second))!.suffix).toBe('في الجنوب.');
  });

  it('leaves out a word the context cut in two, so that the context is whole words', () => {
    // The 32 characters before the statement begin inside «المتحدثون».
    const text = 'عنوان\n\nوقال المتحدثون باسم الحكومة إنهم أكدوا أن الحل سياسي وأن الحوار مستمر بين جميع الأطراف المعنية بالأزمة';
    const p = passage(text, 'الحل سياسي');
    expect(p.prefix).toHaveLength(STATEMENT_CONTEXT);
    expect(text.slice(0, p.start - STATEMENT_CONTEXT).endsWith(' ')).toBe(false);
    const d = directive(textFragmentUrl('https://x.example/a', p))!;
    expect(p.prefix.startsWith(d.prefix!)).toBe(false);
    expect(p.prefix.trimEnd().endsWith(d.prefix!)).toBe(true);
    expect(d.prefix).toBe('باسم الحكومة إنهم أكدوا أن');
    expect(d.suffix).toBe('وأن الحوار مستمر بين جميع');
    expect(text).toContain(` ${d.prefix} `);
    // The suffix likewise: it ends before the word the cut split.
    expect(p.suffix).toHaveLength(STATEMENT_CONTEXT);
    expect(p.suffix.startsWith(' ' + d.suffix!)).toBe(true);
    expect(scrollsTo(text, textFragmentUrl('https://x.example/a', p))).toBe(p.start);
    // Kept whole, the cut word would not match at a word's start: nothing would open.
    const whole = `https://x.example/a#:~:text=${encodeURIComponent(p.prefix.trim())}-,${encodeURIComponent(p.text)}`;
    expect(scrollsTo(text, whole)).toBe(-1);
  });

  it('keeps the context within the statement’s paragraph (a text fragment does not match across blocks)', () => {
    const text = 'عنوان الخبر\n\nالحل سياسي كما قال الوزير.\nوقال مسؤول إن الحل سياسي';
    const first = passage(text, 'الحل سياسي', 0);
    const d = directive(textFragmentUrl('https://x.example/a', first))!;
    expect(d.prefix).toBeNull();
    expect(d.suffix).toBe('كما قال الوزير.');
    const last = passage(text, 'الحل سياسي', 1);
    const e = directive(textFragmentUrl('https://x.example/a', last))!;
    expect(e).toMatchObject({ prefix: 'وقال مسؤول إن', suffix: null });
    expect(scrollsTo(text, textFragmentUrl('https://x.example/a', last))).toBe(last.start);
  });

  it('needs no context for statements stored without one', () => {
    expect(textFragmentUrl('https://x.example/a', { text: 'الحل سياسي', prefix: '', suffix: '' })).toBe(textFragmentUrl('https://x.example/a', { text: 'الحل سياسي' }));
    expect(textFragmentUrl('https://x.example/a', { text: '  ', prefix: 'قال', suffix: 'أمس' })).toBe('https://x.example/a');
  });

  it('percent-encodes the characters the syntax reserves (- , &) in every term', () => {
    const url = textFragmentUrl('https://x.example/a', { text: 'سوريا-تركيا, حدود & معابر', prefix: 'قال: الحدود-المعابر، & ', suffix: ' - وأضاف, أمس' });
    const raw = url.split('#:~:text=')[1]!;
    // Three terms, the only '-' the ones that mark the prefix and the suffix, no ',' but the separators, no '&'.
    expect(raw.split(',')).toHaveLength(3);
    expect(raw).not.toContain('&');
    expect(raw.replace(/-,/, ',').replace(/,-/, ',')).not.toContain('-');
    expect(raw).toContain('%2D');
    expect(raw).toContain('%2C');
    expect(raw).toContain('%26');
    expect(directive(url)).toMatchObject({ prefix: 'قال: الحدود-المعابر، &', start: 'سوريا-تركيا, حدود & معابر', end: null, suffix: '- وأضاف, أمس' });
  });
});
