/** What the component tests share: waiting, as a person watching the screen would, for a change to show. */
import { act } from 'preact/test-utils';

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
