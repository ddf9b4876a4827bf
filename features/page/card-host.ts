/**
 * The in-page card's host: one <marsad-card> element with a closed shadow root
 * (components/card/mount.ts), placed next to a mention.
 */
import { render } from 'preact';
import { CARD_CSS, EntityCard, type EntityCardProps } from '../../components/card/EntityCard';
import { ShadowMount } from '../../components/card/mount';

const MARGIN = 8;

export class CardHost {
  private readonly mount: ShadowMount;

  constructor(private readonly doc: Document) {
    this.mount = new ShadowMount(doc, 'marsad-card', CARD_CSS, 'position:fixed;z-index:2147483647;top:0;left:0;display:none;');
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

  /** Shows (or refreshes) the card next to `anchor`, a box in viewport coordinates. */
  show(props: EntityCardProps, anchor: DOMRect): void {
    const { host, container } = this.mount.ensure();
    render(EntityCard(props), container);
    host.style.display = 'block';
    const view = this.doc.defaultView!;
    const width = Math.min(360, view.innerWidth - 2 * MARGIN);
    const height = host.getBoundingClientRect().height || 240;
    let top = anchor.bottom + MARGIN;
    if (top + height > view.innerHeight - MARGIN && anchor.top - MARGIN - height > MARGIN) top = anchor.top - MARGIN - height;
    // Right-to-left pages read from the right: align the card's right edge with the mention's.
    let left = anchor.right - width;
    left = Math.max(MARGIN, Math.min(left, view.innerWidth - width - MARGIN));
    host.style.top = `${Math.max(MARGIN, top)}px`;
    host.style.left = `${left}px`;
  }

  /** Re-renders the card in place (data arrived). */
  update(props: EntityCardProps): void {
    if (this.isOpen) render(EntityCard(props), this.mount.ensure().container);
  }

  hide(): void {
    const host = this.mount.element;
    if (host) host.style.display = 'none';
  }

  destroy(): void {
    this.mount.remove((container) => render(null, container));
  }
}
