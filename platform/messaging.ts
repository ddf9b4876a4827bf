/**
 * The message contract of lib/messages.ts bound to the browser's messaging (@webext-core/messaging).
 * A reply travels as a `Result`: the value, or a coded error the caller gets back as a MarsadError.
 *
 * Calls to a tab use the promise form of tabs.sendMessage in the library's message format, so a
 * tab without Marsad simply rejects (the library's own tab path leaves "Receiving end does not
 * exist" unchecked in the console).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import {
  fromResult,
  MarsadError,
  PAGE_MAY_CALL,
  toResult,
  type BackgroundCalls,
  type BackgroundHandlers,
  type PageCalls,
  type PageHandlers,
  type ReplyOf,
  type RequestOf,
  type Result,
  type Sender,
} from '../lib/messages';

/** A contract as it travels: every reply wrapped in a Result. */
type Wire<M> = { [K in keyof M]: (data: RequestOf<M, K>) => Result<ReplyOf<M, K>> };
/** The request argument of a call: none for a call that takes none. */
type Args<M, K extends keyof M> = RequestOf<M, K> extends undefined ? [] : [RequestOf<M, K>];

const toBackground = defineExtensionMessaging<Wire<BackgroundCalls>>();
const toPage = defineExtensionMessaging<Wire<PageCalls>>();

/** Calls the background; rejects with a MarsadError carrying the handler's error code. */
export async function callBackground<K extends keyof BackgroundCalls>(name: K, ...data: Args<BackgroundCalls, K>): Promise<ReplyOf<BackgroundCalls, K>> {
  return fromResult(await toBackground.sendMessage(name, data[0] as never));
}

/**
 * Answers the calls to the background with their handlers (in the service worker: all of them;
 * a test may stand in for some). Returns how to stop.
 */
export function serveBackground(handlers: Partial<BackgroundHandlers>): () => void {
  const own = ownOrigins();
  const stops = (Object.keys(handlers) as (keyof BackgroundCalls)[]).map((name) =>
    toBackground.onMessage(name, ({ data, sender }) => {
      const from: Sender = { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url, extension: isOwnPage(sender, own) };
      // An async function: its reply is a native Promise (Dexie's own promise type would be dropped).
      return toResult(() => {
        if (!from.extension && !PAGE_MAY_CALL.has(name)) throw new MarsadError('invalid', `A web page may not ask for ${name}.`);
        return (handlers[name] as (d: unknown, s: Sender) => unknown)(data, from);
      }) as never;
    }),
  );
  return () => stops.forEach((stop) => stop());
}

/**
 * Did one of Marsad's own pages send this? A content script's messages carry its tab and its web
 * page's address; the popup's, the options page's, a history tab's and the hover card's frame
 * (in a web page's tab) carry Marsad's own origin (a sender with neither tab nor address is no
 * content script either: the browser always gives those their tab).
 */
export function isOwnPage(sender: { url?: string; id?: string; tab?: unknown }, own: string | readonly string[]): boolean {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
  const origins = typeof own === 'string' ? [own] : own;
  return typeof sender.url === 'string' ? origins.some((o) => sender.url!.startsWith(o)) : sender.tab === undefined;
}

/**
 * Marsad's own origin, as `runtime.getURL` gives it and, in Chromium, under the extension's id:
 * an address of a resource listed with `use_dynamic_url` is given under a per-session id, while
 * its page, once loaded, runs (and sends) at `chrome-extension://<id>/`.
 */
function ownOrigins(): string[] {
  const given = browser.runtime.getURL('/');
  const { protocol } = new URL(given);
  return protocol === 'chrome-extension:' ? [given, `chrome-extension://${browser.runtime.id}/`] : [given];
}

/** Answers one call to this page (in the content script). Returns how to stop. */
export function servePage<K extends keyof PageCalls>(name: K, handler: PageHandlers[K]): () => void {
  return toPage.onMessage(name, ({ data }) => toResult(() => (handler as (d: unknown) => unknown)(data)) as never);
}

let seq = Math.floor(Math.random() * 1e4);

/** Calls a tab's content script; rejects with a MarsadError ('not-running' when no Marsad answers there). */
export async function callPage<K extends keyof PageCalls>(tabId: number, name: K, ...data: Args<PageCalls, K>): Promise<ReplyOf<PageCalls, K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { id: seq++, type: name, data: data[0], timestamp: Date.now() }).catch(() => undefined)) as
    | { res?: Result<ReplyOf<PageCalls, K>>; err?: { message?: string } }
    | undefined;
  if (!reply) throw new MarsadError('not-running', 'Marsad is not running in this tab.');
  if (reply.err) throw new MarsadError('failed', reply.err.message ?? 'The page could not answer.');
  return fromResult(reply.res);
}
