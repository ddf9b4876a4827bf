/**
 * Importing a corpus file in the options page of the built extension (.output/chrome-mv3), as a
 * person does it: the file is picked in the corpus tab, the page reads it in parts and sends them
 * to the background twice, to be checked and then written (components/options/CorpusTab.tsx,
 * features/background/uploads.ts), into Chromium's IndexedDB, with the options page's own list and
 * storage figures following along. The file is a generated export of `count` articles: the corpus
 * benchmark's articles (./corpus-articles.ts), analysed in Node, each line what the extension's
 * export writes for it (its statements through the rows they are stored as), with the discovered
 * actors they name. Timed in the options page, from the file's `change` event to the report.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { articleToWrite, statementRecords, statementsOfRows } from '../../lib/corpus/corpus';
import { articleDate, type DiscoveredRecord } from '../../lib/corpus/schema';
import { FORMAT, FORMAT_VERSION, type ExportedArticle, type ExportedDiscovered } from '../../lib/corpus/transfer';
import { builtinGazetteer } from '../../lib/knowledge/builtin';
import { optionsStrings } from '../../lib/i18n/options';
import { EXTENSION_DIR, launchWithExtension, setInterfaceLanguage } from '../../tests/e2e/harness';
import { makeArticle, weightedEntities } from './corpus-articles';

export interface CorpusFile {
  bytes: number;
  articles: number;
  statements: number;
  /** The rows importing it writes: one per article, per entity of an article (links), per statement row. */
  rows: number;
  /** The index entries those rows add (lib/corpus/schema.ts, version 4: 4 per article, 3 per link, 3 per statement row). */
  indexEntries: number;
  /** How long making it took (not part of what is measured), ms. */
  ms: number;
}

/** Writes a corpus export of `count` generated articles to `path`. */
export async function writeCorpusFile(path: string, count: number): Promise<CorpusFile> {
  const t0 = performance.now();
  const g = builtinGazetteer();
  const weighted = weightedEntities();
  const out = createWriteStream(path, 'utf8');
  let bytes = 0;
  const write = async (line: string) => {
    bytes += Buffer.byteLength(line) + 1;
    if (!out.write(line + '\n')) await once(out, 'drain');
  };
  await write(JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, exportedAt: new Date(Date.UTC(2026, 0, 1)).toISOString() }));
  let statements = 0;
  let rows = 0;
  let indexEntries = 0;
  const discovered = new Map<string, DiscoveredRecord>();
  for (let i = 0; i < count; i++) {
    const { input, now } = makeArticle(i, weighted, g);
    const { record, statements: fields } = articleToWrite(input, '', now.toISOString());
    const dated = articleDate(record);
    const statementRows = statementRecords(i + 1, record, dated, fields);
    const links = Object.keys(record.mentionCounts).length;
    // Corpus version 5: the article, its links row and its statements row (schema.ts); the
    // article's four indexes, one entry per entity, two per statement row with a speaker id.
    rows += 1 + (links > 0 ? 1 : 0) + (statementRows.length > 0 ? 1 : 0);
    indexEntries += 4 + links + 2 * statementRows.filter((r) => r.speakerId !== '').length;
    const line: ExportedArticle = {
      type: 'article',
      url: record.url,
      canonicalUrl: record.canonicalUrl,
      title: record.title,
      site: record.site,
      byline: record.byline,
      publishedAt: record.publishedAt,
      savedAt: record.savedAt,
      lang: record.lang,
      text: record.text,
      mentions: record.mentionCounts,
      statements: statementsOfRows(statementRows),
    };
    statements += line.statements.length;
    await write(JSON.stringify(line));
    for (const e of input.analysis.entities) {
      if (!e.discovered) continue;
      const old = discovered.get(e.id);
      const forms = [...new Set([...(old?.forms ?? []), e.name, ...e.mentions.map((m) => m.text)])];
      const newer = !old || dated >= old.lastSeen;
      discovered.set(e.id, {
        id: e.id,
        type: e.type,
        name: old?.name ?? e.name,
        forms,
        role: (newer ? (e.role ?? old?.role) : (old.role ?? e.role)) ?? null,
        firstSeen: old && old.firstSeen < dated ? old.firstSeen : dated,
        lastSeen: old && old.lastSeen > dated ? old.lastSeen : dated,
      });
    }
  }
  for (const actor of discovered.values()) await write(JSON.stringify({ type: 'discovered', actor } satisfies ExportedDiscovered));
  out.end();
  await once(out, 'finish');
  return { bytes, articles: count, statements, rows, indexEntries, ms: performance.now() - t0 };
}

export interface ImportRun {
  /** From the file's `change` event to the report, ms. */
  ms: number;
  /** Of it, the check (until the page says the file is sound and starts writing). */
  check: number;
  write: number;
  /** The report's words. */
  report: string;
}

const EN = optionsStrings('en');

/** Imports the file at `path` once, in a fresh browser with the built extension, an empty corpus. */
export async function importOnce(path: string, articles: number, extensionDir = EXTENSION_DIR): Promise<ImportRun> {
  const browser = await launchWithExtension({ extensionDir });
  try {
    await setInterfaceLanguage(browser, 'en');
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html#corpus`);
    const section = page.locator('section[aria-labelledby="corpus-transfer"]');
    await section.waitFor();
    // The page notes when the file is picked, when the check ends and when the report shows.
    await page.evaluate(
      ({ writing, complete }) => {
        const marks = { start: 0, checked: 0, done: 0, report: '' };
        (window as unknown as { marsadImport: typeof marks }).marsadImport = marks;
        document.addEventListener('change', () => (marks.start = performance.now()), { capture: true });
        const section = document.querySelector('section[aria-labelledby="corpus-transfer"]')!;
        new MutationObserver(() => {
          const notice = section.querySelector('.notice');
          const text = notice?.querySelector('p')?.textContent ?? '';
          if (!marks.checked && text.startsWith(writing)) marks.checked = performance.now();
          if (!marks.done && notice?.classList.contains('error')) {
            marks.done = performance.now();
            marks.report = `error: ${notice.textContent ?? ''}`;
          }
          if (!marks.done && text.startsWith(complete)) {
            marks.done = performance.now();
            marks.report = text;
          }
        }).observe(section, { subtree: true, childList: true, characterData: true });
      },
      { writing: EN.importWriting(articles).slice(0, 20), complete: EN.importReport(0, 0, 0, 0, 0).slice(0, 16) },
    );
    await section.locator('input[type="file"]').setInputFiles(path);
    await page.waitForFunction(() => (window as unknown as { marsadImport: { done: number } }).marsadImport.done > 0, undefined, { timeout: 15 * 60_000, polling: 250 });
    const marks = await page.evaluate(() => (window as unknown as { marsadImport: { start: number; checked: number; done: number; report: string } }).marsadImport);
    if (marks.report.startsWith('error')) throw new Error(`the import failed: ${marks.report}`);
    return { ms: marks.done - marks.start, check: marks.checked - marks.start, write: marks.done - marks.checked, report: marks.report };
  } finally {
    await browser.close();
  }
}

/** One run longer than this: no more runs (the figure is that run's). */
const LONG_RUN_MS = 60_000;

/**
 * Imports a generated export of `articles` articles in the options page: three runs, each in a
 * fresh browser (an empty corpus), or one when it takes over a minute. Undefined when there is no
 * build to load.
 */
export async function benchImport(articles: number, runs = 3): Promise<{ file: CorpusFile; runs: ImportRun[] } | undefined> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return undefined;
  const dir = await mkdtemp(join(tmpdir(), 'marsad-bench-import-'));
  try {
    const path = join(dir, `marsad-corpus-${articles}.jsonl`);
    const file = await writeCorpusFile(path, articles);
    const done: ImportRun[] = [];
    for (let i = 0; i < runs; i++) {
      done.push(await importOnce(path, articles));
      if (done[0]!.ms > LONG_RUN_MS) break;
    }
    return { file, runs: done };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
