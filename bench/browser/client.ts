/**
 * The Marsad client (components/client.tsx) that the corpus benchmark gives the popup's components
 * in a plain page: `call(name, data)` runs the background's own handler for that call in the page,
 * and hands the reply back through structuredClone, as extension messaging copies it. What is not
 * measured: the trip to the service worker and back (inter-process messaging). The rest of the
 * client (settings, tabs, files) is not asked for by the views benchmarked.
 */
import type { MarsadClient } from '../../components/client';
import type { BackgroundCalls, ReplyOf, RequestOf } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';

/** The handlers the benchmark answers calls with, by call name (set by the benchmark). */
export type BenchHandlers = {
  [K in keyof BackgroundCalls]?: (data: RequestOf<BackgroundCalls, K>) => ReplyOf<BackgroundCalls, K> | Promise<ReplyOf<BackgroundCalls, K>>;
};

export const handlers: BenchHandlers = {};

/** Every call made, with when it was made and when its reply arrived (performance.now()). */
export const messageLog: { name: string; start: number; end: number }[] = [];

const absent = (what: string) => () => {
  throw new Error(`the benchmark's client has no ${what}`);
};

export const benchClient: MarsadClient = {
  async call(name, ...data) {
    const handler = handlers[name] as ((data: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`benchmark client: no handler for «${name}»`);
    const start = performance.now();
    const reply = structuredClone(await handler(structuredClone(data[0]))) as ReplyOf<BackgroundCalls, typeof name>;
    messageLog.push({ name, start, end: performance.now() });
    return reply;
  },
  settings: {
    load: () => Promise.resolve({ ...DEFAULT_SETTINGS }),
    save: absent('settings storage'),
    watch: () => () => undefined,
  },
  tabs: { current: () => Promise.resolve(undefined), read: absent('tabs'), analyseOnce: absent('tabs'), enableSite: absent('tabs'), forgetSite: absent('tabs') },
  files: { download: absent('downloads'), readText: absent('files'), readParts: absent('files') },
  app: { version: 'bench', language: 'ar', openOptions: () => undefined },
};
