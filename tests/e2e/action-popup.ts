/**
 * Clicking the extension's toolbar button, as a person would: CDP's Extensions.triggerAction runs
 * the action on a tab, which opens the real popup (a target Playwright does not list as a page)
 * and grants the extension `activeTab` on that tab, exactly like a click.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { browserSession, collectTargetErrors, listTargets, TargetSession } from './cdp-target';

export interface ActionPopup {
  readonly url: string;
  /** Console errors and uncaught exceptions of the popup since it opened. */
  readonly errors: readonly string[];
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** `document.body.innerText` of the popup. */
  text(): Promise<string>;
  /** Waits until `predicate(arg)` (run in the popup) returns a truthy value, and returns it. */
  waitFor<R, A = undefined>(predicate: (arg: A) => R, arg?: A, timeoutMs?: number): Promise<R>;
  /** Writes a PNG of the popup to `path`. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Clicks the extension's toolbar button on `page`'s tab and returns its popup once loaded.
 * Chromium opens one popup at a time: close it (or let the next click replace it) before the next.
 */
export async function clickAction(context: BrowserContext, extensionId: string, page: Page): Promise<ActionPopup> {
  const browser = await browserSession(context);
  await page.bringToFront();
  const pageUrl = page.url();
  const tabs = (await listTargets(browser, 'tab')).filter((t) => t.url === pageUrl);
  if (tabs.length !== 1) {
    throw new Error(`clickAction: ${tabs.length} tabs show ${pageUrl}; give the page a unique URL (add a ?query)`);
  }
  const popupPrefix = `chrome-extension://${extensionId}/`;
  const isPopup = (t: { type: string; url: string }) => t.type === 'page' && t.url.startsWith(popupPrefix);
  const before = new Set((await listTargets(browser)).filter(isPopup).map((t) => t.targetId));

  await browser.send('Extensions.triggerAction', { id: extensionId, targetId: tabs[0]!.targetId });

  let target: { targetId: string; url: string } | undefined;
  for (const deadline = Date.now() + 10_000; !target && Date.now() < deadline; await sleep(50)) {
    target = (await listTargets(browser)).find((t) => isPopup(t) && !before.has(t.targetId));
  }
  if (!target) throw new Error('clickAction: the extension action opened no popup within 10 s');
  const { targetId, url } = target;

  const session = await TargetSession.attach(browser, targetId);
  const errors: string[] = [];
  await collectTargetErrors(session, errors);
  await session.send('Page.enable');

  const popup: ActionPopup = {
    url,
    errors,
    evaluate: (fn, arg) => session.evaluate(fn, arg),
    text: () => session.evaluate(() => document.body?.innerText ?? ''),
    async waitFor<R, A = undefined>(predicate: (arg: A) => R, arg?: A, timeoutMs = 10_000): Promise<R> {
      const deadline = Date.now() + timeoutMs;
      let last: unknown;
      for (;;) {
        if (session.isDetached) throw new Error(`popup: closed while waiting for ${predicate.toString()}`);
        const value = await session.evaluate(predicate, arg).catch((error: Error) => ((last = error), undefined));
        if (value) return value;
        if (value !== undefined) last = value;
        if (Date.now() > deadline) {
          const body = await session.evaluate(() => document.body?.innerText ?? '').catch((e: Error) => e.message);
          throw new Error(`popup: timed out waiting for ${predicate.toString()}\nlast: ${String(last)}\npopup text: ${body}`);
        }
        await sleep(50);
      }
    },
    async screenshot(path) {
      const { data } = await session.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, Buffer.from(data, 'base64'));
    },
    async close() {
      await session.detach();
      await browser.send('Target.closeTarget', { targetId }).catch(() => {});
      await browser.detach().catch(() => {});
    },
  };
  await popup.waitFor(() => document.readyState === 'complete');
  return popup;
}
