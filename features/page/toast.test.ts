import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toast } from './toast';

/** The toast's closed shadow roots, caught as they are made (a closed root cannot be reached later). */
let roots: ShadowRoot[];
beforeEach(() => {
  roots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.querySelectorAll('marsad-toast').forEach((e) => e.remove());
});

const box = () => roots.at(-1)!.querySelector<HTMLElement>('.toast')!;

describe('Toast', () => {
  it('shows the text as text, in a closed shadow root, in the language’s direction', () => {
    const toast = new Toast(document);
    toast.show('error', '<img src=x onerror="alert(1)"> لم تُحفظ', 'ar');
    const host = document.querySelector('marsad-toast')!;
    expect(host.shadowRoot).toBeNull(); // closed
    expect(vi.mocked(Element.prototype.attachShadow)).toHaveBeenCalledWith({ mode: 'closed' });
    expect(box().querySelector('img')).toBeNull();
    expect(box().textContent).toBe('مرصد<img src=x onerror="alert(1)"> لم تُحفظ');
    expect(box().getAttribute('role')).toBe('alert');
    expect(box().dir).toBe('rtl');
    expect(box().lang).toBe('ar');
  });

  it('keeps one notice at a time, and leaves by itself or when clicked', () => {
    const toast = new Toast(document);
    toast.show('ok', 'Page saved to your corpus.', 'en');
    toast.show('ok', 'Saved again.', 'en');
    expect(document.querySelectorAll('marsad-toast')).toHaveLength(1);
    expect(box().getAttribute('role')).toBe('status');
    expect(box().dir).toBe('ltr');
    vi.advanceTimersByTime(3900);
    expect(document.querySelector('marsad-toast')).not.toBeNull();
    vi.advanceTimersByTime(200);
    expect(document.querySelector('marsad-toast')).toBeNull();
    toast.show('error', 'Not saved.', 'en');
    box().click();
    expect(document.querySelector('marsad-toast')).toBeNull();
  });

  it('gives an error longer to be read than a success', () => {
    const toast = new Toast(document);
    toast.show('error', 'The page could not be saved.', 'en');
    vi.advanceTimersByTime(8000);
    expect(document.querySelector('marsad-toast')).not.toBeNull();
    vi.advanceTimersByTime(1100);
    expect(document.querySelector('marsad-toast')).toBeNull();
  });
});
