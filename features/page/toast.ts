/**
 * A short notice on the page ("Saved to Marsad", or why not) for actions started outside it, such
 * as the context menu. One <marsad-toast> element with a closed shadow root: the page's styles do
 * not reach in, the text is set as text (never HTML), and it leaves by itself or on a click.
 */
export type ToastKind = 'ok' | 'error';

const SHOWN_MS = { ok: 4000, error: 9000 } as const;

const CSS = `
:host { all: initial; }
.toast {
  position: fixed; z-index: 2147483647; inset-block-end: 16px; inset-inline-start: 50%;
  transform: translateX(-50%); max-width: min(32rem, calc(100vw - 32px)); box-sizing: border-box;
  padding: 10px 14px; border-radius: 8px; font: 14px/1.5 system-ui, "Noto Naskh Arabic", "Segoe UI", Tahoma, sans-serif;
  color: #fff; background: #1f2328; box-shadow: 0 4px 16px rgba(0, 0, 0, .25); cursor: pointer;
  border-inline-start: 5px solid #2da44e;
}
.toast.error { border-inline-start-color: #cf222e; }
.brand { font-weight: 600; margin-inline-end: .4em; }
`;

export class Toast {
  private host: HTMLElement | undefined;
  private timer = 0;

  constructor(private readonly doc: Document) {}

  show(kind: ToastKind, text: string, lang: 'ar' | 'en'): void {
    this.hide();
    const host = this.doc.createElement('marsad-toast');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CSS;
    const box = this.doc.createElement('div');
    box.className = `toast ${kind}`;
    box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    box.lang = lang;
    box.dir = lang === 'ar' ? 'rtl' : 'ltr';
    const brand = this.doc.createElement('span');
    brand.className = 'brand';
    brand.textContent = lang === 'ar' ? 'مرصد' : 'Marsad';
    box.append(brand, this.doc.createTextNode(text));
    box.addEventListener('click', () => this.hide());
    shadow.append(style, box);
    this.doc.documentElement.append(host);
    this.host = host;
    this.timer = window.setTimeout(() => this.hide(), SHOWN_MS[kind]);
  }

  hide(): void {
    clearTimeout(this.timer);
    this.host?.remove();
    this.host = undefined;
  }
}
