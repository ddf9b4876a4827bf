/**
 * The content script's two ways of waiting for a page that keeps changing, on plain timers: one
 * timer (or frame) pending at a time, cancelled by its owner when the context is invalidated.
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

/**
 * Runs `fn` before the page is drawn next (an animation frame), at most once a frame and at most
 * once every `minInterval` ms: however often it is asked for, one run is pending at a time.
 */
export class NextFrame {
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = -Infinity;

  constructor(
    private readonly fn: () => void,
    private readonly minInterval = 0,
  ) {}

  get pending(): boolean {
    return this.frame !== 0 || this.timer !== undefined;
  }

  schedule(): void {
    if (this.pending) return;
    const early = this.last + this.minInterval - Date.now();
    if (early > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.request();
      }, early);
    } else this.request();
  }

  cancel(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = 0;
    this.timer = undefined;
  }

  private request(): void {
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.last = Date.now();
      this.fn();
    });
  }
}
