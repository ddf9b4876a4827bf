/**
 * Marsad's command line.
 *   marsad analyze [--json] [--date D] FILE...   entities and statements of each file
 *   marsad corpus  [--json] [--date D] [--export OUT] FILE...
 *                                     saves the files into an in-memory corpus, prints each entity's articles and statements;
 *                                     --export writes that corpus to OUT as JSON Lines, the file the extension imports
 * Bad input gets a message on stderr and a non-zero exit; the other files still run.
 */
import 'fake-indexeddb/auto';
import { writeFile } from 'node:fs/promises';
import { openCorpus } from '../lib/corpus/schema';
import { exportParts } from '../lib/corpus/export-stream';
import { parseArgs, USAGE, type Options } from './args';
import { corpusEntities, saveAll, type Analysed } from './corpus';
import { expandInputs } from './files';
import { analyseFiles } from './pool';
import { Progress } from './progress';
import { analysisJson } from './json';
import { printAnalysis, printCorpusEntity } from './print';

/** Reads and analyses every file (on all cores when there are many), reporting each failure on stderr. */
async function analyseAll(files: string[], options: Options, onEach: (a: Analysed) => void): Promise<number> {
  let failures = 0;
  const progress = options.progress || process.stderr.isTTY === true ? new Progress(files.length) : undefined;
  await analyseFiles(files, { jobs: options.jobs, date: options.date, progress: progress && ((done) => progress.tick(done, failures)) }, (source, result) => {
    if (result.ok) onEach(result.analysed);
    else {
      failures++;
      progress?.clear();
      process.stderr.write(`marsad: ${source}: ${result.message}\n`);
    }
  });
  progress?.end(failures);
  return failures;
}

async function runAnalyze(files: string[], options: Options): Promise<number> {
  const { json } = options;
  return analyseAll(files, options, (a) => {
    process.stdout.write(json ? JSON.stringify(analysisJson(a.input, a.analysis)) + '\n' : printAnalysis(a.input, a.analysis));
  });
}

async function* textsOf(parts: AsyncIterable<{ text: string }>): AsyncGenerator<string> {
  for await (const part of parts) yield part.text;
}

async function runCorpus(files: string[], options: Options): Promise<number> {
  const { json, exportTo } = options;
  const db = openCorpus(`marsad-cli-${process.pid}`);
  const analysed: Analysed[] = [];
  let failures = await analyseAll(files, options, (a) => analysed.push(a));
  const sourceOf = await saveAll(db, analysed);
  if (exportTo !== undefined) {
    try {
      // Written part by part, as the extension exports: a crawl's corpus is never one string.
      await writeFile(exportTo, textsOf(exportParts(db)));
    } catch (e) {
      failures++;
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(`marsad: ${exportTo}: cannot write the export (${code ?? (e as Error).message})\n`);
    }
  }
  for (const line of await corpusEntities(db, analysed, sourceOf)) {
    process.stdout.write(json ? JSON.stringify(line) + '\n' : printCorpusEntity(line));
  }
  db.close();
  return failures;
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
  let files: string[];
  try {
    files = await expandInputs(options.files, options.lists);
  } catch (e) {
    process.stderr.write(`marsad: cannot read the list of files: ${(e as Error).message}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`marsad ${command}: no file given\n${USAGE}\n`);
    return 2;
  }
  const failures = command === 'analyze' ? await runAnalyze(files, options) : await runCorpus(files, options);
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
