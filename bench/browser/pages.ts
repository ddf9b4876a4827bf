/**
 * The pages the browser benchmarks load: a generated Arabic news article (a header menu, the story
 * in <p> paragraphs with a few subheadings and bold lead sentences, a related-articles list, a
 * footer) and a large English page. Built in Node from bench/generate.ts and bench/english.ts.
 */
import { BUILTIN_ENTITIES } from '../../lib/knowledge/builtin';
import { generateEnglish } from '../english';
import { generateNews } from '../generate';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

export interface BenchPage {
  html: string;
  /** Words in the article's paragraphs (the story itself). */
  words: number;
  paragraphs: number;
}

/** Menu entries as Arabic news sites write them: sections and countries (names Marsad must leave alone). */
const MENU = ['الرئيسية', 'أخبار', 'سوريا', 'العراق', 'لبنان', 'فلسطين', 'مصر', 'الخليج', 'اقتصاد', 'رياضة', 'ثقافة', 'رأي', 'فيديو'];
const FOOTER = ['من نحن', 'اتصل بنا', 'سياسة الخصوصية', 'شروط الاستخدام', 'أعلن معنا', 'خريطة الموقع'];

/** An Arabic news article page of at least `words` words of story text. */
export function arabicArticlePage(words: number, seed: number): BenchPage {
  // Each generated "article" is 3–8 paragraphs of ~75 words; ask for plenty, keep what is needed.
  const generated = generateNews(BUILTIN_ENTITIES, words * 14, seed);
  const all = generated.text.split('\n\n');
  const story: string[] = [];
  let count = 0;
  for (const p of all) {
    if (count >= words) break;
    story.push(p);
    count += countWords(p);
  }
  const related = all.slice(story.length, story.length + 6).map((p) => p.split(/[.،]/)[0]!.split(' ').slice(0, 12).join(' '));
  const title = story[0]!.split(/[.،]/)[0]!.split(' ').slice(0, 12).join(' ');

  const body: string[] = [];
  story.forEach((p, i) => {
    if (i > 0 && i % 8 === 0) body.push(`<h2>${escape(related[i % related.length] ?? title)}</h2>`);
    const dot = p.indexOf('. ');
    if (i % 6 === 3 && dot > 0) body.push(`<p><strong>${escape(p.slice(0, dot + 1))}</strong>${escape(p.slice(dot + 1))}</p>`);
    else body.push(`<p>${escape(p)}</p>`);
  });
  const html = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>${escape(title)} | أخبار المرصد</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="أخبار المرصد">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<style>body { font-family: sans-serif; line-height: 1.7; margin: 0 auto; max-width: 60em; } nav ul, footer ul { display: flex; gap: 1em; list-style: none; }</style>
</head>
<body>
<header><a href="/" class="logo">أخبار المرصد</a><nav><ul>${MENU.map((m) => `<li><a href="#">${escape(m)}</a></li>`).join('')}</ul></nav></header>
<main>
<article>
<h1>${escape(title)}</h1>
<p class="meta">بقلم: فريق التحرير · 5 مارس 2024</p>
${body.join('\n')}
</article>
<aside><h2>أخبار ذات صلة</h2><ul>${related.map((r) => `<li><a href="#">${escape(r)}</a></li>`).join('')}</ul></aside>
</main>
<footer><ul>${FOOTER.map((f) => `<li><a href="#">${escape(f)}</a></li>`).join('')}</ul><p>جميع الحقوق محفوظة © 2024 أخبار المرصد</p></footer>
</body>
</html>`;
  return { html, words: count, paragraphs: story.length };
}

/** A large English page: a menu, `words` words of story in <p> paragraphs, a footer. */
export function englishPage(words: number, seed: number): BenchPage {
  const text = generateEnglish(words, seed);
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>City council approves the new budget</title></head>
<body>
<header><nav><ul>${['Home', 'World', 'Business', 'Sport', 'Culture', 'Opinion'].map((m) => `<li><a href="#">${m}</a></li>`).join('')}</ul></nav></header>
<main><article><h1>City council approves the new budget</h1>
${text.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></main>
<footer><p>All rights reserved.</p></footer>
</body>
</html>`;
  return { html, words: text.words, paragraphs: text.paragraphs.length };
}

/** An empty page for a bundle to run in. */
export function shellPage(title: string, scripts: readonly string[]): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><div id="app"></div>
${scripts.map((s) => `<script src="${s}"></script>`).join('\n')}
</body>
</html>`;
}

/** How often the ticker page rewrites its line (ms). */
export const TICKER_MS = 700;

/**
 * The article page of `words` words with a ticker inside its story: the line under the headline,
 * which the page's own script rewrites every TICKER_MS (`window.__ticks` counts the ticks).
 */
export function tickerPage(words: number, seed: number): BenchPage {
  const page = arabicArticlePage(words, seed);
  const html = page.html
    .replace('<p class="meta">', '<p id="ticker">عاجل: التحديث رقم 0 من موسكو</p>\n<p class="meta">')
    .replace(
      '</body>',
      `<script>var n = 0; setInterval(function () { n++; document.getElementById('ticker').textContent = 'عاجل: التحديث رقم ' + n + ' من موسكو'; window.__ticks = n; }, ${TICKER_MS});</script>\n</body>`,
    );
  return { ...page, html };
}
