/**
 * Pages that fill in after loading: watch the page's changes and read it again after each burst of
 * them, a bounded number of times, until the reading says it is done. The loop the quick check
 * (does the page turn Arabic?) and the analyser (does it turn into an article?) share.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface WatchOptions {
  /** How long the page must be quiet before it is read again (ms). */
  delay: number;
  /** How many times it is read again at most. */
  attempts: number;
  /** Reads the page; true when there is no need to watch any longer. */
  check: () => boolean | Promise<boolean>;
}

/** Watches document.body until `check` is done or the attempts run out; stops with the context. */
export function watchUntil(ctx: ContentScriptContext, { delay, attempts, check }: WatchOptions): void {
  if (!document.body) return;
  let left = attempts;
  let timer = 0;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = ctx.setTimeout(async () => {
      left--;
      if ((await check()) || left <= 0) observer.disconnect();
    }, delay);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
}
