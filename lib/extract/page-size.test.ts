import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import { measure, PAGE_LIMITS, readingScope, withinLimits } from './page-size';

const STORY = 'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تسعى إلى تهدئة دائمة في إدلب وتدعم المحادثات الجارية.';
const page = (html: string): Document => new DOMParser().parseFromString(`<!doctype html><html lang="ar"><head><title>خبر</title></head><body>${html}</body></html>`, 'text/html');
/** Small limits, so that the pages here can be "too large" without being megabytes. */
const LIMITS = { chars: 2_000, elements: 200 };

describe('measure', () => {
  it('counts the text a reader could see and the elements, not the text of scripts, styles and templates', () => {
    const doc = page(`<p>${STORY}</p><script>var data = "${'x'.repeat(5_000)}";</script><style>p{color:red}</style><template><p>${STORY}</p></template>`);
    expect(measure(doc.body)).toEqual({ chars: STORY.length, elements: 4 });
  });

  it('the limits are far above a long real article (300,000 characters, 5,000 elements)', () => {
    expect(withinLimits({ chars: 300_000, elements: 5_000 })).toBe(true);
    expect(withinLimits({ chars: PAGE_LIMITS.chars + 1, elements: 10 })).toBe(false);
    expect(withinLimits({ chars: 10, elements: PAGE_LIMITS.elements + 1 })).toBe(false);
  });
});

describe('readingScope', () => {
  it('reads a page within the limits whole', () => {
    expect(readingScope(page(`<article><p>${STORY}</p></article>`), LIMITS).kind).toBe('page');
  });

  it('on a page too large to read, reads the <article> alone when it is within the limits (a story under an endless comment thread)', () => {
    const comments = Array.from({ length: 60 }, (_, i) => `<li>تعليق رقم ${i}: ${STORY}</li>`).join('');
    const doc = page(`<article id="story"><h1>خبر</h1><p>${STORY}</p><p>${STORY}</p></article><section><ul>${comments}</ul></section>`);
    const scope = readingScope(doc, LIMITS);
    expect(scope.kind).toBe('part');
    if (scope.kind !== 'part') return;
    expect(scope.root.id).toBe('story');
    expect(scope.page.chars).toBeGreaterThan(LIMITS.chars);
    // Extracted from that part only: the comments are not in the text.
    const article = extractArticle(doc, 'https://example.com/a', Date.now(), { within: scope.root });
    expect(article.text).toContain(STORY);
    expect(article.text).not.toContain('تعليق رقم');
  });

  it('declines a page too large whose story is not marked, or is itself too large', () => {
    const long = `<p>${STORY.repeat(30)}</p>`;
    expect(readingScope(page(`<div>${long}</div>`), LIMITS)).toEqual({ kind: 'too-large', page: { chars: STORY.length * 30, elements: 2 } });
    expect(readingScope(page(`<article>${long}</article>`), LIMITS).kind).toBe('too-large');
    const spans = `<article><p>${Array.from({ length: 300 }, () => '<span>نص</span>').join(' ')}</p></article>`;
    expect(readingScope(page(spans), LIMITS)).toMatchObject({ kind: 'too-large', page: { elements: 302 } });
  });
});
