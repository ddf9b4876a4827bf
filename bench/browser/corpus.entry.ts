/**
 * Browser entry of the corpus benchmark (bundled by bench/browser.bench.ts with esbuild into an
 * IIFE): the corpus code of lib/corpus and its queries (what the background's handlers answer
 * with), on Chromium's real IndexedDB in a page on 127.0.0.1. Exposes
 * `window.marsadCorpusBench`; every function times itself with performance.now() in the page.
 */
import Dexie from 'dexie';
import { h, render } from 'preact';
import { ClientContext } from '../../components/client';
import { EntityView } from '../../components/popup/EntityView';
import { linksTo } from '../../lib/corpus/sets';
import { allCounts } from '../../lib/corpus/counters';
import { articleToWrite, countArticlesFor, relatedArticles, relatedToArticle, saveArticle, statementHistory, writeArticles } from '../../lib/corpus/corpus';
import { discoveredOf, recordDiscovered, sightingOf } from '../../lib/corpus/discovered';
import { exportFile } from '../../lib/corpus/export-stream';
import { contentHash } from '../../lib/corpus/hash';
import { articleDate, openCorpus, TOTAL, type MarsadDB } from '../../lib/corpus/schema';
import { BUILTIN_ENTITIES } from '../../lib/knowledge/builtin';
import { compileGazetteer, type Gazetteer } from '../../lib/knowledge/matcher';
import type { EntityRecord } from '../../lib/knowledge/types';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { entityCards, history } from '../../lib/corpus/queries';
import { describeEntity, namedOverview } from '../../lib/corpus/labels';
import { benchClient, handlers, messageLog } from './client';
import { makeArticle, weightedEntities } from './corpus-articles';
import type { MadeBatch } from './corpus-maker.entry';

// bench/generate.ts measures its output with Node's Buffer.byteLength.
const encoder = new TextEncoder();
(globalThis as { Buffer?: unknown }).Buffer ??= { byteLength: (s: string) => encoder.encode(s).length };

const gc = () => (globalThis as { gc?: () => void }).gc?.();
let db: MarsadDB | undefined;
let weighted: EntityRecord[] = [];
let gazetteer: Gazetteer | undefined;
let nextArticle = 0;
const articlesOf = new Map<string, number>();
const statementsOf = new Map<string, number>();

/** A query slower than this in its warm-up run gets SLOW_RUNS runs (the bench prints how many). */
const SLOW_MS = 500;
const SLOW_RUNS = 5;

async function timeRuns(runs: number, f: () => Promise<unknown>): Promise<number[]> {
  const w0 = performance.now();
  await f(); // warm-up
  const n = performance.now() - w0 > SLOW_MS ? Math.min(runs, SLOW_RUNS) : runs;
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    gc();
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  return times;
}

/** The bytes this origin stores (navigator.storage.estimate()), or null where the browser does not say. */
async function estimate(): Promise<number | null> {
  return (await navigator.storage?.estimate?.())?.usage ?? null;
}

const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1])[0]!;

const bench = {
  /**
   * Fills the corpus with `count` articles, generated and analysed in a worker
   * (./corpus-maker.entry.ts) a batch of `batch` at a time, each batch written here in one
   * transaction: what saveArticle writes for a new article (articleToWrite, its content hash worked
   * out first), every table once per batch as an import's part is written (writeArticles), and its
   * discovered actors recorded. The worker makes the next batch while this one is written. Every
   * article is new: distinct address and text (the URL index is unique; the count at the end says so).
   */
  async fill(count: number, batch: number) {
    db ??= openCorpus();
    gazetteer ??= compileGazetteer(BUILTIN_ENTITIES);
    weighted = weightedEntities();
    const corpus = db;
    const storageBefore = await estimate();
    const maker = new Worker('/corpus-maker.js');
    const batches = new Map<number, (b: MadeBatch) => void>();
    maker.onmessage = (e: MessageEvent<MadeBatch>) => batches.get(e.data.from)?.(e.data);
    // Articles `first` + [from, from + batch) of this fill.
    const first = nextArticle;
    const ask = (from: number) =>
      new Promise<MadeBatch>((resolve) => {
        batches.set(first + from, resolve);
        maker.postMessage({ from: first + from, to: first + Math.min(count, from + batch) });
      });
    const t0 = performance.now();
    let making = 0;
    let waiting = 0;
    let words = 0;
    let statements = 0;
    let written: Promise<void> = Promise.resolve();
    let next = count > 0 ? ask(0) : undefined;
    for (let from = 0; from < count; from += batch) {
      const { made, ms } = await next!;
      // The next batch is made while this one is written.
      next = from + batch < count ? ask(from + batch) : undefined;
      making += ms;
      const hashes = await Promise.all(made.map((a) => contentHash(a.input.analysis.text)));
      for (const { input, words: w } of made) {
        words += w;
        statements += input.analysis.statements.length;
        for (const e of input.analysis.entities) articlesOf.set(e.id, (articlesOf.get(e.id) ?? 0) + 1);
        for (const s of input.analysis.statements) if (s.speakerId) statementsOf.set(s.speakerId, (statementsOf.get(s.speakerId) ?? 0) + 1);
      }
      const toWrite = made.map((a, i) => articleToWrite(a.input, hashes[i]!, a.now.toISOString()));
      const sightings = made.flatMap((a, i) => discoveredOf(a.input.analysis.entities).map((e) => sightingOf(e, articleDate(toWrite[i]!.record))));
      const w0 = performance.now();
      await written;
      waiting += performance.now() - w0;
      written = corpus.transaction('rw', [corpus.articles, corpus.articleStatements, corpus.articleLinks, corpus.counters, corpus.discovered], async () => {
        await writeArticles(corpus, toWrite);
        await recordDiscovered(corpus, sightings);
      });
    }
    const w0 = performance.now();
    await written;
    waiting += performance.now() - w0;
    const ms = performance.now() - t0;
    maker.terminate();
    nextArticle += count;
    // The rows a save writes per entity and per statement before version 5, from the counters (reading a million rows would take a while).
    const counters = await allCounts(corpus);
    const articles = await corpus.articles.count();
    const statementRows = counters.find((c) => c.key === TOTAL)?.statements ?? 0;
    const links = counters.reduce((sum, c) => sum + (c.key === TOTAL ? 0 : c.articles), 0);
    const storageAfter = await estimate();
    return { ms, making, waiting, words: words / count, statements, articles, statementRows, links, storageBefore, storageAfter };
  },

  /**
   * The whole corpus exported as the options page exports it (lib/corpus/export-stream.ts
   * exportFile: read in pages, a Blob of parts), without the download: ms, bytes, and the most
   * characters one part held.
   */
  async exportAll() {
    if (!db) throw new Error('fill first');
    let parts = 0;
    const t0 = performance.now();
    const file = await exportFile(db, { onProgress: () => parts++ });
    return { ms: performance.now() - t0, bytes: file!.size, parts };
  },

  /**
   * What one row written costs in this browser's IndexedDB now, whatever the row: `rows` rows of one
   * field added to a store without indexes in one transaction (a database of its own, deleted
   * after), median of 3 runs, ms. The writes of the corpus, and of an import, are rows.
   */
  async rowCost(rows: number) {
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const scratch = new Dexie(`marsad-bench-rows-${run}`);
      scratch.version(1).stores({ rows: '++id' });
      await scratch.open();
      const values = Array.from({ length: rows }, (_, i) => ({ i }));
      const t0 = performance.now();
      await scratch.transaction('rw', scratch.table('rows'), () => scratch.table('rows').bulkAdd(values));
      times.push(performance.now() - t0);
      scratch.close();
      await Dexie.delete(scratch.name);
    }
    return times.sort((a, b) => a - b)[1]!;
  },

  /** The entity in most articles and the speaker with most statements. */
  busiest() {
    const [entity, articles] = top(articlesOf);
    const [speaker, statements] = top(statementsOf);
    const name = (id: string) => BUILTIN_ENTITIES.find((e) => e.id === id)?.name ?? id;
    return {
      entity,
      entityName: name(entity),
      entityArticles: articles,
      speaker,
      speakerName: name(speaker),
      speakerStatements: statements,
      speakerArticles: articlesOf.get(speaker) ?? 0,
    };
  },

  /** Median inputs: run times in ms of each query, `runs` runs after one warm-up. */
  async queries(runs: number) {
    if (!db) throw new Error('fill first');
    const corpus = db;
    const { entity, speaker } = bench.busiest();
    // A recent article that mentions the busiest entity, for relatedToArticle.
    const [link] = await linksTo(corpus, entity, { limit: 1 });
    const article = await corpus.articles.get(link!.articleId);
    const g = gazetteer!;
    const fresh = Array.from({ length: runs + 1 }, () => makeArticle(nextArticle++, weighted, g));
    let next = 0;
    const out: Record<string, number[]> = {};
    out.saveArticle = await timeRuns(runs, async () => {
      const a = fresh[next++]!;
      const r = await saveArticle(corpus, a.input, a.now);
      if (r.status !== 'saved') throw new Error(`saveArticle: ${r.status}`);
    });
    // The same saves into an empty corpus, in this browser at this moment: what the corpus's size adds.
    const empty = openCorpus('marsad-bench-empty');
    const others = Array.from({ length: runs + 1 }, () => makeArticle(nextArticle++, weighted, g));
    let other = 0;
    out.saveEmpty = await timeRuns(runs, () => saveArticle(empty, others[other]!.input, others[other++]!.now));
    empty.close();
    await Dexie.delete(empty.name);
    out.relatedArticles = await timeRuns(runs, () => relatedArticles(corpus, entity, { limit: 20 }));
    out.statementHistory = await timeRuns(runs, () => statementHistory(corpus, speaker, { limit: 50 }));
    out.countArticlesFor = await timeRuns(runs, () => countArticlesFor(corpus, entity));
    out.relatedToArticle = await timeRuns(runs, () => relatedToArticle(corpus, article!.id, 10));
    out.entityCards = await timeRuns(runs, () => entityCards(corpus, { entityIds: [entity], excludeUrl: null, articles: 3, statements: 3 }));
    out.popupData = await timeRuns(runs, () =>
      Promise.all([history(corpus, { entityId: speaker, offset: 0, limit: 20, query: '' }), namedOverview(corpus, g, { entityId: speaker, limit: 8 })]),
    );
    out.historyFiltered = await timeRuns(Math.min(runs, 10), () => history(corpus, { entityId: speaker, offset: 0, limit: 20, query: 'الحكومة' }));
    const filtered = await history(corpus, { entityId: speaker, offset: 0, limit: 20, query: 'الحكومة' });
    const links = await countArticlesFor(corpus, speaker);
    return { times: out, relatedToArticleEntities: article!.entityIds.length, filteredShown: filtered.entries.length, filteredMore: filtered.hasMore, speakerLinks: links };
  },

  /**
   * The popup's first render for the busiest speaker: components/popup/EntityView.tsx itself,
   * mounted with Preact; its calls go through the benchmark's client (./client.ts) to the corpus
   * queries the background answers them with, in this page. Timed from
   * render() to the moment the DOM holds its 20 history entries and the related articles.
   */
  async popup(runs: number) {
    if (!db) throw new Error('fill first');
    const corpus = db;
    const g = gazetteer!;
    handlers.history = (q) => history(corpus, q);
    handlers.overview = (q) => namedOverview(corpus, g, q);
    handlers.describeEntity = (q) => describeEntity(corpus, g, q.entityId);
    const { speaker } = bench.busiest();
    const host = document.getElementById('app')!;
    const once = async () => {
      render(null, host);
      messageLog.length = 0;
      gc();
      const t0 = performance.now();
      let listed = 0;
      await new Promise<void>((resolve) => {
        const done = () => {
          if (!listed && host.querySelectorAll('ol.history > li').length >= 20) listed = performance.now();
          return listed > 0 && host.querySelector('ul.articles') !== null;
        };
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(host, { childList: true, subtree: true });
        const view = h(EntityView, { locale: 'ar', settings: { ...DEFAULT_SETTINGS }, entityId: speaker, known: undefined, onBack: undefined, onOpen: () => undefined });
        render(h(ClientContext.Provider, { value: benchClient }, view), host);
      });
      const t1 = performance.now();
      const sent = (name: string) => messageLog.find((m) => m.name === name);
      return {
        ms: t1 - t0,
        listed: listed - t0,
        historySent: sent('history')!.start - t0,
        historyReply: sent('history')!.end - t0,
        overviewReply: sent('overview')!.end - t0,
        entries: host.querySelectorAll('ol.history > li').length,
      };
    };
    const warm = await once();
    const n = warm.ms > SLOW_MS ? Math.min(runs, SLOW_RUNS) : runs;
    const results = [];
    for (let i = 0; i < n; i++) results.push(await once());
    render(null, host);
    return results;
  },
};

(globalThis as unknown as { marsadCorpusBench: typeof bench }).marsadCorpusBench = bench;

export type CorpusBench = typeof bench;
