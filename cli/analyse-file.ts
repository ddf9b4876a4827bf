/** One file read and analysed: what the command's main thread and its workers both do. */
import { analyze } from '../lib/analyze/analyze';
import type { Gazetteer } from '../lib/knowledge/matcher';
import { countryOfPage } from '../lib/sites/country';
import type { Analysed } from './corpus';
import { InputError, readInput } from './input';

export type FileResult = { ok: true; analysed: Analysed } | { ok: false; message: string };

export async function analyseFile(g: Gazetteer, source: string, date: string | undefined): Promise<FileResult> {
  try {
    const read = await readInput(source);
    const input = date === undefined ? read : { ...read, publishedAt: date };
    const analysis = analyze(input.text, g, { publishedAt: input.publishedAt, country: countryOfPage(input.canonicalUrl) });
    return { ok: true, analysed: { input, analysis } };
  } catch (e) {
    return { ok: false, message: e instanceof InputError ? e.message : `could not analyse it: ${(e as Error).stack ?? String(e)}` };
  }
}
