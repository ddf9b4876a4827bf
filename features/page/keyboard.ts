/**
 * Keyboard navigation through the painted mentions: Alt+Shift+↓ / ↑ (or J / K with Alt+Shift) steps
 * to the next or previous one, focused and scrolled into view; Tab then goes into its card;
 * Escape lets go. Listens until the signal aborts.
 */
import type { MentionLocator } from '../../lib/highlight/hit';
import type { PlacedMention } from '../../lib/highlight/highlighter';

export interface KeyTargets {
  /** Where the painted mentions are (undefined before the first painting). */
  readonly locator: MentionLocator | undefined;
  /** The keyboard moved to this mention. */
  step(m: PlacedMention): void;
  /** Escape: lets go of what is open; false when nothing was. */
  escape(): boolean;
  /** Tab on a mention whose card is open: the keyboard goes into the card; false when it cannot. */
  enter(): boolean;
}

export class MentionKeys {
  /** The mention the keyboard is on (-1: none). */
  private index = -1;

  constructor(private readonly targets: KeyTargets) {}

  listen(signal: AbortSignal): void {
    document.addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal });
  }

  /** The keyboard is on a mention. */
  get active(): boolean {
    return this.index >= 0;
  }

  /** Let go (the card was closed, or the page painted again). */
  reset(): void {
    this.index = -1;
  }

  /** Stays on the mention at this index of the painted mentions (the page was painted again under it). */
  moveTo(index: number): void {
    this.index = index;
  }

  /** Steps to the next mention (or the previous one); false when there is none. */
  step(forward: boolean): boolean {
    const locator = this.targets.locator;
    if (!locator || locator.size === 0) return false;
    const n = locator.size;
    this.index = forward ? (this.index + 1) % n : (this.index - 1 + n) % n;
    const m = locator.all[this.index]!;
    const box = m.range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) window.scrollBy({ top: box.top - innerHeight / 3 });
    this.targets.step(m);
    return true;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      if (this.targets.escape()) this.index = -1;
      return;
    }
    if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      if (this.active && this.targets.enter()) e.preventDefault();
      return;
    }
    if (!e.altKey || !e.shiftKey) return;
    const next = e.key === 'ArrowDown' || e.code === 'KeyJ';
    const prev = e.key === 'ArrowUp' || e.code === 'KeyK';
    if (!next && !prev) return;
    if (!this.step(next)) return;
    e.preventDefault();
    e.stopPropagation();
  }
}
