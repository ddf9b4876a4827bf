/**
 * The in-page card's host: one <marsad-card> element with a closed shadow root, placed next to a
 * mention. The page's styles never reach inside, and nothing of the page is inserted as HTML.
 */
import { render } from 'preact';
import { CARD_CSS, EntityCard, type EntityCardProps } from '../../components/card/EntityCard';

const MARGIN = 8;

export class CardHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;

  constructor(private readonly doc: Document) {}

  get element(): HTMLElement | undefined {
    return this.host;
  }

  get isOpen(): boolean {
    return this.host !== undefined && this.host.style.display !== 'none';
  }

  /** Does this event target lie inside the card? */
  contains(target: EventTarget | null): boolean {
    return target instanceof Node && this.host !== undefined && (target === this.host || this.host.contains(target));
  }

  private ensure(): { host: HTMLElement; mount: HTMLElement } {
    if (this.host && this.mount && this.host.isConnected) return { host: this.host, mount: this.mount };
    const host = this.doc.createElement('marsad-card');
    host.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;display:none;';
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const mount = this.doc.createElement('div');
    shadow.append(style, mount);
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return { host, mount };
  }

  /** Shows (or refreshes) the card next to `anchor`, a box in viewport coordinates. */
  show(props: EntityCardProps, anchor: DOMRect): void {
    const { host, mount } = this.ensure();
    render(EntityCard(props), mount);
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
    if (this.mount && this.isOpen) render(EntityCard(props), this.mount);
  }

  hide(): void {
    if (this.host) this.host.style.display = 'none';
  }

  destroy(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = undefined;
    this.mount = undefined;
  }
}
