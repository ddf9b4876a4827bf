/**
 * The knowledge base tab's list of names found in the corpus that the knowledge base lacks, used
 * as a person would; `addDiscovered` is answered by the background's own handler on the same
 * database the page reads.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveArticle, statementHistory } from '../../lib/corpus/corpus';
import type { MarsadDB } from '../../lib/corpus/schema';
import { BISHOP, DENIAL, JAKARTA } from '../../lib/corpus/test-fixtures';
import { serveBackground } from '../../platform/messaging';
import { addDiscovered } from '../../features/background/add-discovered';
import { withFullDisk } from '../../tests/full-disk';
import { stringsFor } from '../../lib/i18n/strings';
import { byLabel, byText, click, endTest, mount, startTest, type, waitFor, type Mounted } from './test-helpers';

let db: MarsadDB;
let page: Mounted;
let off: () => void;

beforeEach(async () => {
  db = startTest();
  for (const f of [JAKARTA, DENIAL]) {
    const analysis = f.analysis();
    await saveArticle(db, { url: f.url, title: analysis.text.split('\n', 1)[0]!, site: 'news.example', publishedAt: f.publishedAt, analysis });
  }
  off = serveBackground({ addDiscovered: (data) => addDiscovered(db, data, async () => undefined) });
});
afterEach(async () => {
  off();
  await endTest(db, page);
});

async function open(): Promise<HTMLElement> {
  page = await mount(db, 'knowledge');
  await waitFor(() => expect(page.container.querySelector('[data-testid="found-actors"]')).not.toBeNull());
  return page.container;
}
const rows = (c: HTMLElement) => [...c.querySelectorAll<HTMLElement>('[data-testid="found-actors"] > li')];

describe('names found in the corpus', () => {
  it('lists each with its type, role, forms and saved articles and statements', async () => {
    const c = await open();
    expect(c.querySelector('[data-testid="found-count"]')!.textContent).toBe('1 name');
    const [row] = rows(c);
    expect(row!.dataset['id']).toBe(BISHOP);
    expect(row!.querySelector('.name')!.textContent).toBe('جولي بيشوب');
    expect(row!.querySelector('.type-badge')!.textContent).toBe('Person');
    expect(row!.querySelector('.counts')!.textContent).toBe('2 saved articles · 5 statements');
    // The role of the latest article that gave one, and the other forms written.
    expect(row!.textContent).toContain('Role: وزيرة الخارجية');
    expect(row!.textContent).toContain('Written: بيشوب، جولى بيشوب');
  });

  it('adds one to Marsad: the entity is the user’s own, its history follows it, and it leaves the list', async () => {
    const c = await open();
    const before = await statementHistory(db, BISHOP);
    await click(byLabel(c, 'Add “جولي بيشوب” to Marsad'));
    // The card's form, under the name: the name prefilled, the type chosen.
    const form = rows(c)[0]!.querySelector('form')!;
    expect(byLabel<HTMLInputElement>(form, 'Arabic name').value).toBe('جولي بيشوب');
    expect(form.querySelector('legend')!.textContent).toBe('Type');
    expect(form.querySelector<HTMLInputElement>('input[type=radio]:checked')!.value).toBe('person');
    await type(byLabel(form, 'English name (optional)'), 'Julie Bishop');
    await click(byText(form, 'button', 'Add to Marsad'));
    await waitFor(() => expect(c.querySelector('.discovered .notice.ok')?.textContent).toContain('Added “جولي بيشوب” to your knowledge base, with the statements saved under that name.'));
    await waitFor(() => expect(rows(c)).toHaveLength(0));
    expect(c.querySelector('[data-testid="found-count"]')!.textContent).toBe('Marsad has found no name outside your knowledge base in your saved articles.');
    const [entity] = await db.entities.toArray();
    expect(entity).toMatchObject({ origin: 'user', name: 'جولي بيشوب', nameEn: 'Julie Bishop' });
    expect((await statementHistory(db, entity!.id)).map((h) => h.id)).toEqual(before.map((h) => h.id));
    // And the knowledge base lists it as the user's own.
    await type(byLabel(c, 'Search names (Arabic or English)'), 'جولي بيشوب');
    await waitFor(() => expect(c.querySelector(`[data-testid="kb-results"] > li[data-id="${entity!.id}"]`)?.textContent).toContain('Yours'));
  });

  it('speaks of her in Arabic in the feminine (the role «وزيرة الخارجية» her articles gave her)', async () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('ar');
    const c = await open();
    const [row] = rows(c);
    const toggle = row!.querySelector<HTMLButtonElement>('.entity-head button')!;
    expect(toggle.textContent).toBe('أضِفها إلى مرصد…');
    await click(toggle);
    expect(row!.querySelector('.add-intro')!.textContent).toBe('أضِفها إلى قاعدة معرفتك: يتعرّف عليها مرصد في كل صفحة، ويبقى سجل تصريحاتها المحفوظة معها.');
    await click(byText(row!, 'button', 'أضِفها إلى مرصد'));
    await waitFor(() => expect(c.querySelector('.discovered .notice.ok')?.textContent).toContain('أُضيفت «جولي بيشوب» إلى قاعدة معرفتك، وانتقلت إليها تصريحاتها المحفوظة.'));
  });

  it('when the disk is full, says so and keeps the name in the list', async () => {
    const c = await open();
    await click(byLabel(c, 'Add “جولي بيشوب” to Marsad'));
    await withFullDisk(async () => {
      await click(byText(c, 'button', 'Add to Marsad'));
      await waitFor(() => expect(c.querySelector('.add-error')?.textContent).toBe(stringsFor('en').storageFull));
    });
    expect(rows(c)).toHaveLength(1);
    expect(await db.entities.count()).toBe(0);
    expect(await statementHistory(db, BISHOP)).toHaveLength(5);
  });
});
