/**
 * The in-page card's host: one <marsad-card> element with a closed shadow root
 * (components/card/mount.ts), placed next to a mention (card-placement.ts) from the size it has
 * now, and placed again whenever that size changes (its data arrives, its form opens), the window
 * is resized or the page scrolls under it.
 */
import { render } from 'preact';
import { CARD_CSS, EntityCard, type EntityCardProps } from '../../components/card/EntityCard';
import { ShadowMount } from '../../components/card/mount';
import { placeCard } from './card-placement';
import { NextFrame } from './timers';

/** The card's width when it cannot be measured (its style says 360px). */
const CARD_WIDTH = 360;
/** The room the placement leaves the card: more content, and it scrolls within itself, not the page. */
const PLACED_CSS = `
.card { max-height: var(--marsad-card-room, 70vh); overscroll-behavior: contain; }
`;

/** What a card is placed next to: a mention's Range, measured again at each placing. */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
}

/** One showing of the card: re-renders it while it is still this showing (not hidden, not shown again for another mention), and does nothing after. */
export interface ShownCard {
  update(props: EntityCardProps): void;
}

export class CardHost {
  private readonly mount: ShadowMount;
  private anchor: CardAnchor | undefined;
  /** Counts showings: an update from an earlier one is stale. */
  private showing = 0;
  private readonly resized: ResizeObserver | undefined;
  private observed: Element | undefined;
  private readonly replace = new NextFrame(() => this.place());
  private readonly listening = new AbortController();

  constructor(private readonly doc: Document) {
    this.mount = new ShadowMount(doc, 'marsad-card', CARD_CSS + PLACED_CSS, 'position:fixed;z-index:2147483647;top:0;left:0;display:none;');
    // Placed again from the frame after a change of size: never from inside the observer's own
    // callback, where moving or capping the card would change what it observes.
    this.resized = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.replace.schedule()) : undefined;
    const view = doc.defaultView;
    const again = () => this.isOpen && this.place();
    view?.addEventListener('resize', again, { passive: true, signal: this.listening.signal });
    view?.addEventListener('scroll', again, { passive: true, signal: this.listening.signal });
  }

  get element(): HTMLElement | undefined {
    return this.mount.element;
  }

  get isOpen(): boolean {
    const host = this.mount.element;
    return host !== undefined && host.style.display !== 'none';
  }

  /** Does this event target lie inside the card? */
  contains(target: EventTarget | null): boolean {
    return this.mount.contains(target);
  }

  /** Shows the card next to `anchor` (a mention's Range). Returns the way to re-render this showing. */
  show(props: EntityCardProps, anchor: CardAnchor): ShownCard {
    const { host, container } = this.mount.ensure();
    if (this.observed !== container) {
      this.resized?.disconnect();
      this.resized?.observe(container);
      this.observed = container;
    }
    const showing = ++this.showing;
    this.anchor = anchor;
    render(EntityCard(props), container);
    host.style.display = 'block';
    this.place();
    return {
      update: (next) => {
        if (showing !== this.showing || !this.isOpen) return;
        render(EntityCard(next), this.mount.ensure().container);
        // Placed from its new size at once (the observer would only follow a frame later).
        this.place();
      },
    };
  }

  /** The mention was painted again (the page re-rendered it): the card stays with it, at its new Range. */
  follow(anchor: CardAnchor): void {
    if (!this.anchor) return;
    this.anchor = anchor;
    this.place();
  }

  hide(): void {
    this.showing++;
    this.anchor = undefined;
    this.replace.cancel();
    const host = this.mount.element;
    if (host) host.style.display = 'none';
  }

  destroy(): void {
    this.hide();
    this.listening.abort();
    this.resized?.disconnect();
    this.observed = undefined;
    this.mount.remove((container) => render(null, container));
  }

  /** Puts the card where it fits whole, from the size it has now (card-placement.ts). */
  private place(): void {
    const host = this.mount.element;
    if (!host || !this.anchor || !this.isOpen) return;
    const card = this.mount.ensure().container.firstElementChild as HTMLElement | null;
    const view = this.doc.defaultView!;
    // The room a fixed element has: the window less its scroll bars.
    const seen = this.doc.scrollingElement;
    const size = {
      width: card?.offsetWidth || CARD_WIDTH,
      // All of its content, also when it is capped and scrolls: scrollHeight, plus its borders.
      height: card ? card.scrollHeight + card.offsetHeight - card.clientHeight : 0,
    };
    const at = placeCard(this.anchor.getBoundingClientRect(), size, {
      width: Math.min(view.innerWidth, seen?.clientWidth || view.innerWidth),
      height: Math.min(view.innerHeight, seen?.clientHeight || view.innerHeight),
    });
    host.style.left = `${at.left}px`;
    host.style.top = at.top === undefined ? 'auto' : `${at.top}px`;
    host.style.bottom = at.bottom === undefined ? 'auto' : `${at.bottom}px`;
    host.style.setProperty('--marsad-card-room', `${at.maxHeight}px`);
  }
}
