/**
 * Where the analyzer's time goes, stage by stage, on the benchmark's generated text (median of 7
 * runs each). The stages are analyze()'s own (lib/analyze/analyze.ts, `analyzerStages`), so what
 * is timed here is what analyze() runs. For profiling work on lib/; `npm run bench` gives the
 * headline figures.
 */
import { analyzerStages as $ } from '../lib/analyze/analyze';
import { BUILTIN_ENTITIES, builtinGazetteer } from '../lib/knowledge/builtin';
import { median } from './figures';
import { generateNews } from './generate';

const RUNS = 7;

const g = builtinGazetteer();
const { text } = generateNews(BUILTIN_ENTITIES, 4_000_000, 0x6d617273);
/** Times `f` (once to warm up, then RUNS times), prints the median, and gives what it made. */
function time<T>(label: string, f: () => T): T {
  let made = f();
  const ts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    made = f();
    ts.push(performance.now() - t0);
  }
  console.log(`${label}: ${median(ts).toFixed(1)} ms`);
  return made;
}

const norm = time('normalise', () => $.normalise(text));
const tokens = time('tokenize', () => $.tokenize(norm));
const direct = time('match', () => $.match(g, tokens));
const known = time('surnames', () => $.surnames(g, tokens, direct));
const reader = () => $.reader(text, norm, tokens, g, known);
time('reader', reader);
// discover tells the reader the names it finds: each run gets a fresh reader (timed with it), and
// the statements are read by the last one.
let last = reader();
const cast = time('discover (with a fresh reader)', () => $.discover(text, norm, (last = reader()), g, known));
time('entities', () => $.entities(text, norm, tokens, g, cast));
time('statements', () => $.statements(text, norm, g, last, cast));
