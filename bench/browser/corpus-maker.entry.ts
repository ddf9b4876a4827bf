/**
 * A worker of the corpus benchmark's page (bundled by bench/browser.bench.ts into corpus-maker.js):
 * generates and analyses the articles the page writes (./corpus-articles.ts), a batch at a time,
 * so that the page's own thread is left to write the batch before. Asked `{ from, to }`, it
 * answers with articles `from` to `to` − 1 and the time it spent making them.
 */
import { BUILTIN_ENTITIES } from '../../lib/knowledge/builtin';
import { compileGazetteer } from '../../lib/knowledge/matcher';
import { makeArticle, weightedEntities } from './corpus-articles';

// bench/generate.ts measures its output with Node's Buffer.byteLength.
const encoder = new TextEncoder();
(globalThis as { Buffer?: unknown }).Buffer ??= { byteLength: (s: string) => encoder.encode(s).length };

const gazetteer = compileGazetteer(BUILTIN_ENTITIES);
const weighted = weightedEntities();

export type MadeBatch = { from: number; made: ReturnType<typeof makeArticle>[]; ms: number };

self.onmessage = (event: MessageEvent<{ from: number; to: number }>) => {
  const { from, to } = event.data;
  const t0 = performance.now();
  const made: ReturnType<typeof makeArticle>[] = [];
  for (let i = from; i < to; i++) made.push(makeArticle(i, weighted, gazetteer));
  self.postMessage({ from, made, ms: performance.now() - t0 } satisfies MadeBatch);
};
