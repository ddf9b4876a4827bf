/**
 * Importing a knowledge file from the options page, end to end on the page's side and the
 * background's: one message to the background, one transaction, one broadcast to the tabs; a
 * failure in the middle of the write leaves every stored edit as it was (nothing to undo from the page).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { MarsadDB } from '../../lib/corpus/schema';
import { probeWrites, type WriteProbe } from '../../tests/write-probe';
import { fakeEditKnowledge, freshDb, mount, pickFile, waitFor, type Mounted } from './test-helpers';

const MACRON = 'person:emmanuel-macron';
const T0 = '2024-01-01T00:00:00.000Z';
const T1 = '2024-02-01T00:00:00.000Z';
const STORED = [
  { id: MACRON, origin: 'edit' as const, aliases: ['ماكغون'], updatedAt: T0 },
  { id: 'person:sergei-lavrov', origin: 'edit' as const, hidden: true, updatedAt: T0 },
];
const FILE = JSON.stringify({
  format: 'marsad-knowledge',
  version: 1,
  exportedAt: T1,
  entities: [
    { id: 'person:user-a-1', origin: 'user', type: 'person', name: 'سليم الحص', updatedAt: T1 },
    { id: 'org:user-b-1', origin: 'user', type: 'organization', name: 'تيار الكرامة', updatedAt: T1 },
    { id: 'place:user-c-1', origin: 'user', type: 'place', name: 'كفر الزيت', updatedAt: T1 },
    { id: MACRON, origin: 'edit', aliases: ['مكرون'], updatedAt: T1 },
    STORED[1],
  ],
});

let db: MarsadDB;
let probe: WriteProbe;
let page: Mounted | undefined;
let background: ReturnType<typeof fakeEditKnowledge>;
/** The calls the page sent to the background, by name, and the messages each tab was sent. */
let sent: string[];
let tabs: Map<number, string[]>;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
  db = freshDb();
  probe = probeWrites(db);
  await db.entities.bulkPut(STORED);
  sent = [];
  const send = browser.runtime.sendMessage.bind(browser.runtime);
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((...args: unknown[]) => {
    sent.push((args.find((a) => a && typeof a === 'object' && 'type' in a) as { type: string }).type);
    return (send as (...a: unknown[]) => unknown)(...args);
  }) as never);
  tabs = new Map();
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 4 }, { id: 7 }] as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (id: number, message: { type: string }) => {
    tabs.set(id, [...(tabs.get(id) ?? []), message.type]);
    return { res: undefined };
  }) as never);
  background = fakeEditKnowledge(db);
  page = await mount(db, 'knowledge');
  await waitFor(() => expect(page!.container.querySelector('.transfer input[type="file"]')).not.toBeNull());
  sent.length = 0;
  probe.transactions.length = 0;
});

afterEach(async () => {
  await page?.unmount();
  background.off();
  vi.restoreAllMocks();
  db.close();
});

describe('importing a knowledge file from the options page', () => {
  it('sends one message, writes in one transaction and tells each tab once', async () => {
    const c = page!.container;
    await pickFile(c.querySelector('.transfer input[type="file"]'), 'mine.json', FILE);
    await waitFor(() => expect(c.querySelector('.notice')?.textContent).toContain('Import complete: 3 new, 1 updated, 1 unchanged.'));
    expect(sent.filter((t) => t === 'importKnowledge' || t === 'editKnowledge')).toEqual(['importKnowledge']);
    expect(background.edits).toEqual([]);
    expect(probe.transactions).toEqual([['entities']]);
    expect(Object.fromEntries(tabs)).toEqual({ 4: ['knowledgeChanged'], 7: ['knowledgeChanged'] });
    expect(await db.entities.count()).toBe(5);
  });

  it('a failure in the middle of the write leaves every stored edit as it was, and says so', async () => {
    probe.fail = { table: 'entities', failAfter: 2 };
    const c = page!.container;
    await pickFile(c.querySelector('.transfer input[type="file"]'), 'mine.json', FILE);
    await waitFor(() => expect(c.textContent).toContain('Nothing was imported'));
    expect(probe.written).toBe(2);
    probe.fail = undefined;
    expect(await db.entities.toArray()).toEqual(STORED);
    // The page neither sent the entries one by one nor tried to undo anything.
    expect(sent.filter((t) => t === 'importKnowledge' || t === 'editKnowledge')).toEqual(['importKnowledge']);
    expect(probe.transactions).toEqual([['entities']]);
    expect(tabs.size).toBe(0);
  });
});
