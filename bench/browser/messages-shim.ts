/**
 * Stands in for lib/messages.ts in the corpus benchmark's bundle (bench/browser.bench.ts swaps it
 * in with an esbuild plugin), so that components/popup/EntityView.tsx can be mounted in a plain
 * page: `sendMessage(name, data)` calls the background's own handler for that message in the page,
 * and hands the reply back through structuredClone, as extension messaging copies it. What is not
 * measured: the trip to the service worker and back (inter-process messaging).
 */
type Handler = (data: never) => unknown;

export const handlers: Record<string, Handler> = {};

/** Every message sent, with when it was sent and when its reply arrived (performance.now()). */
export const messageLog: { name: string; start: number; end: number }[] = [];

export async function sendMessage(name: string, data?: unknown): Promise<never> {
  const handler = handlers[name];
  if (!handler) throw new Error(`messages-shim: no handler for «${name}»`);
  const start = performance.now();
  const reply = structuredClone(await handler(structuredClone(data) as never)) as never;
  messageLog.push({ name, start, end: performance.now() });
  return reply;
}

/** Nothing listens in the benchmark page. */
export function onMessage(): () => void {
  return () => undefined;
}
