/**
 * What the component tests share: waiting, as a person watching the screen would, for a change to
 * show; and an extension page's own styles, for what the screen shows (happy-dom computes styles).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'preact/test-utils';
import { applyTheme } from './theme';

/**
 * Retries `check` (letting timers, IndexedDB and messages run in between) until it stops throwing,
 * and rethrows its last error after `timeout` ms. The timeout is generous: CI machines are slow.
 */
export async function waitFor<T>(check: () => T | Promise<T>, timeout = 4000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > until) throw e;
    }
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
}

/** The browser's client, for the component tests (WXT's fake browser stands in for the browser). */
export { browserClient as testClient } from '../features/client';

/**
 * Gives the test document an extension page's look: the theme's colours and that page's stylesheet
 * (`entrypoints/<page>/style.css`). Returns what takes them away again.
 */
export function usePageStyle(page: 'popup' | 'options'): () => void {
  applyTheme(document);
  const style = document.createElement('style');
  style.textContent = readFileSync(join(__dirname, '..', 'entrypoints', page, 'style.css'), 'utf8');
  document.head.append(style);
  return () => {
    style.remove();
    document.head.querySelector('style[data-marsad-theme]')?.remove();
  };
}
