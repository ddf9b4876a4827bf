/**
 * Marsad's command line.
 *   marsad analyze [--json] FILE...   entities and statements of each file
 *   marsad corpus  [--json] [--export OUT] FILE...
 *                                     saves the files into an in-memory corpus, prints each entity's articles and statements;
 *                                     --export writes that corpus to OUT as JSON Lines, the file the extension imports
 * Bad input gets a message on stderr and a non-zero exit; the other files still run.
 */
import 'fake-indexeddb/auto';
import { writeFile } from 'node:fs/promises';
import { analyze } from '../lib/analyze/analyze';
import type { Analysis } from '../lib/analyze/types';
import { saveArticle, statementHistory } from '../lib/corpus/corpus';
import { openCorpus } from '../lib/corpus/schema';
import { exportCorpus } from '../lib/corpus/transfer';
import { builtinGazetteer } from '../lib/gazetteer/builtin';
import { InputError, readInput, type InputArticle } from './input';
import { printAnalysis, printCorpusEntity } from './print';

const USAGE = `usage: marsad analyze [--json] FILE...
       marsad corpus  [--json] [--export OUT] FILE...
FILE is .html (extracted as in the browser) or .txt (a title line, then the body).
--export OUT  writes the corpus to OUT as JSON Lines, a file the extension's options page imports.`;

interface Analysed {
  input: InputArticle;
  analysis: Analysis;
}

async function analyseAll(files: string[], onEach: (a: Analysed) => void): Promise<number> {
  const g = builtinGazetteer();
  let failures = 0;
  for (const source of files) {
    try {
      const input = await readInput(source);
      onEach({ input, analysis: analyze(input.text, g) });
    } catch (e) {
      failures++;
      const message = e instanceof InputError ? e.message : `could not analyse it: ${(e as Error).stack ?? e}`;
      process.stderr.write(`marsad: ${source}: ${message}\n`);
    }
  }
  return failures;
}

function analysisJson({ input, analysis }: Analysed) {
  return {
    source: input.source,
    title: input.title,
    language: input.detection.language,
    isArabicNews: input.detection.isArabicNews,
    publishedAt: input.publishedAt,
    site: input.site,
    text: analysis.text,
    entities: analysis.entities.map((e) => ({
      id: e.id,
      name: e.name,
      nameEn: e.nameEn,
      type: e.type,
      mentions: e.mentions,
    })),
    statements: analysis.statements.map((s) => ({
      speakerId: s.speakerId,
      speaker: s.speaker,
      verb: s.verb,
      text: s.text,
      start: s.start,
      end: s.end,
      direct: s.direct,
    })),
  };
}

async function runAnalyze(files: string[], json: boolean): Promise<number> {
  return analyseAll(files, (a) => {
    process.stdout.write(json ? JSON.stringify(analysisJson(a)) + '\n' : printAnalysis(a.input, a.analysis));
  });
}

async function runCorpus(files: string[], json: boolean, exportTo: string | undefined): Promise<number> {
  const db = openCorpus(`marsad-cli-${process.pid}`);
  const analysed: Analysed[] = [];
  let failures = await analyseAll(files, (a) => analysed.push(a));
  const sourceOf = new Map<number, string>();
  const entities = new Map<string, { id: string; name: string; type: string; nameEn: string }>();
  for (const { input, analysis } of analysed) {
    const result = await saveArticle(db, {
      url: input.source,
      canonicalUrl: input.canonicalUrl,
      title: input.title,
      site: input.site,
      byline: input.byline,
      publishedAt: input.publishedAt,
      lang: input.detection.language,
      analysis,
    });
    sourceOf.set(result.id, sourceOf.get(result.id) ?? input.source);
    for (const e of analysis.entities) entities.set(e.id, { id: e.id, name: e.name, nameEn: e.nameEn, type: e.type });
  }
  if (exportTo !== undefined) {
    try {
      await writeFile(exportTo, await exportCorpus(db));
    } catch (e) {
      failures++;
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(`marsad: ${exportTo}: cannot write the export (${code ?? (e as Error).message})\n`);
    }
  }
  for (const e of [...entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const links = await db.links.where('entityId').equals(e.id).toArray();
    const articles = links.map((l) => sourceOf.get(l.articleId) ?? String(l.articleId));
    const history = await statementHistory(db, e.id, { limit: 10_000 });
    const statements = history.map((h) => ({
      source: sourceOf.get(h.article.id) ?? h.article.url,
      verb: h.verb,
      text: h.text,
      direct: h.direct,
      publishedAt: h.publishedAt,
    }));
    const line = { id: e.id, name: e.name, nameEn: e.nameEn, type: e.type, articles, statements };
    process.stdout.write(json ? JSON.stringify(line) + '\n' : printCorpusEntity(line));
  }
  db.close();
  return failures;
}

interface Options {
  json: boolean;
  /** corpus --export: where to write the corpus as JSON Lines. */
  exportTo: string | undefined;
  files: string[];
}

/** Parses the arguments after the command; returns a usage error's message instead when they are wrong. */
function parseArgs(command: string, args: string[]): Options | string {
  const options: Options = { json: false, exportTo: undefined, files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') options.json = true;
    else if (a === '--export' || a.startsWith('--export=')) {
      if (command !== 'corpus') return `--export is an option of the corpus command`;
      if (options.exportTo !== undefined) return `--export given twice`;
      // The next argument is the path (or what follows "=").
      const path = a === '--export' ? args[++i] : a.slice('--export='.length);
      if (path === undefined || path === '' || path.startsWith('-')) return `--export needs the path of the file to write`;
      options.exportTo = path;
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else options.files.push(a);
  }
  return options;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'analyze' && command !== 'corpus') {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const options = parseArgs(command, rest);
  if (typeof options === 'string') {
    process.stderr.write(`marsad: ${options}\n${USAGE}\n`);
    return 2;
  }
  const { json, exportTo, files } = options;
  if (files.length === 0) {
    process.stderr.write(`marsad ${command}: no file given\n${USAGE}\n`);
    return 2;
  }
  const failures = command === 'analyze' ? await runAnalyze(files, json) : await runCorpus(files, json, exportTo);
  return failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`marsad: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
