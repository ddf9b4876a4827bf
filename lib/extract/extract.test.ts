import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../tests/fixtures';
import { extractArticle } from './extract';
import { isoDate, readMetadata } from './metadata';

const URL_ = 'https://alrased.example/news/2019/11/04/lavrov-geneva?utm_source=x';

describe('extractArticle', () => {
  const doc = fixtureDocument('geneva-talks.html');
  const article = extractArticle(doc, URL_);

  it('keeps the story and drops menus, the ticker, related links and the footer', () => {
    expect(article.readable).toBe(true);
    expect(article.text).toContain('أعلن وزير الخارجية الروسي، سيرغي لافروف');
    expect(article.text).toContain('بيدرسن: التسوية تحتاج إلى دعم دولي واسع');
    for (const furniture of ['الرئيسية', 'انقطاع الكهرباء', 'أخبار ذات صلة', 'سوتشي', 'جميع الحقوق محفوظة', 'window.analytics']) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('puts the title first, then a blank line, then the body paragraphs one per line', () => {
    expect(article.title).toBe('لافروف: موسكو مستعدة لاستئناف محادثات جنيف');
    expect(article.text.startsWith(article.title + '\n\n')).toBe(true);
    expect(article.bodyStart).toBe(article.title!.length + 2);
    const paragraphs = article.text.slice(article.bodyStart).split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(10);
    expect(paragraphs.every((p) => p.trim() === p && p.length > 0)).toBe(true);
  });

  it('reads site, canonical URL, byline and publication date from the metadata', () => {
    expect(article.site).toBe('الراصد نيوز');
    expect(article.canonicalUrl).toBe('https://alrased.example/news/2019/11/04/lavrov-geneva');
    expect(article.byline).toBe('سارة المصري');
    expect(article.publishedAt).toBe('2019-11-04');
    expect(article.declaredArticle).toBe(true);
  });

  it('leaves the live document untouched', () => {
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, URL_);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readMetadata', () => {
  const page = (head: string, body = '<p>نص</p>') =>
    new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

  it('takes the date from JSON-LD when there is no meta tag, even inside @graph', () => {
    const doc = page('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2021-03-09T12:00:00Z","author":{"name":"كاتب"}}]}</script>');
    const m = readMetadata(doc, 'https://x.example/a');
    expect(m.publishedAt).toBe('2021-03-09');
    expect(m.byline).toBe('كاتب');
    expect(m.declaredArticle).toBe(true);
  });

  it('falls back to <time datetime> and to the host name for the site', () => {
    const m = readMetadata(page('', '<time datetime="2020-07-01">١ تموز</time>'), 'https://www.news.example/x');
    expect(m.publishedAt).toBe('2020-07-01');
    expect(m.site).toBe('news.example');
  });

  it('skips a malformed JSON-LD block instead of failing', () => {
    const doc = page('<script type="application/ld+json">{ not json</script><meta property="article:published_time" content="2018-12-30T08:00:00Z">');
    expect(readMetadata(doc).publishedAt).toBe('2018-12-30');
  });

  it('normalises dates and rejects what is not one', () => {
    expect(isoDate('2019-01-03T10:00:00+02:00')).toBe('2019-01-03');
    expect(isoDate('Thu, 03 Jan 2019 10:00:00 GMT')).toBe('2019-01-03');
    expect(isoDate('أمس')).toBeNull();
    expect(isoDate(null)).toBeNull();
  });
});

describe('extractArticle on pages Readability cannot read', () => {
  it('falls back to the whole body text of a short page', () => {
    const doc = new DOMParser().parseFromString('<html><body><div>خبر قصير عن دمشق</div></body></html>', 'text/html');
    const a = extractArticle(doc);
    expect(a.text).toContain('خبر قصير عن دمشق');
  });

  it('copes with malformed HTML', () => {
    const doc = new DOMParser().parseFromString('<html><body><p>فقرة أولى <b>غير مغلقة<p>فقرة <i>ثانية</body>', 'text/html');
    const a = extractArticle(doc);
    expect(a.text).toContain('فقرة أولى');
    expect(a.text).toContain('ثانية');
  });
});
