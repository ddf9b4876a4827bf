/**
 * Pages that fill in after loading: watch the page's changes and read it again after each burst of
 * them, a bounded number of times, until the reading says it is done. The loop the quick check
 * (does the page turn Arabic?) and the analyser (does it turn into an article?) share.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Debounce } from './timers';

export interface WatchOptions {
  /** How long the page must be quiet before it is read again (ms). */
  delay: number;
  /**
   * How long after a change the page is read at the latest, quiet or not (ms): a page that changes
   * more often than `delay` (a live blog, a ticker, a framework re-rendering) is still read.
   */
  maxWait: number;
  /** How many times it is read again at most. */
  attempts: number;
  /** Reads the page; true when there is no need to watch any longer. */
  check: () => boolean | Promise<boolean>;
}

/** Watches document.body until `check` is done or the attempts run out; stops with the context. */
export function watchUntil(ctx: ContentScriptContext, { delay, maxWait, attempts, check }: WatchOptions): void {
  if (!document.body) return;
  let left = attempts;
  let checking = false;
  const stop = () => {
    observer.disconnect();
    later.cancel();
  };
  const later = new Debounce(
    () => {
      // One reading at a time: a change during a slow reading is read after it.
      if (checking) return later.schedule();
      checking = true;
      left--;
      void Promise.resolve(check())
        .catch(() => false)
        .then((done) => {
          checking = false;
          if (done || left <= 0 || ctx.isInvalid) stop();
        });
    },
    delay,
    maxWait,
  );
  const observer = new MutationObserver(() => later.schedule());
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(stop);
}
