/**
 * The command line over a crawl (issue 10): `marsad corpus --export` over a folder of generated
 * news pages, with one worker thread and with one per core, as a team runs it before it needs a
 * server. Prints articles per second (median of the runs) and the speed-up; asserts nothing.
 * `MARSAD_BENCH_CLI_FILES` sets the number of pages (default 2,000).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_ENTITIES } from '../lib/knowledge/builtin';
import { median } from './figures';
import { generateNews } from './generate';

const FILES = Number(process.env.MARSAD_BENCH_CLI_FILES ?? 2_000);
const RUNS = 3;
const SEED = 0x63726177; // "craw"
const ROOT = join(import.meta.dirname, '..');
const CORES = availableParallelism();

/** A news page as a site serves it: head metadata, a menu, the story, a footer. */
function page(i: number, body: string): string {
  const [title, ...rest] = body.split('\n\n');
  const day = String(1 + (i % 28)).padStart(2, '0');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${title!.slice(0, 80)} | الأرشيف</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2019-03-${day}T10:00:00Z"></head><body>
<nav><a href="/">الرئيسية</a> | <a href="/news">أخبار</a></nav>
<article><h1>${title!.slice(0, 80)}</h1>${rest.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>© الأرشيف</footer></body></html>`;
}

const dir = mkdtempSync(join(tmpdir(), 'marsad-crawl-'));
try {
  const crawl = join(dir, 'crawl');
  execFileSync('mkdir', ['-p', crawl]);
  // Enough generated text for FILES articles (3 to 8 paragraphs each).
  let budget = FILES * 6_000;
  let news = generateNews(BUILTIN_ENTITIES, budget, SEED);
  while (news.articles.length < FILES) news = generateNews(BUILTIN_ENTITIES, (budget *= 1.5), SEED);
  const articles = news.articles.slice(0, FILES);
  articles.forEach((a, i) => writeFileSync(join(crawl, `${String(i).padStart(6, '0')}.html`), page(i, a)));
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a, 'utf8'), 0);
  console.log(`cli: ${articles.length.toLocaleString('en')} generated news pages (${(bytes / 1e6).toFixed(1)} MB of article text) in one folder`);

  // One page alone: what a run costs before its first article (the process, tsx, the workers, the
  // knowledge base compiled in each).
  const single = join(dir, 'single');
  execFileSync('mkdir', ['-p', single]);
  writeFileSync(join(single, 'one.html'), page(0, articles[0]!));

  const out = join(dir, 'crawl.jsonl');
  const run = (command: 'corpus' | 'analyze', jobs: number, folder: string): number => {
    const times: number[] = [];
    const args = command === 'corpus' ? ['corpus', '--jobs', String(jobs), '--export', out, folder] : ['analyze', '--json', '--jobs', String(jobs), folder];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'cli/marsad.ts'), ...args], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  const measure = (command: 'corpus' | 'analyze') =>
    [1, CORES].map((jobs) => {
      const start = run(command, jobs, single);
      const total = run(command, jobs, crawl);
      return { jobs, start, total, rate: articles.length / (total / 1000), steady: (articles.length - 1) / ((total - start) / 1000) };
    });
  const figures = measure('corpus');
  const lines = readFileSync(out, 'utf8').split('\n').filter((l) => l.includes('"type":"article"')).length;
  for (const f of figures) {
    console.log(
      `cli: marsad corpus --jobs ${f.jobs} --export over the folder: ${(f.total / 1000).toFixed(1)} s, ${f.rate.toFixed(0)} articles/s ` +
        `(${f.steady.toFixed(0)} articles/s once started; starting takes ${(f.start / 1000).toFixed(1)} s), median of ${RUNS} runs`,
    );
  }
  const [one, all] = figures as [(typeof figures)[0], (typeof figures)[0]];
  console.log(
    `cli: ${CORES} workers against 1: ${(all.steady / one.steady).toFixed(2)}× once started, on ${CORES} cores (shared with whatever else runs); ` +
      `${lines.toLocaleString('en')} article lines exported, ready for the options page's import`,
  );
  // The analysis alone (\`analyze --json\`, its lines thrown away): the part the workers share. A
  // corpus run then saves every article in its main thread, one after another (the single writer
  // of the database), which the workers cannot share.
  const [aOne, aAll] = measure('analyze') as [(typeof figures)[0], (typeof figures)[0]];
  console.log(
    `cli: marsad analyze --json over the folder: ${aOne.steady.toFixed(0)} articles/s with --jobs 1, ${aAll.steady.toFixed(0)} with --jobs ${CORES} once started ` +
      `(${(aAll.steady / aOne.steady).toFixed(2)}×; starting takes ${(aOne.start / 1000).toFixed(1)} s, ${(aAll.start / 1000).toFixed(1)} s), median of ${RUNS} runs: the analysis the workers share`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
