/**
 * Is the card seen as it is drawn? A page cannot read the card's frame, but it can still try to
 * make the reader click it unseen: an `opacity: .01` on the page's root, a filter, a transform, a
 * clip, or an element of its own drawn over the frame. Chromium's IntersectionObserver v2
 * (`trackVisibility`, the standard tool for this, as ad and payment frames use it) reports
 * whether an element is drawn unaltered and uncovered, the page's elements around and over the
 * frame included. Until its first report after a showing, and while it says no, the card's
 * controls do nothing. A browser without it (Firefox) cannot tell, and the card trusts it.
 */

/** IntersectionObserver v2's options and entry, which TypeScript's DOM types do not have yet. */
type TrackingInit = IntersectionObserverInit & { trackVisibility: boolean; delay: number };
type TrackedEntry = IntersectionObserverEntry & { isVisible?: boolean };

/** The least delay between two reports that the API accepts with `trackVisibility`. */
const DELAY = 100;

export class SeenGate {
  /** The latest report since the card was shown: undefined until there is one, or while the card is off the screen. */
  private report: boolean | undefined;
  private readonly observer: IntersectionObserver | undefined;

  /** @param changed called when a report says otherwise than the one before */
  constructor(
    private readonly changed: () => void,
    view: { IntersectionObserver?: typeof IntersectionObserver; IntersectionObserverEntry?: typeof IntersectionObserverEntry } = globalThis,
  ) {
    const supported = typeof view.IntersectionObserver === 'function' && view.IntersectionObserverEntry !== undefined && 'isVisible' in view.IntersectionObserverEntry.prototype;
    this.observer = supported
      ? new view.IntersectionObserver!((entries) => {
          const last = entries.at(-1) as TrackedEntry | undefined;
          if (!last) return;
          // Not on the screen at all (the frame not shown yet): nothing seen, nothing hidden either.
          const seen = last.isIntersecting ? last.isVisible === true : undefined;
          if (seen === this.report) return;
          this.report = seen;
          this.changed();
        }, { threshold: [0], trackVisibility: true, delay: DELAY } as TrackingInit)
      : undefined;
  }

  /** The browser can tell (Chromium). */
  get supported(): boolean {
    return this.observer !== undefined;
  }

  /** Watches `el` afresh: the card was shown, and what was seen before says nothing of now. */
  watch(el: Element): void {
    if (!this.observer) return;
    this.observer.disconnect();
    this.report = undefined;
    // Observing again makes a first report of its own, even when nothing changed.
    this.observer.observe(el);
  }

  /** The card is seen as drawn (where the browser cannot tell: taken as seen). */
  get seen(): boolean {
    return this.observer ? this.report === true : true;
  }

  /** The browser said that the card is not seen as drawn (not merely: not yet said). */
  get hidden(): boolean {
    return this.report === false;
  }

  stop(): void {
    this.observer?.disconnect();
  }
}
