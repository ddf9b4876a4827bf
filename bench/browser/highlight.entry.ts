/**
 * Browser entry of the highlighting benchmark (bundled by bench/browser.bench.ts with esbuild into
 * an IIFE): exposes `window.marsadBench`, whose functions time themselves with performance.now()
 * inside the page and return plain numbers.
 *
 * `highlight()` is what painting a page takes (features/page/page-reading.ts): findArticleRoot →
 * indexText → analyze(mentionsOnly) → rangeOf for every mention → sort → Highlighter.setColors +
 * paint (CSS Custom Highlight API) → MentionLocator; since issue 10 the analysis runs in the
 * background (lib/analyze/page.ts), the rest in the page. The knowledge base is compiled once per
 * service worker (`compile()`, timed apart), and the article's text comes from extractArticle
 * (`extract()`: in the page; detection, timed apart, in the background; as is `analyzeFull()`).
 */
import { analyze } from '../../lib/analyze/analyze';
import { arabicScriptRatio, detect } from '../../lib/detect/detect';
import { extractArticle, type ExtractedArticle } from '../../lib/extract/extract';
import { articleSignals } from '../../lib/extract/read-page';
import { BUILTIN_ENTITIES } from '../../lib/knowledge/builtin';
import { compileGazetteer, type Gazetteer } from '../../lib/knowledge/matcher';
import { COMMA_CHARS } from '../../lib/arabic/punctuation';
import { isPageFurniture } from '../../lib/dom/text';
import { findArticleRoot } from '../../lib/highlight/article-root';
import { MentionLocator } from '../../lib/highlight/hit';
import { Highlighter, type PlacedMention } from '../../lib/highlight/highlighter';
import { indexText, rangeOf } from '../../lib/highlight/text-index';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { sampleText } from '../../features/page/quick-check';

/** mark.js (node_modules/mark.js/dist/mark.min.js), injected into the page as a script. */
interface MarkOptions {
  separateWordSearch?: boolean;
  accuracy?: string | { value: string; limiters: string[] };
  diacritics?: boolean;
  exclude?: string[];
  done?: (total: number) => void;
}
interface MarkInstance {
  mark(terms: string | string[], options: MarkOptions): void;
  unmark(options: { done?: () => void }): void;
}
declare const Mark: (new (context: Element) => MarkInstance) | undefined;

/** Punctuation that ends a word in Arabic (and Latin) news text, for mark.js's 'exactly'. */
const LIMITERS = [...COMMA_CHARS, ...'؟.:!?"\'“”«»()[]{}-–—/'];
/** Terms per mark.js call (see markjs()). */
const MARK_BATCH = 250;

const gc = () => (globalThis as { gc?: () => void }).gc?.();

let gazetteer: Gazetteer | undefined;
let article: ExtractedArticle | undefined;
/** The page's article, read once (as the content script reads it). */
const pageArticle = (): ExtractedArticle => (article ??= extractArticle(document, location.href));
/** Kept as the page keeps it (building it is part of painting; nothing here reads it). */
let _locator: MentionLocator | undefined;
const painter = new Highlighter(document);

export interface HighlightTiming {
  /** The whole of it, ms. */
  ms: number;
  /** Stages, ms: article root, text index, analyze, ranges (+ sort), paint (setColors + paint + locator). */
  root: number;
  index: number;
  analyze: number;
  ranges: number;
  paint: number;
  /** `ms` plus a forced style and layout of the page right after (what the next frame must do first). */
  withLayout: number;
  mentions: number;
  usesHighlightApi: boolean;
  rootTag: string;
}

const bench = {
  /** Compiles the built-in knowledge base (once per page in the content script). */
  compile(): { ms: number; forms: number } {
    const t0 = performance.now();
    gazetteer = compileGazetteer(BUILTIN_ENTITIES);
    return { ms: performance.now() - t0, forms: gazetteer.formCount };
  },

  /** PageReading.start's first step, in the page: extractArticle (Readability on a clone of the page, the furniture dropped, the metadata); then detect (in the background). */
  extract(): { read: number; detect: number; isArabicNews: boolean } {
    const t0 = performance.now();
    article = extractArticle(document, location.href);
    const t1 = performance.now();
    const detection = detect(article.text, articleSignals(article));
    return { read: t1 - t0, detect: performance.now() - t1, isArabicNews: detection.isArabicNews };
  },

  /** The full analysis (statements too) of the extracted article, as saving it does (the page's own reading is mentions only: lib/analyze/page.ts). */
  analyzeFull(): { ms: number; textChars: number; statements: number } {
    const g = (gazetteer ??= compileGazetteer(BUILTIN_ENTITIES));
    const a = pageArticle();
    const t0 = performance.now();
    const full = analyze(a.text, g);
    return { ms: performance.now() - t0, textChars: a.text.length, statements: full.statements.length };
  },

  /** One highlighting of the page, as Session.paint does it. */
  highlight(): HighlightTiming {
    const g = (gazetteer ??= compileGazetteer(BUILTIN_ENTITIES));
    const a = pageArticle();
    const settings = DEFAULT_SETTINGS;
    gc();
    const t0 = performance.now();
    const root = findArticleRoot(document, a.text) ?? document.body;
    const roots: Node[] = [root];
    const h1 = document.querySelector('h1');
    if (h1 && !root.contains(h1) && a.title && h1.textContent?.includes(a.title.slice(0, 20))) roots.unshift(h1);
    const t1 = performance.now();
    const index = indexText(roots, root === document.body ? { skip: isPageFurniture } : {});
    const t2 = performance.now();
    const found = analyze(index.text, g, { mentionsOnly: true });
    const t3 = performance.now();
    const placed: PlacedMention[] = [];
    for (const e of found.entities) {
      if (!settings.types[e.type]) continue;
      const mentions = settings.highlight === 'first' ? e.mentions.slice(0, 1) : e.mentions;
      for (const m of mentions) {
        const range = rangeOf(index, m.start, m.end);
        if (range) placed.push({ entityId: e.id, type: e.type, start: m.start, end: m.end, range });
      }
    }
    placed.sort((x, y) => x.start - y.start);
    const t4 = performance.now();
    painter.setColors(settings.colors);
    painter.paint(placed);
    _locator = new MentionLocator(index, placed);
    const t5 = performance.now();
    void document.documentElement.getBoundingClientRect();
    const t6 = performance.now();
    return {
      ms: t5 - t0,
      root: t1 - t0,
      index: t2 - t1,
      analyze: t3 - t2,
      ranges: t4 - t3,
      paint: t5 - t4,
      withLayout: t6 - t0,
      mentions: placed.length,
      usesHighlightApi: painter.usesHighlightApi,
      rootTag: root.tagName.toLowerCase(),
    };
  },

  /** Removes Marsad's highlights (and its style sheet). */
  clear(): void {
    painter.destroy();
    _locator = undefined;
  },

  /** Every form (name + aliases) of every built-in entity, as mark.js gets them. */
  markTerms(): string[] {
    return [...new Set(BUILTIN_ENTITIES.flatMap((e) => [e.name, ...(e.aliases ?? [])]))];
  },

  /**
   * One mark.js highlighting of the article root Marsad found, with every form of the knowledge
   * base. mark.js searches its terms one after the other, each from the previous one's callback:
   * with thousands of terms in one call the stack overflows (RangeError), so the terms, longest
   * first, are given in batches of MARK_BATCH, one call after the other (each call is synchronous).
   */
  markjs(): { ms: number; withLayout: number; marks: number; terms: number; calls: number } {
    if (typeof Mark === 'undefined') throw new Error('mark.js is not loaded');
    const root = findArticleRoot(document, pageArticle().text) ?? document.body;
    const terms = bench.markTerms().sort((a, b) => b.length - a.length);
    let marks = 0;
    let calls = 0;
    gc();
    const t0 = performance.now();
    const instance = new Mark(root);
    for (let i = 0; i < terms.length; i += MARK_BATCH) {
      let done = false;
      instance.mark(terms.slice(i, i + MARK_BATCH), {
        separateWordSearch: false,
        accuracy: { value: 'exactly', limiters: LIMITERS },
        diacritics: false,
        // Never inside an earlier mark: longest first, as a name's own words are names too.
        exclude: ['mark'],
        done: (total) => {
          marks += total;
          done = true;
        },
      });
      if (!done) throw new Error('mark.js did not finish synchronously');
      calls++;
    }
    const t1 = performance.now();
    void document.documentElement.getBoundingClientRect();
    const t2 = performance.now();
    return { ms: t1 - t0, withLayout: t2 - t0, marks, terms: terms.length, calls };
  },

  markjsClear(): Promise<void> {
    if (typeof Mark === 'undefined') return Promise.resolve();
    const MarkJs = Mark;
    return new Promise((resolve) => new MarkJs(document.body).unmark({ done: () => resolve() }));
  },

  /** The content script's quick check on any page (runSession): sampleText + arabicScriptRatio. */
  quickCheck(): { ms: number; sampleMs: number; ratio: number; sampled: number } {
    gc();
    const t0 = performance.now();
    const sample = sampleText(document);
    const t1 = performance.now();
    const ratio = arabicScriptRatio(sample);
    const ms = performance.now() - t0;
    return { ms, sampleMs: t1 - t0, ratio, sampled: sample.length };
  },

  /** The page's word count (for the report). */
  words(): number {
    return (document.body.textContent ?? '').split(/\s+/).filter(Boolean).length;
  },
};

(globalThis as unknown as { marsadBench: typeof bench }).marsadBench = bench;

export type HighlightBench = typeof bench;
