/**
 * Reading the popup (opened as a page: popup.html?tab=… or ?entity=…) as a person does: the page's
 * status line, and an entity's whole statement history (clicking "More" until all are listed).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { stringsFor } from '../../lib/i18n/strings';

/** Chromium here has only the en-US locale: the interface speaks English. */
const t = stringsFor('en');

/** One statement of the popup's history, as shown. */
export interface HistoryItem {
  meta: string;
  verb: string;
  /** The verb's class, as labelled. */
  verbClass: string;
  /** «by title» when the article named the speaker by a title only, else ''. */
  byTitle: string;
  /** The other members of a joint subject («together with: …»), else ''. */
  joint: string;
  text: string;
  title: string;
  href: string;
}

/** The popup's status line, once it has read the page. */
export async function pageStatus(popup: Page): Promise<string> {
  const status = popup.locator('[data-testid="page-status"]');
  await status.waitFor();
  await expect.poll(async () => (await status.innerText()).trim(), { timeout: 5_000 }).not.toBe(t.checking);
  return (await status.innerText()).trim();
}

/** Reads the whole statement history shown in a popup (clicking "More" until everything is listed). */
export async function readHistory(popup: Page): Promise<{ total: number; items: HistoryItem[] }> {
  const heading = popup.locator('h3', { hasText: t.history });
  await expect.poll(async () => /\((\d+)\)/.test(await heading.innerText()), { timeout: 5_000 }).toBe(true);
  const total = Number(/\((\d+)\)/.exec(await heading.innerText())![1]);
  const items = popup.locator('[data-testid="history"] > li');
  const more = popup.getByRole('button', { name: new RegExp(`^${t.loadMore} \\(`) });
  // 20 a page: wait until all are listed, or a full page with its "More" button; then ask for more.
  const settled = async () => {
    const n = await items.count();
    return n >= total || (n > 0 && n % 20 === 0 && (await more.count()) > 0);
  };
  for (;;) {
    await expect.poll(settled, { timeout: 5_000 }).toBe(true);
    if ((await items.count()) >= total) break;
    await more.click();
  }
  const read = await items.evaluateAll((lis) =>
    lis.map((li) => ({
      meta: li.querySelector('.meta')?.textContent?.trim() ?? '',
      verb: li.querySelector('.verb')?.textContent?.trim() ?? '',
      verbClass: li.querySelector('.vclass')?.textContent?.trim() ?? '',
      byTitle: li.querySelector('.by-title')?.textContent?.trim() ?? '',
      joint: li.querySelector('.joint')?.textContent?.trim() ?? '',
      text: li.querySelector('.text')?.textContent?.trim() ?? '',
      title: li.querySelector('a')?.textContent?.trim() ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? '',
    })),
  );
  return { total, items: read };
}
