import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchUntil } from './watch';

let ctx: ContentScriptContext;
let changes = 0;

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('watch-test');
  document.body.replaceChildren();
  vi.useFakeTimers();
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** The page changes (a ticker's line, a framework's render). */
function change(): void {
  const p = document.createElement('p');
  p.textContent = `تحديث ${++changes}`;
  document.body.replaceChildren(p);
}

/** The page changes every `every` ms for `during` ms. */
async function changeEvery(every: number, during: number): Promise<void> {
  for (let t = 0; t < during; t += every) {
    change();
    await vi.advanceTimersByTimeAsync(every);
  }
}

describe('watchUntil', () => {
  it('reads a page that changes every 300 ms within the maximum wait (each change restarted the wait, so it was never read)', async () => {
    const check = vi.fn(() => false);
    watchUntil(ctx, { delay: 800, maxWait: 1000, attempts: 12, check });
    await changeEvery(300, 1200);
    expect(check).toHaveBeenCalledTimes(1);
    await changeEvery(300, 2400);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('reads a page once it is quiet for the delay after a burst of changes', async () => {
    const check = vi.fn(() => false);
    watchUntil(ctx, { delay: 800, maxWait: 1000, attempts: 12, check });
    change();
    await vi.advanceTimersByTimeAsync(100);
    change();
    await vi.advanceTimersByTimeAsync(799);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('stops when the check is done, or after its attempts', async () => {
    const done = vi.fn(() => true);
    watchUntil(ctx, { delay: 100, maxWait: 200, attempts: 12, check: done });
    await changeEvery(50, 2000);
    expect(done).toHaveBeenCalledTimes(1);

    const never = vi.fn(() => false);
    watchUntil(ctx, { delay: 100, maxWait: 200, attempts: 3, check: never });
    await changeEvery(50, 3000);
    expect(never).toHaveBeenCalledTimes(3);
  });

  it('never runs two checks at once: a change during a slow check is read after it', async () => {
    let running = 0;
    let most = 0;
    const check = vi.fn(async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 700));
      running--;
      return false;
    });
    watchUntil(ctx, { delay: 100, maxWait: 200, attempts: 12, check });
    await changeEvery(50, 3000);
    expect(check.mock.calls.length).toBeGreaterThan(1);
    expect(most).toBe(1);
  });

  it('adds no listener to the context per change (each change added an abort listener, never removed), and stops with it', async () => {
    const check = vi.fn(() => false);
    watchUntil(ctx, { delay: 800, maxWait: 1000, attempts: 12, check });
    const added = vi.spyOn(ctx.signal, 'addEventListener');
    await changeEvery(50, 5000);
    expect(added.mock.calls.filter(([type]) => type === 'abort')).toEqual([]);
    const before = check.mock.calls.length;
    change();
    ctx.abort();
    await changeEvery(50, 3000);
    expect(check).toHaveBeenCalledTimes(before);
  });
});
