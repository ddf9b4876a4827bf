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

  it('passes over a malformed date to the next source (a malformed date came through before)', () => {
    const doc = page(
      '<meta property="article:published_time" content="2021-02-30T10:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-02-18T08:00:00Z"}</script>',
    );
    expect(readMetadata(doc).publishedAt).toBe('2021-02-18');
    expect(readMetadata(page('<meta property="article:published_time" content="2021-13-45">')).publishedAt).toBeNull();
    expect(readMetadata(page('<meta name="date" content="07 أكتوبر 2020">')).publishedAt).toBe('2020-10-07');
  });

  describe('the site: og:site_name, the JSON-LD publisher, the built-in list by host, else the host', () => {
    const OG = '<meta property="og:site_name" content="الموقع كما يسمي نفسه">';
    const LD = '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"الناشر"}}</script>';
    const AL_JAZEERA = 'https://www.aljazeera.net/news/2021/1/1/x';
    it.each([
      [OG + LD, AL_JAZEERA, 'الموقع كما يسمي نفسه'],
      [LD, AL_JAZEERA, 'الناشر'],
      ['', AL_JAZEERA, 'الجزيرة نت'],
      ['<meta name="application-name" content="تطبيق الموقع">', 'https://news.example/x', 'تطبيق الموقع'],
      ['', 'https://www.news.example/x', 'news.example'],
      // A file read by the command line: the canonical URL says where it came from.
      ['<link rel="canonical" href="https://www.skynewsarabia.com/world/1">', 'file:///tmp/page.html', 'سكاي نيوز عربية'],
      ['', 'file:///tmp/page.html', null],
    ])('%s at %s → %s', (head, url, site) => {
      expect(readMetadata(page(head), url).site).toBe(site);
    });
  });

  it('takes the site’s name off the title, by any of the site’s names', () => {
    const title = (t: string, head = '', url = 'https://news.example/x') => readMetadata(page(`<title>${t}</title>${head}`), url).title;
    expect(title('عنوان الخبر - الجزيرة نت', '', 'https://www.aljazeera.net/x')).toBe('عنوان الخبر');
    expect(title('سكاي نيوز عربية | عنوان الخبر', '', 'https://www.skynewsarabia.com/x')).toBe('عنوان الخبر');
    expect(title('عنوان الخبر – العربية', '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"العربية"}}</script>')).toBe('عنوان الخبر');
    expect(title('عنوان الخبر | news.example')).toBe('عنوان الخبر');
    expect(title('بيروت - دمشق: عودة الخط', '<meta property="og:site_name" content="موقع المدار">')).toBe('بيروت - دمشق: عودة الخط');
  });

  it('passes over an og:title that is only the site’s name', () => {
    const doc = page('<meta property="og:title" content="الجزيرة نت"><title>عنوان الخبر - الجزيرة نت</title>');
    expect(readMetadata(doc, 'https://www.aljazeera.net/x').title).toBe('عنوان الخبر');
  });
});

describe('the date a reader sees by the headline', () => {
  const NOW = Date.UTC(2024, 0, 1);
  const doc = (body: string) => new DOMParser().parseFromString(`<html><head><title>عنوان الخبر الطويل هنا</title></head><body>${body}</body></html>`, 'text/html');
  const story = '<p>' + 'نص الخبر الذي يكتبه المحرر عن الأحداث في المدينة '.repeat(6) + '</p>';

  it('is read under the headline, and above it when there is none under it', () => {
    expect(extractArticle(doc(`<h1>عنوان الخبر الطويل هنا</h1><div>الأربعاء، 07 أكتوبر 2020 - 12:09 م</div>${story}`), undefined, NOW).publishedAt).toBe('2020-10-07');
    expect(extractArticle(doc(`<div>٣ تشرين الثاني/نوفمبر ٢٠١٩</div><h1>عنوان الخبر الطويل هنا</h1>${story}`), undefined, NOW).publishedAt).toBe('2019-11-03');
  });

  it('is not a date past the story’s first paragraph (a teaser’s, a sidebar’s)', () => {
    const page = doc(`<h1>عنوان الخبر الطويل هنا</h1>${story}${story}<aside><a href="/x">خبر قديم</a> 12 مايو 2021</aside>`);
    expect(extractArticle(page, undefined, NOW).publishedAt).toBeNull();
  });

  it('gives way to the metadata', () => {
    const page = new DOMParser().parseFromString(
      `<html><head><meta property="article:published_time" content="2020-10-08T01:00:00Z"></head><body><h1>عنوان الخبر الطويل هنا</h1><div>07 أكتوبر 2020</div>${story}</body></html>`,
      'text/html',
    );
    expect(extractArticle(page, undefined, NOW).publishedAt).toBe('2020-10-08');
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
