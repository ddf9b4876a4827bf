/**
 * Analyzer throughput (DESIGN.md, "Quality bars": 20 MB/s of Arabic text or more with the built-in
 * knowledge base). Prints medians; asserts nothing. Run with `npm run bench`.
 */
import { analyze, type AnalyzeOptions } from '../lib/analyze/analyze';
import type { Analysis } from '../lib/analyze/types';
import { BUILTIN_ENTITIES, builtinGazetteer } from '../lib/knowledge/builtin';
import { compileGazetteer, type Gazetteer } from '../lib/knowledge/matcher';
import { median } from './figures';
import { generateNews, syntheticEntities } from './generate';

const INPUT_BYTES = 4_000_000;
const SYNTHETIC_ALIASES = 20_000;
const RUNS = 9;
const SEED = 0x6d617273; // "mars"

/** Runs `f` once to warm up, then `RUNS` times; returns the median time in ms and the last result. */
function measure<T>(f: () => T): { ms: number; result: T } {
  let result = f();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Runs follow each other with no forced collection: each pays for the collections its garbage
    // causes, as in a real import. (A forced full GC also drops V8's optimised code, so every run
    // would measure recompiling the analyzer rather than running it: 30-40% slower on one text.)
    const t0 = performance.now();
    result = f();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

const mb = (bytes: number) => bytes / 1e6;

function counts(a: Analysis): { mentions: number; entities: number; statements: number } {
  let mentions = 0;
  for (const e of a.entities) mentions += e.mentions.length;
  return { mentions, entities: a.entities.length, statements: a.statements.length };
}

function benchAnalyzer(label: string, text: string, bytes: number, g: Gazetteer, options?: AnalyzeOptions) {
  const { ms, result } = measure(() => analyze(text, g, options));
  console.log(`analyzer (${label}): ${(mb(bytes) / (ms / 1000)).toFixed(1)} MB/s, median of ${RUNS} runs (${mb(bytes).toFixed(1)} MB)`);
  return counts(result);
}

const input = generateNews(BUILTIN_ENTITIES, INPUT_BYTES, SEED);
console.log(
  `input: ${mb(input.bytes).toFixed(1)} MB of generated Arabic news, ${input.paragraphs} paragraphs, ` +
    `${input.words} words, ${((100 * input.nameWords) / input.words).toFixed(1)}% of them in names (seed ${SEED})`,
);

const builtin = builtinGazetteer();
const builtinCompile = measure(() => compileGazetteer(BUILTIN_ENTITIES));
console.log(
  `compile (built-in KB, ${BUILTIN_ENTITIES.length} entities, ${builtin.formCount} forms): ` +
    `${builtinCompile.ms.toFixed(1)} ms, median of ${RUNS} runs`,
);

const synthetic = [...syntheticEntities(SYNTHETIC_ALIASES, SEED + 1), ...BUILTIN_ENTITIES];
const syntheticCompile = measure(() => compileGazetteer(synthetic));
const big = syntheticCompile.result;
console.log(
  `compile (synthetic KB, ${SYNTHETIC_ALIASES} aliases + ${BUILTIN_ENTITIES.length} built-in entities, ${big.formCount} forms): ` +
    `${syntheticCompile.ms.toFixed(1)} ms, median of ${RUNS} runs`,
);

const full = benchAnalyzer(`built-in KB, ${BUILTIN_ENTITIES.length} entities`, input.text, input.bytes, builtin);
const sizes = input.articles.map((a) => Buffer.byteLength(a, 'utf8')).sort((a, b) => a - b);
const perArticle = measure(() => input.articles.map((a) => analyze(a, builtin)));
console.log(
  `analyzer (built-in KB, the same text as ${input.articles.length} articles of ${(sizes[0]! / 1e3).toFixed(1)}–` +
    `${(sizes[sizes.length - 1]! / 1e3).toFixed(1)} KB, one analyze() each, as the CLI and the extension call it): ` +
    `${(mb(input.bytes) / (perArticle.ms / 1000)).toFixed(1)} MB/s, median of ${RUNS} runs`,
);
const light = benchAnalyzer('built-in KB, mentions only', input.text, input.bytes, builtin, { mentionsOnly: true });
const large = benchAnalyzer(`synthetic KB, ${SYNTHETIC_ALIASES} aliases`, input.text, input.bytes, big);

console.log(
  `found per run: built-in KB ${full.mentions} mentions of ${full.entities} entities, ${full.statements} statements; ` +
    `mentions only ${light.mentions} mentions; synthetic KB ${large.mentions} mentions of ${large.entities} entities, ${large.statements} statements`,
);
