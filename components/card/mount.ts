/**
 * One element of Marsad's own on a page, with a closed shadow root: the page's styles never reach
 * inside, the page's scripts cannot read it, and nothing of the page is inserted as HTML. The hover
 * card and the notices both live in one (like hypothesis's PreactContainer, or WXT's
 * createShadowRootUi).
 */
export class ShadowMount {
  private host: HTMLElement | undefined;
  private root: HTMLElement | undefined;

  /**
   * @param tag the custom element's name (`marsad-card`, `marsad-toast`)
   * @param css the styles inside the shadow root
   * @param hostStyle the host element's own inline style (its place on the page)
   */
  constructor(
    private readonly doc: Document,
    private readonly tag: string,
    private readonly css: string,
    private readonly hostStyle = '',
  ) {}

  /** The host element, when it is on the page. */
  get element(): HTMLElement | undefined {
    return this.host?.isConnected ? this.host : undefined;
  }

  /** The container inside the shadow root, creating the element (at the end of <html>) the first time. */
  ensure(): { host: HTMLElement; container: HTMLElement } {
    if (this.host && this.root && this.host.isConnected) return { host: this.host, container: this.root };
    const host = this.doc.createElement(this.tag);
    if (this.hostStyle) host.style.cssText = this.hostStyle;
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = this.css;
    const container = this.doc.createElement('div');
    shadow.append(style, container);
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = container;
    return { host, container };
  }

  /** Does this event target lie inside the element? */
  contains(target: EventTarget | null): boolean {
    return target instanceof Node && this.host !== undefined && (target === this.host || this.host.contains(target));
  }

  /** Takes the element off the page; `beforeRemove` may unmount what was rendered into it first. */
  remove(beforeRemove?: (container: HTMLElement) => void): void {
    if (this.root) beforeRemove?.(this.root);
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
  }
}
