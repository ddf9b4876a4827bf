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
import { analyze } from '../lib/analyze/analyze';
import { openCorpus } from '../lib/corpus/schema';
import { exportCorpus } from '../lib/corpus/transfer';
import { countryOfPage } from '../lib/sites/country';
import { builtinGazetteer } from '../lib/knowledge/builtin';
import { parseArgs, USAGE, type Options } from './args';
import { corpusEntities, saveAll, type Analysed } from './corpus';
import { InputError, readInput } from './input';
import { analysisJson } from './json';
import { printAnalysis, printCorpusEntity } from './print';

async function analyseAll(files: string[], date: string | undefined, onEach: (a: Analysed) => void): Promise<number> {
  const g = builtinGazetteer();
  let failures = 0;
  for (const source of files) {
    try {
      const read = await readInput(source);
      const input = date === undefined ? read : { ...read, publishedAt: date };
      onEach({ input, analysis: analyze(input.text, g, { publishedAt: input.publishedAt, country: countryOfPage(input.canonicalUrl) }) });
    } catch (e) {
      failures++;
      const message = e instanceof InputError ? e.message : `could not analyse it: ${(e as Error).stack ?? e}`;
      process.stderr.write(`marsad: ${source}: ${message}\n`);
    }
  }
  return failures;
}

async function runAnalyze(files: string[], { json, date }: Options): Promise<number> {
  return analyseAll(files, date, (a) => {
    process.stdout.write(json ? JSON.stringify(analysisJson(a.input, a.analysis)) + '\n' : printAnalysis(a.input, a.analysis));
  });
}

async function runCorpus(files: string[], { json, date, exportTo }: Options): Promise<number> {
  const db = openCorpus(`marsad-cli-${process.pid}`);
  const analysed: Analysed[] = [];
  let failures = await analyseAll(files, date, (a) => analysed.push(a));
  const sourceOf = await saveAll(db, analysed);
  if (exportTo !== undefined) {
    try {
      await writeFile(exportTo, await exportCorpus(db));
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
  const { files } = options;
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
