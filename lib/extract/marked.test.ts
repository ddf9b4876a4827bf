/**
 * The article a page marks plainly is read without Readability (marked.ts), and must be read to
 * the very text Readability reads: on every page case and fixture page where the page marks it so,
 * parsed as the browser and as the command line parse it, and on pages written here in the shapes
 * news sites give their stories. Where Readability would act (a list, a related box, a byline the
 * metadata lacks, a standfirst beside the story...), the page is left to Readability.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/fixtures';
import { decodeHtml } from './decode';
import { findArticleRoot } from '../highlight/article-root';
import { extractArticle, plainArticle } from './extract';
import { readMetadata } from './metadata';

const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const pages: [string, string][] = readdirSync(PAGES).flatMap((f): [string, string][] => {
  if (f.endsWith('.html')) return [[f, readFileSync(join(PAGES, f), 'utf8')]];
  const page = join(PAGES, f, 'page.html');
  return existsSync(page) ? [[f, decodeHtml(readFileSync(page)).text]] : [];
});
const parsers: [string, (html: string) => Document][] = [
  ['the browser', (html) => new DOMParser().parseFromString(html, 'text/html')],
  ['the command line', (html) => parseHTML(html).document as unknown as Document],
];
const URL_ = 'https://www.aljazeera.net/news/2019/11/04/story';

/**
 * Whether the page is read without Readability, whether the text is the one Readability gives,
 * and whether the element said to hold the story is the one the highlighter would have looked for.
 */
function read(doc: Document): { plain: boolean; same: boolean; text: string; sameRoot: boolean } {
  const plain = plainArticle(doc.body, readMetadata(doc, URL_));
  const located: { root?: Element } = {};
  const text = extractArticle(doc, URL_, Date.now(), { located }).text;
  const sameRoot = !plain || located.root === findArticleRoot(doc, text);
  return { plain: plain !== undefined, same: text === extractArticle(doc, URL_, Date.now(), { readability: 'always' }).text, text, sameRoot };
}

describe.each(parsers)('pages the project holds, parsed as %s parses them', (_, parse) => {
  it('every page is read to Readability’s text, and those that mark their story plainly are read without it', () => {
    const plain: string[] = [];
    for (const [name, html] of pages) {
      const r = read(parse(html));
      expect(r.same, name).toBe(true);
      expect(r.sameRoot, name).toBe(true);
      if (r.plain) plain.push(name);
    }
    // The project's news pages wrap their story in one <article>, as most news sites do.
    expect(plain.length).toBeGreaterThanOrEqual(6);
  });
});

const TITLE = 'لافروف: موسكو مستعدة لاستئناف محادثات جنيف';
const PARAGRAPHS = [
  'أعلن وزير الخارجية الروسي، سيرغي لافروف، اليوم الاثنين أن بلاده مستعدة لاستئناف المحادثات في جنيف، مشيرا إلى أن الظروف باتت مواتية.',
  'وقال لافروف في مؤتمر صحفي عقده في موسكو إن الحل السياسي هو الطريق الوحيد، وإن على جميع الأطراف أن تتحلى بالمسؤولية، وأن تبتعد عن التصعيد.',
  'من جهته، رحب المبعوث الأممي غير بيدرسن بالتصريحات، وقال إن الأمم المتحدة ستواصل تسهيل الحوار، وإن الجولة المقبلة ستعقد قريبا، في جنيف.',
  'وتأتي هذه التصريحات بعد أسابيع من التوتر، حين تبادلت الأطراف الاتهامات بعرقلة المسار السياسي، وتوقفت الاجتماعات، وتراجعت الآمال، وتعثرت الجهود.',
];
const story = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
/** A news page around `article` (the <article> element, written out), with or without an author in its metadata. */
const newsPage = (article: string, author = true) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${TITLE} | الجزيرة نت</title><meta property="og:title" content="${TITLE}"><meta property="og:type" content="article">
${author ? '<meta name="author" content="سارة المصري">' : ''}<meta property="article:published_time" content="2019-11-04T09:00:00Z"></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav></header><main>${article}</main>
<footer><p>جميع الحقوق محفوظة</p></footer></body></html>`;

describe.each(parsers)('stories in the shapes news sites give them, parsed as %s parses them', (_, parse) => {
  it.each([
    ['the paragraphs right in the <article>', `<article><h1>${TITLE}</h1>${story}</article>`],
    ['a headline and a byline line, then the story in its own container', `<article><h1>${TITLE}</h1><p class="byline">سارة المصري — <time datetime="2019-11-04">4 نوفمبر 2019</time></p><div class="story-body">${story}</div></article>`],
    ['links, emphasis, a quote and a picture with its caption in the story', `<article><h1>${TITLE}</h1><div class="content">${story.replace('سيرغي لافروف', '<a href="/t/lavrov"><strong>سيرغي لافروف</strong></a>')}<blockquote><p>«الحل السياسي هو الطريق الوحيد»، قال لافروف.</p></blockquote><figure><img src="a.jpg" alt=""><figcaption>لافروف في موسكو، أمس</figcaption></figure><p>${PARAGRAPHS[0]}</p></div></article>`],
    ['a share bar of words alone, which furniture.ts takes out of both', `<article><h1>${TITLE}</h1>${story}<p>شارك واتساب تويتر فيسبوك</p></article>`],
  ])('%s: read without Readability, to its text', (_, article) => {
    const r = read(parse(newsPage(article)));
    expect(r.plain).toBe(true);
    expect(r.same).toBe(true);
    expect(r.sameRoot).toBe(true);
    expect(r.text).toContain(PARAGRAPHS[3]);
  });

  it.each([
    ['a list of related links', `<article><h1>${TITLE}</h1>${story}<ul><li><a href="/1">خبر آخر عن جنيف</a></li><li><a href="/2">خبر ثالث</a></li></ul></article>`],
    ['a box whose class says it is related', `<article><h1>${TITLE}</h1>${story}<div class="related-box"><p>قد يعجبك: تقرير عن المحادثات السابقة في جنيف وأثرها.</p></div></article>`],
    ['a table', `<article><h1>${TITLE}</h1>${story}<table><tr><td>موسكو</td><td>جنيف</td></tr></table></article>`],
    ['a hidden element', `<article><h1>${TITLE}</h1>${story}<p style="display: none">نص مخفي عن القارئ في الصفحة</p></article>`],
    ['a byline element when the metadata names no author', `<article><h1>${TITLE}</h1><p class="author">سارة المصري</p>${story}</article>`, false],
    ['a standfirst beside the story’s container', `<article><h1>${TITLE}</h1><p>موسكو مستعدة للحوار</p><div class="story-body">${story}</div></article>`],
    ['two articles', `<article><h1>${TITLE}</h1>${story}</article><article><p>${PARAGRAPHS[0]}</p></article>`],
    ['an article that holds less than half the page', `<article><h1>${TITLE}</h1><p>${PARAGRAPHS[0]}</p></article><div>${story}${story}</div>`],
  ] as [string, string, boolean?][])('%s: left to Readability', (_, article, author = true) => {
    const r = read(parse(newsPage(article, author)));
    expect(r.plain).toBe(false);
    expect(r.same).toBe(true);
  });
});
