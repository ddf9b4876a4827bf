/**
 * The five seed articles (../shared/seeds, beside the project, when it is there) as simple news
 * pages, built at run time: the seed text is never copied into the project. A seed file is a
 * title line, then paragraphs (one per non-empty line).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from '../fixtures';

export const SEEDS_DIR = join(ROOT, '..', 'shared', 'seeds');
export const hasSeeds = existsSync(SEEDS_DIR) && readdirSync(SEEDS_DIR).some((f) => f.endsWith('.txt'));
export const SEEDS_SKIP_REASON = `seed pages skipped: ${SEEDS_DIR} is absent (../shared is not beside the project)`;

export interface SeedPage {
  /** The seed's file name, e.g. 000_f0527462ee9a6021.txt. */
  file: string;
  /** The path the test server serves its page at: /seeds/<name>.html. */
  path: string;
  title: string;
  html: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain news page: the title as <title> and <h1>, each paragraph a <p>, inside an <article>. */
export function seedPage(file: string, text: string): SeedPage {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  const [title = '', ...paragraphs] = lines;
  const html = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)}</title>
  <meta property="og:type" content="article">
</head>
<body>
  <article>
    <h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `    <p>${escapeHtml(p)}</p>`).join('\n')}
  </article>
</body>
</html>
`;
  return { file, path: `/seeds/${basename(file, '.txt')}.html`, title, html };
}

/** Every seed, sorted by file name. */
export function seedPages(): SeedPage[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => seedPage(f, readFileSync(join(SEEDS_DIR, f), 'utf8')));
}
