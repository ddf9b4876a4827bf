/**
 * The built extension (.output/chrome-mv3) as a reader meets it: its bundles' sizes, and its cost
 * on a fresh page. Chromium loads the build through the end-to-end harness (tests/e2e/harness.ts)
 * with a built-in news site's host mapped to the benchmark's server, so the content script runs
 * by its real match patterns, the background injects the analyser, and the page is painted.
 *
 * The cost is read from a trace (CDP `Tracing`, on a session of the new tab) of the page's
 * renderer main thread: every task Chromium ran there from the navigation until the page had long
 * settled. A task is the extension's when it runs script (the page itself has none, and nothing
 * else evaluates anything in it while it is traced): the content script's and the analyser's
 * evaluation, their callbacks, timers and promise continuations. The same page in a browser with
 * extensions disabled gives the page's own figures beside them. The service worker's thread is
 * traced too: what the background did for the page, off the page's thread.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, EXTENSION_DIR, hostResolverRules, launchWithExtension, startStaticServer, stopServiceWorker } from '../../tests/e2e/harness';
import { NEWS_HOST } from '../../tests/e2e/marsad-page';
import { pageThread, threadFigures, traced, workerThread, type ThreadFigures } from '../../tests/e2e/trace';
import { median } from '../figures';

/**
 * The build measured: .output/chrome-mv3, or MARSAD_BENCH_EXTENSION (another commit's build, to
 * compare: `git archive <commit>`, `npx wxt build` there, and point this at its .output/chrome-mv3).
 */
export const BENCH_EXTENSION = process.env.MARSAD_BENCH_EXTENSION ?? EXTENSION_DIR;

/** How long a traced page is given after its load event: the extension's whole start fits well inside. */
const SETTLE_MS = 2_500;

// ---------------------------------------------------------------------------------------------
// Bundle sizes

export interface BundleSizes {
  analyser: number;
  background: number;
  content: number;
  /** popup.html's scripts and every chunk they import statically (what opening the popup loads). */
  popup: { bytes: number; files: string[] };
  options: { bytes: number; files: string[] };
}

/** The files a page's module scripts load before they run: its scripts, its module preloads, and their static imports. */
function pageScripts(dir: string, html: string): string[] {
  const source = readFileSync(join(dir, html), 'utf8');
  const roots = [...source.matchAll(/<script[^>]*\bsrc="([^"]+)"/g), ...source.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ''));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`): a dynamic import() is loaded when it is needed.
    for (const m of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)) {
      visit(join(file, '..', m[1]!).replace(/^\.\//, ''));
    }
  };
  roots.forEach(visit);
  return [...seen];
}

export function bundleSizes(dir = BENCH_EXTENSION): BundleSizes {
  const size = (file: string) => statSync(join(dir, file)).size;
  const page = (html: string) => {
    const files = pageScripts(dir, html);
    return { bytes: files.reduce((sum, f) => sum + size(f), 0), files };
  };
  return {
    analyser: size('analyser.js'),
    background: size('background.js'),
    content: size('content-scripts/content.js'),
    popup: page('popup.html'),
    options: page('options.html'),
  };
}

// ---------------------------------------------------------------------------------------------
// Traces (tests/e2e/trace.ts)

export interface ColdPage {
  page: ThreadFigures;
  /** The background's thread, for the same page (undefined with extensions disabled). */
  worker: ThreadFigures | undefined;
  /** Painted by the end of the trace (with the extension: it must be). */
  painted: boolean;
}

/** One fresh tab on `url`, traced from before its navigation until SETTLE_MS after its load event. */
async function coldPage(context: BrowserContext, url: string): Promise<ColdPage> {
  const page = await context.newPage();
  try {
    const events = await traced(context, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
    });
    const main = pageThread(events, url);
    if (!main) throw new Error(`the trace of ${url} has no main thread that parsed it`);
    const sw = workerThread(events);
    const painted = await page.evaluate(() => CSS.highlights.size > 0);
    return { page: threadFigures(events, main.pid, main.tid), worker: sw && threadFigures(events, sw.pid, sw.tid), painted };
  } finally {
    await page.close();
  }
}

/** When the first highlight is drawn on a fresh tab: performance.now() of the first frame CSS.highlights has one (ms after navigation). */
async function timeToHighlights(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const at = await page.waitForFunction(() => CSS.highlights.size > 0 && performance.now(), undefined, { polling: 'raf', timeout: 30_000 });
    return (await at.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

export interface ColdStart {
  awake: ColdPage[];
  asleep: ColdPage[];
  disabled: ColdPage[];
  /** First highlight drawn, ms after navigation: the service worker running, and asleep (woken by the page). */
  highlightAwake: number[];
  highlightAsleep: number[];
}

/**
 * The cold start: `runs` fresh tabs on the article with the service worker running, `runs` with
 * it asleep, and `runs` in a browser with extensions disabled; then when highlights appear.
 */
export async function coldStart(html: string, runs: number): Promise<ColdStart> {
  if (!existsSync(join(BENCH_EXTENSION, 'manifest.json'))) throw new Error(`no build in ${BENCH_EXTENSION}: run \`npm run build\` first`);
  const server = await startStaticServer();
  const path = '/cold-start-article.html';
  server.register(path, html);
  const url = `http://${NEWS_HOST}${path}`;
  const mapHosts = { hosts: [NEWS_HOST], port: server.port };
  const result: ColdStart = { awake: [], asleep: [], disabled: [], highlightAwake: [], highlightAsleep: [] };
  try {
    const withExtension = await launchWithExtension({ mapHosts, extensionDir: BENCH_EXTENSION });
    try {
      const { context } = withExtension;
      // One page first: Chromium's own first-use work (the profile, the extension's files) is not the page's.
      await timeToHighlights(context, url);
      for (let i = 0; i < runs; i++) {
        result.awake.push(await coldPage(context, url));
        await stopServiceWorker(context);
        result.asleep.push(await coldPage(context, url));
      }
      for (let i = 0; i < runs; i++) {
        result.highlightAwake.push(await timeToHighlights(context, url));
        await stopServiceWorker(context);
        result.highlightAsleep.push(await timeToHighlights(context, url));
      }
      if (withExtension.externalRequests().length) throw new Error(`requests left the machine: ${withExtension.externalRequests().join(', ')}`);
    } finally {
      await withExtension.close();
    }
    const plain = await launchPlain(mapHosts);
    try {
      const warm = await plain.newPage();
      await warm.goto(url);
      await warm.close();
      for (let i = 0; i < runs; i++) result.disabled.push(await coldPage(plain, url));
    } finally {
      await plain.close();
    }
  } finally {
    await server.close();
  }
  return result;
}

/** Chromium with extensions disabled, the news host mapped to the benchmark's server. */
function launchPlain(mapHosts: { hosts: readonly string[]; port: number }): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--disable-extensions', `--host-resolver-rules=${hostResolverRules(mapHosts.hosts, mapHosts.port)}`],
    proxy: { server: 'http://127.0.0.1:9', bypass: `127.0.0.1,localhost,${NEWS_HOST}` },
    viewport: { width: 1280, height: 800 },
  });
}

/** The median of one figure over pages. */
export function medianOf(pages: readonly ColdPage[], pick: (p: ColdPage) => number): number {
  return median(pages.map(pick));
}

// ---------------------------------------------------------------------------------------------
// A page that keeps changing

export interface TickerCost {
  /** The page's main thread while the ticker ticks, as a share of the time (wall, CPU), with Marsad; one figure per window. */
  withMarsad: { wall: number; cpu: number; worker: number }[];
  /** The same with extensions disabled. */
  without: { wall: number; cpu: number }[];
}

/**
 * What a page whose story keeps changing costs: the page is opened and painted, then its main
 * thread is traced for `windowMs` while its ticker ticks (every task: the page's own script, its
 * rendering, and Marsad's work), `runs` times in a fresh tab each; then the same page in a browser
 * with extensions disabled.
 */
export async function tickerCost(html: string, runs: number, windowMs: number): Promise<TickerCost> {
  const server = await startStaticServer();
  const path = '/ticker-article.html';
  server.register(path, html);
  const url = `http://${NEWS_HOST}${path}`;
  const mapHosts = { hosts: [NEWS_HOST], port: server.port };
  const result: TickerCost = { withMarsad: [], without: [] };
  const measure = async (context: BrowserContext, painted: boolean) => {
    const page = await context.newPage();
    try {
      await page.goto(url, { timeout: 60_000 });
      if (painted) await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 60_000 });
      await page.waitForTimeout(SETTLE_MS);
      const events = await traced(context, () => page.waitForTimeout(windowMs));
      const main = pageThread(events, url) ?? threadOfTimers(events);
      if (!main) throw new Error(`the trace of ${url} has no main thread`);
      const f = threadFigures(events, main.pid, main.tid);
      const sw = workerThread(events);
      return { wall: f.busy / windowMs, cpu: f.busyCpu / windowMs, worker: sw ? threadFigures(events, sw.pid, sw.tid).busyCpu : 0 };
    } finally {
      await page.close();
    }
  };
  try {
    const withExtension = await launchWithExtension({ mapHosts, extensionDir: BENCH_EXTENSION });
    try {
      for (let i = 0; i < runs; i++) result.withMarsad.push(await measure(withExtension.context, true));
    } finally {
      await withExtension.close();
    }
    const plain = await launchPlain(mapHosts);
    try {
      for (let i = 0; i < runs; i++) result.without.push(await measure(plain, false));
    } finally {
      await plain.close();
    }
  } finally {
    await server.close();
  }
  return result;
}

/** The thread that ran the page's timers (a trace that began after the page was parsed names no ParseHTML). */
function threadOfTimers(events: Parameters<typeof pageThread>[0]): { pid: number; tid: number } | undefined {
  const e = events.find((x) => x.name === 'TimerFire');
  return e ? { pid: e.pid, tid: e.tid } : undefined;
}
