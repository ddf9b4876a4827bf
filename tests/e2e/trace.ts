/**
 * What a page's threads did, from a trace of the whole browser (CDP `Tracing`): every task of a
 * thread, which of them ran script, their wall and CPU time. The benchmark's cold start
 * (bench/browser/extension.ts) and the end-to-end tests of huge pages read the page's main thread
 * (on a page with no script of its own, the tasks that run script are the extension's) and the
 * service worker's with it.
 */
import type { BrowserContext } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event (what it cost, whatever else the machine was running). */
  tdur?: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];
/** Events that are script running: evaluating a script, calling into it, its promise continuations. */
const SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame']);

/** Traces the whole browser (every process: the page's renderer, the extension's worker) while `run` runs. */
export async function traced(context: BrowserContext, run: () => Promise<void>): Promise<TraceEvent[]> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser to trace');
  const cdp = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
  }
  return events;
}

export interface ThreadFigures {
  /** Every task on the thread, ms. */
  busy: number;
  /** Their CPU time, ms. */
  busyCpu: number;
  longestTask: number;
  /** The tasks that ran script (on the page's thread: the extension's), ms. */
  script: number;
  longestScript: number;
  /** The same tasks' CPU time, ms: on a busy machine a task waits for a core, and its wall time grows. */
  scriptCpu: number;
  longestScriptCpu: number;
  /** Time in `EvaluateScript` by script file name (content.js, analyser.js). */
  evaluations: Record<string, number>;
}

/** The top-level tasks of one thread, each with whether it ran script. */
export function threadFigures(events: readonly TraceEvent[], pid: number, tid: number): ThreadFigures {
  const own = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const tasks = own.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  // Only the outermost tasks (a nested run loop's tasks are inside their parent's time).
  const outer: TraceEvent[] = [];
  for (const t of tasks) {
    const last = outer[outer.length - 1];
    if (!last || t.ts >= last.ts + (last.dur ?? 0)) outer.push(t);
  }
  const scripts = own.filter((e) => SCRIPT.has(e.name)).sort((a, b) => a.ts - b.ts);
  const ms = (us: number | undefined) => (us ?? 0) / 1000;
  let busy = 0;
  let busyCpu = 0;
  let longestTask = 0;
  let script = 0;
  let longestScript = 0;
  let scriptCpu = 0;
  let longestScriptCpu = 0;
  let j = 0;
  for (const t of outer) {
    const end = t.ts + (t.dur ?? 0);
    while (j < scripts.length && scripts[j]!.ts < t.ts) j++;
    const runsScript = j < scripts.length && scripts[j]!.ts < end;
    busy += ms(t.dur);
    busyCpu += ms(t.tdur);
    longestTask = Math.max(longestTask, ms(t.dur));
    if (runsScript) {
      script += ms(t.dur);
      longestScript = Math.max(longestScript, ms(t.dur));
      scriptCpu += ms(t.tdur);
      longestScriptCpu = Math.max(longestScriptCpu, ms(t.tdur));
    }
  }
  const evaluations: Record<string, number> = {};
  for (const e of own) {
    if (e.name !== 'EvaluateScript' || !e.args?.data?.url) continue;
    const name = e.args.data.url.replace(/^.*\//, '');
    evaluations[name] = (evaluations[name] ?? 0) + ms(e.dur);
  }
  return { busy, busyCpu, longestTask, script, longestScript, scriptCpu, longestScriptCpu, evaluations };
}

/** The thread whose events name `url` (the page's main thread: it parsed it; the worker's: it ran it). */
export function threadOf(events: readonly TraceEvent[], match: (e: TraceEvent) => boolean): { pid: number; tid: number } | undefined {
  const e = events.find(match);
  return e ? { pid: e.pid, tid: e.tid } : undefined;
}


/** The main thread of the tab that loaded `url` (it parsed it). */
export function pageThread(events: readonly TraceEvent[], url: string): { pid: number; tid: number } | undefined {
  return threadOf(events, (e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
}

/** The extension's service worker's thread (it ran background.js). */
export function workerThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  return threadOf(events, (e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && /^chrome-extension:\/\/[^/]+\/background\.js$/.test(e.args?.data?.url ?? ''));
}
