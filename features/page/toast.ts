/**
 * A short notice on the page ("Saved to Marsad", or why not) for actions started outside it, such
 * as the context menu. One <marsad-toast> element with a closed shadow root
 * (components/card/mount.ts): the text is set as text (never HTML), and it leaves by itself or on a
 * click.
 */
import { ShadowMount } from '../../components/card/mount';
import { themeRules } from '../../components/theme';

export type ToastKind = 'ok' | 'error';

const SHOWN_MS = { ok: 4000, error: 9000 } as const;

const CSS =
  themeRules('.toast') +
  `
:host { all: initial; }
.toast {
  position: fixed; z-index: 2147483647; inset-block-end: 16px; inset-inline-start: 50%;
  transform: translateX(-50%); max-width: min(32rem, calc(100vw - 32px)); box-sizing: border-box;
  padding: 10px 14px; border-radius: 8px; font: 14px/1.5 system-ui, "Noto Naskh Arabic", "Segoe UI", Tahoma, sans-serif;
  color: var(--marsad-notice-fg); background: var(--marsad-notice-bg); box-shadow: 0 4px 16px rgba(0, 0, 0, .25); cursor: pointer;
  border-inline-start: 5px solid var(--marsad-notice-ok);
}
.toast.error { border-inline-start-color: var(--marsad-notice-error); }
.brand { font-weight: 600; margin-inline-end: .4em; }
`;

export class Toast {
  private readonly mount: ShadowMount;
  private timer = 0;

  constructor(private readonly doc: Document) {
    this.mount = new ShadowMount(doc, 'marsad-toast', CSS);
  }

  show(kind: ToastKind, text: string, lang: 'ar' | 'en'): void {
    this.hide();
    const { container } = this.mount.ensure();
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
    container.append(box);
    this.timer = window.setTimeout(() => this.hide(), SHOWN_MS[kind]);
  }

  hide(): void {
    clearTimeout(this.timer);
    this.mount.remove();
  }
}
