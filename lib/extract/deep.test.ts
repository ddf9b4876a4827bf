// @vitest-environment node
/**
 * A page nested thousands of elements deep, read as the CLI reads a file (linkedom): before, the
 * walk recursed (a stack overflow at this depth) and Readability's scoring, quadratic in depth,
 * took 12 s at 1,000 levels and minutes at 4,000. Now the nesting below MAX_DEPTH is flattened
 * first and every walk is iterative.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, readText } from '../dom/text';
import { readPage } from './read-page';

const SENTENCES = [
  'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تسعى إلى تهدئة دائمة في إدلب وتدعم المحادثات.',
  'وأضاف أن المحادثات مع أنقرة كانت بناءة وأن الجانبين اتفقا على مواصلة التنسيق في الأسابيع المقبلة.',
  'وأكد أن الحل السياسي هو السبيل الوحيد لإنهاء الأزمة وأن بلاده مستعدة للعمل مع جميع الأطراف.',
];

function deepPage(depth: number): Document {
  const story = SENTENCES.map((s) => `<p>${s}</p>`).join('');
  const html = `<!doctype html><html lang="ar"><head><title>لافروف يبحث الوضع في إدلب</title></head><body>${'<div>'.repeat(depth)}<article>${story.repeat(3)}</article>${'</div>'.repeat(depth)}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}

describe('a page nested 20,000 elements deep', () => {
  const doc = deepPage(20_000);

  it('is walked without running out of call stack', () => {
    const text = readText(doc.body, ARTICLE_TEXT).text;
    for (const s of SENTENCES) expect(text).toContain(s);
  });

  it('is read as an article, its text whole', () => {
    const { article } = readPage(doc, 'https://example.com/news/1');
    expect(article.title).toBe('لافروف يبحث الوضع في إدلب');
    for (const s of SENTENCES) expect(article.text).toContain(s);
  }, 20_000);
});
