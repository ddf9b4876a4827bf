/**
 * The content script's ways of waiting for a page that keeps changing, on plain timers: one
 * timer pending at a time, cancelled by its owner when the context is invalidated.
 * (WXT's `ctx.setTimeout` / `ctx.requestAnimationFrame` add an abort listener per call that is
 * never removed: one per mutation or per frame of pointer movement, for the page's whole life.)
 */

/**
 * Runs `fn` once the page has been quiet for `wait` ms, and at the latest `maxWait` ms after the
 * first call of a burst, whatever the page keeps doing: a live blog, a ticker or a framework that
 * re-renders every few hundred ms is never quiet, and a plain debounce would never run.
 */
export class Debounce {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending burst began. */
  private since = 0;

  constructor(
    private readonly fn: () => void,
    private readonly wait: number,
    private readonly maxWait: number,
  ) {}

  get pending(): boolean {
    return this.timer !== undefined;
  }

  schedule(): void {
    const now = Date.now();
    if (this.timer === undefined) this.since = now;
    else clearTimeout(this.timer);
    const due = Math.min(now + this.wait, this.since + this.maxWait);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.fn();
    }, Math.max(0, due - now));
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
