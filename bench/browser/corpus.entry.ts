/**
 * Browser entry of the corpus benchmark (bundled by bench/browser.bench.ts with esbuild into an
 * IIFE): the corpus code of lib/corpus and its queries (what the background's handlers answer
 * with), on Chromium's real IndexedDB in a page on 127.0.0.1. Exposes
 * `window.marsadCorpusBench`; every function times itself with performance.now() in the page.
 */
import { h, render } from 'preact';
import { ClientContext } from '../../components/client';
import { EntityView } from '../../components/popup/EntityView';
import { analyze } from '../../lib/analyze/analyze';
import { hasArabicLetter } from '../../lib/arabic/letters';
import { countArticlesFor, relatedArticles, relatedToArticle, saveArticle, statementHistory, type ArticleInput } from '../../lib/corpus/corpus';
import { openCorpus, type MarsadDB } from '../../lib/corpus/schema';
import { BUILTIN_ENTITIES } from '../../lib/knowledge/builtin';
import { compileGazetteer, type Gazetteer } from '../../lib/knowledge/matcher';
import type { EntityRecord, EntityType } from '../../lib/knowledge/types';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { entityCards, history } from '../../lib/corpus/queries';
import { describeEntity, namedOverview } from '../../lib/corpus/labels';
import { generateNews, mulberry32 } from '../generate';
import { benchClient, handlers, messageLog } from './client';

// bench/generate.ts measures its output with Node's Buffer.byteLength.
const encoder = new TextEncoder();
(globalThis as { Buffer?: unknown }).Buffer ??= { byteLength: (s: string) => encoder.encode(s).length };

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const SEED = 0x636f7270; // "corp"
const ARTICLE_WORDS = 300;
const SITES = ['aljazeera.net', 'alarabiya.net', 'bbc.com', 'skynewsarabia.com', 'france24.com', 'dw.com', 'enabbaladi.net', 'syria.tv', 'aawsat.com', 'independentarabia.com'];

/**
 * Who the news is about: names are not equally frequent. The knowledge base is given to the
 * generator with the entity at rank r repeated round(ZIPF / r) times (at least once), so a few
 * entities (Syria, Iraq, Assad, Erdoğan, the UN ...) are in a large share of the articles and most
 * are rare. The head is chosen; the rest of each type is in a seeded random order.
 */
const ZIPF = 300;
const HEAD: Record<EntityType, string[]> = {
  place: ['place:sy', 'place:iq', 'place:damascus', 'place:raqqa'],
  person: ['person:bashar-al-assad', 'person:recep-tayyip-erdogan', 'person:vladimir-putin', 'person:donald-trump', 'person:emmanuel-macron'],
  organization: ['org:un', 'org:isis', 'org:sdf', 'org:nato'],
};

function weightedEntities(): EntityRecord[] {
  const rng = mulberry32(SEED);
  const out: EntityRecord[] = [];
  for (const type of ['person', 'organization', 'place'] as const) {
    const head = HEAD[type].flatMap((id) => BUILTIN_ENTITIES.filter((e) => e.id === id));
    const rest = BUILTIN_ENTITIES.filter((e) => e.type === type && !HEAD[type].includes(e.id) && hasArabicLetter(e.name));
    for (let i = rest.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
    [...head, ...rest].forEach((e, r) => {
      for (let k = Math.max(1, Math.round(ZIPF / (r + 1))); k > 0; k--) out.push(e);
    });
  }
  return out;
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Article number `i`: ~300 words of generated news (whole paragraphs), its title, site and date, analysed. */
function makeArticle(i: number, weighted: readonly EntityRecord[], g: Gazetteer): { input: ArticleInput; words: number; now: Date } {
  const paragraphs = generateNews(weighted, 1, SEED + i).text.split('\n\n');
  const kept: string[] = [];
  let words = 0;
  for (const p of paragraphs) {
    if (words >= ARTICLE_WORDS) break;
    kept.push(p);
    words += countWords(p);
  }
  const title = kept[0]!.split(/[.،:]/)[0]!.split(' ').slice(0, 10).join(' ');
  const text = `${title}\n\n${kept.join('\n\n')}`; // as extractArticle gives it: the title, an empty line, the body
  const rng = mulberry32(SEED ^ i);
  const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(rng() * 3000) * 86_400_000);
  const site = SITES[i % SITES.length]!;
  const url = `https://www.${site}/news/${2016 + (i % 9)}/${i}`;
  return {
    input: { url, canonicalUrl: url, title, site, byline: null, publishedAt: day.toISOString().slice(0, 10), lang: 'arb', analysis: analyze(text, g) },
    words: words + countWords(title),
    now: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
  };
}

let db: MarsadDB | undefined;
let weighted: EntityRecord[] = [];
let gazetteer: Gazetteer | undefined;
let made = 0;
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

const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1])[0]!;

const bench = {
  /**
   * Fills the corpus with `count` articles, each generated, analysed and saved with saveArticle;
   * up to `inFlight` saves are pending while the next article is generated and analysed.
   */
  async fill(count: number, inFlight: number) {
    db ??= openCorpus();
    gazetteer ??= compileGazetteer(BUILTIN_ENTITIES);
    weighted = weightedEntities();
    const g = gazetteer;
    const t0 = performance.now();
    let making = 0;
    let words = 0;
    let statements = 0;
    const pending = new Set<Promise<unknown>>();
    for (let i = 0; i < count; i++) {
      const m0 = performance.now();
      const { input, words: w, now } = makeArticle(made++, weighted, g);
      making += performance.now() - m0;
      words += w;
      statements += input.analysis.statements.length;
      for (const e of input.analysis.entities) articlesOf.set(e.id, (articlesOf.get(e.id) ?? 0) + 1);
      for (const s of input.analysis.statements) if (s.speakerId) statementsOf.set(s.speakerId, (statementsOf.get(s.speakerId) ?? 0) + 1);
      const p: Promise<unknown> = saveArticle(db, input, now).then((r) => {
        pending.delete(p);
        if (r.status !== 'saved') throw new Error(`article ${i} was ${r.status}, not saved`);
      });
      pending.add(p);
      if (pending.size >= inFlight) await Promise.race(pending);
    }
    await Promise.all(pending);
    const ms = performance.now() - t0;
    const [articles, statementRows, links] = await Promise.all([db.articles.count(), db.statements.count(), db.links.count()]);
    return { ms, making, words: words / count, statements, articles, statementRows, links };
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
    const link = await corpus.links.where('entityId').equals(entity).last();
    const article = await corpus.articles.get(link!.articleId);
    const g = gazetteer!;
    const fresh = Array.from({ length: runs + 1 }, () => makeArticle(made++, weighted, g));
    let next = 0;
    const out: Record<string, number[]> = {};
    out.saveArticle = await timeRuns(runs, async () => {
      const a = fresh[next++]!;
      const r = await saveArticle(corpus, a.input, a.now);
      if (r.status !== 'saved') throw new Error(`saveArticle: ${r.status}`);
    });
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
    const links = await corpus.links.where('entityId').equals(speaker).count();
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
