/**
 * Where the analyzer's time goes, stage by stage, on the benchmark's generated text (median of 7
 * runs each). For profiling work on lib/; `npm run bench` gives the headline figures.
 */
import { normalizeWithMap } from '../lib/arabic/normalize';
import { tokenize } from '../lib/arabic/tokenize';
import { BUILTIN_ENTITIES, builtinGazetteer } from '../lib/knowledge/builtin';
import { matchSurnames, matchTokens } from '../lib/knowledge/matcher';
import { discoveredRecords, discoverNames } from '../lib/statements/discover';
import { extractStatements } from '../lib/statements/extract';
import { Reader } from '../lib/statements/reader';
import { generateNews } from './generate';

const g = builtinGazetteer();
const { text } = generateNews(BUILTIN_ENTITIES, 4_000_000, 0x6d617273);
const time = (label: string, f: () => unknown) => {
  f();
  const ts: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  console.log(`${label}: ${ts[3]!.toFixed(1)} ms`);
};
const norm = normalizeWithMap(text);
const tokens = tokenize(norm.text);
const mentions = matchTokens(g, tokens);
const surnames = matchSurnames(g, tokens, mentions);
time('normalize', () => normalizeWithMap(text));
time('tokenize', () => tokenize(norm.text));
time('match', () => matchTokens(g, tokens));
time('surnames', () => matchSurnames(g, tokens, mentions));
const known = [...mentions, ...surnames].sort((a, b) => a.firstToken - b.firstToken);
const reader = () => {
  const r = new Reader(tokens);
  r.setMentions(known, g.entities);
  return r;
};
time('reader', reader);
time('discover', () => discoverNames(reader(), g.entities.length));
const r = reader();
const found = discoverNames(r, g.entities.length);
r.setMentions([...known, ...found.mentions].sort((a, b) => a.firstToken - b.firstToken), [...g.entities, ...discoveredRecords(found.actors)]);
time('statements', () => extractStatements(g, r));
