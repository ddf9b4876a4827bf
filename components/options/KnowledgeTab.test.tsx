/**
 * The knowledge base tab, used as a person would: search, add, edit, hide, exclusions, delete,
 * and the entities file. `editKnowledge` is answered by a stand-in for the background that stores
 * the record in the same database the page reads.
 */
import { withFullDisk } from '../../tests/full-disk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { MarsadDB } from '../../lib/corpus/schema';
import type { KnowledgeEdit } from '../../lib/knowledge/user';
import { BAD_RECORDS } from '../../lib/knowledge/test-fixtures';
import { byLabel, byText, click, fakeEditKnowledge, freshDb, mount, pickFile, type, waitFor, type Mounted } from './test-helpers';

const MACRON = 'person:emmanuel-macron';

let db: MarsadDB;
let page: Mounted;
let background: ReturnType<typeof fakeEditKnowledge>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  db = freshDb();
});

afterEach(async () => {
  await page?.unmount();
  background?.off();
  vi.restoreAllMocks();
  db.close();
});

async function open(fail?: (e: KnowledgeEdit) => string | undefined): Promise<HTMLElement> {
  background = fakeEditKnowledge(db, fail);
  page = await mount(db, 'knowledge');
  await waitFor(() => expect(page.container.querySelector('[data-testid="kb-results"]')).not.toBeNull());
  return page.container;
}

const results = (c: HTMLElement) => [...c.querySelectorAll<HTMLElement>('[data-testid="kb-results"] > li')];
const row = (c: HTMLElement, id: string) => {
  const li = c.querySelector<HTMLElement>(`[data-testid="kb-results"] > li[data-id="${id}"]`);
  if (!li) throw new Error(`${id} is not in the results`);
  return li;
};

describe('search', () => {
  it('finds a built-in entity by a spelling variant (no hamza, tashkeel) and puts the exact match first', async () => {
    const c = await open();
    await type(byLabel(c, 'Search names (Arabic or English)'), 'ايمانويل ماكرون');
    await waitFor(() => expect(results(c)[0]?.dataset['id']).toBe(MACRON));
    expect(c.querySelector('[data-testid="kb-count"]')!.textContent).toMatch(/\d+ matching entit/);
    // ترمب is an alias of Trump; the search folds both sides.
    await type(byLabel(c, 'Search names (Arabic or English)'), 'تَرمب');
    await waitFor(() => expect(results(c)[0]?.dataset['id']).toBe('person:donald-trump'));
  });

  it('finds a built-in entity by its English name, case-insensitively', async () => {
    const c = await open();
    await type(byLabel(c, 'Search names (Arabic or English)'), 'MACRON');
    await waitFor(() => expect(results(c).map((li) => li.dataset['id'])).toContain(MACRON));
    const li = row(c, MACRON);
    expect(li.textContent).toContain('إيمانويل ماكرون');
    expect(li.textContent).toContain('Emmanuel Macron');
    expect(li.textContent).toContain('Person');
    expect(li.textContent).toContain('ماكرون'); // an alias
  });

  it('shows at most 100 results, with the count of all the matches', async () => {
    const c = await open();
    expect(results(c)).toHaveLength(100);
    expect(c.querySelector('[data-testid="kb-count"]')!.textContent).toMatch(/^Showing 100 of [\d,]+ matching entities$/);
  });

  it('«Showing 100 of 3,690» is not the end: «Show 100 more» pages on, to the last one, and a new search starts again from 100', async () => {
    const c = await open();
    const count = () => c.querySelector('[data-testid="kb-count"]')!.textContent;
    const total = Number(/of ([\d,]+)/.exec(count()!)![1]!.replace(/,/g, ''));
    expect(total).toBeGreaterThan(300);
    const more = () => c.querySelector<HTMLButtonElement>('[data-testid="kb-more"]');
    expect(more()!.textContent).toBe('Show 100 more');
    const first = results(c).map((li) => li.dataset['id']);
    await click(more());
    await waitFor(() => expect(results(c)).toHaveLength(200));
    // The first hundred stay where they were; the next hundred follow.
    expect(results(c).slice(0, 100).map((li) => li.dataset['id'])).toEqual(first);
    expect(count()).toBe(`Showing 200 of ${total.toLocaleString('en')} matching entities`);
    while (more()) await click(more());
    expect(results(c)).toHaveLength(total);
    expect(count()).toBe(`${total.toLocaleString('en')} matching entities`);
    await type(byLabel(c, 'Search names (Arabic or English)'), 'ال');
    await waitFor(() => expect(results(c)).toHaveLength(100));
  });

  it('finds a name written with proclitics («وماكرون», «بالأسد»), after what the query finds as written', async () => {
    const c = await open();
    const search = byLabel<HTMLInputElement>(c, 'Search names (Arabic or English)');
    await type(search, 'وماكرون');
    await waitFor(() => expect(results(c)[0]?.dataset['id']).toBe(MACRON));
    await type(search, 'وإيمانويل ماكرون');
    await waitFor(() => expect(results(c)[0]?.dataset['id']).toBe(MACRON));
    await type(search, 'لبشار الأسد');
    await waitFor(() => expect(results(c)[0]?.dataset['id']).toBe('person:bashar-al-assad'));
    // A name that begins with a letter that could be a proclitic is found as written first: «فرنسا» is France.
    await type(search, 'فرنسا');
    await waitFor(() => expect(results(c)[0]?.dataset['id']).toBe('place:fr'));
  });

  it('lets Arabic typed in the search box read right to left in the English page (dir="auto")', async () => {
    const c = await open();
    expect(byLabel(c, 'Search names (Arabic or English)').getAttribute('dir')).toBe('auto');
  });

  it('says so when nothing matches', async () => {
    const c = await open();
    await type(byLabel(c, 'Search names (Arabic or English)'), 'zzzqqq');
    await waitFor(() => expect(c.querySelector('[data-testid="kb-count"]')!.textContent).toBe('No entity matches your search.'));
    expect(results(c)).toHaveLength(0);
  });
});

describe('adding an entity of your own', () => {
  it('refuses a function word as an alias, says why next to the field, and sends nothing', async () => {
    const c = await open();
    await click(byText(c, 'button', 'Add an entity'));
    await type(byLabel(c, 'Arabic name (required)'), 'سليم الحص');
    await type(byLabel(c, 'Other names, one per line'), 'الحص\nعلى');
    await click(byText(c, 'form.entity-form button[type="submit"]', 'Add an entity'));
    const aliases = byLabel<HTMLTextAreaElement>(c, 'Other names, one per line');
    expect(aliases.getAttribute('aria-invalid')).toBe('true');
    const errorList = document.getElementById(aliases.getAttribute('aria-describedby')!.split(' ')[1]!)!;
    expect(errorList.textContent).toContain('“على” is a function word');
    expect(c.querySelector('[role="alert"]')!.textContent).toContain('على');
    await new Promise((r) => setTimeout(r, 50));
    expect(background.edits).toEqual([]);
    expect(await db.entities.count()).toBe(0);
  });

  it('requires the Arabic name', async () => {
    const c = await open();
    await click(byText(c, 'button', 'Add an entity'));
    await type(byLabel(c, 'English name'), 'Someone');
    await click(byText(c, 'form.entity-form button[type="submit"]', 'Add an entity'));
    expect(c.textContent).toContain('The Arabic name is required.');
    expect(background.edits).toEqual([]);
  });

  it('refuses a letter alone («و», which highlighted every «و» written apart), says why, and sends nothing', async () => {
    const c = await open();
    await click(byText(c, 'button', 'Add an entity'));
    await type(byLabel(c, 'Arabic name (required)'), 'و');
    await click(byText(c, 'form.entity-form button[type="submit"]', 'Add an entity'));
    expect(c.textContent).toContain('“و” is too short to be a name.');
    expect(background.edits).toEqual([]);
  });

  it('sends the new entity with origin "user", then finds it in the list', async () => {
    const c = await open();
    await click(byText(c, 'button', 'Add an entity'));
    await click(byLabel(c, 'Organisation'));
    await type(byLabel(c, 'Arabic name (required)'), '  جمعية   المراصد  ');
    await type(byLabel(c, 'English name'), 'Observatories Society');
    await type(byLabel(c, 'Other names, one per line'), 'المراصد العربية\n\nالمراصد العربية\n');
    await click(byText(c, 'form.entity-form button[type="submit"]', 'Add an entity'));
    await waitFor(() => expect(background.edits).toHaveLength(1));
    const sent = background.edits[0]!;
    expect(sent).toMatchObject({ origin: 'user', type: 'organization', name: 'جمعية المراصد', nameEn: 'Observatories Society', aliases: ['المراصد العربية'], hidden: false });
    expect(sent.id).toMatch(/^org:user-[a-z0-9]+-[a-z0-9]+$/);
    expect(Number.isNaN(Date.parse(sent.updatedAt))).toBe(false);
    await waitFor(() => expect(row(c, sent.id).textContent).toContain('Yours'));
    expect(c.textContent).toContain('Added “جمعية المراصد”.');
  });

  it('shows the error when the background refuses the write', async () => {
    const c = await open(() => 'the corpus database is not available');
    await click(byText(c, 'button', 'Add an entity'));
    await type(byLabel(c, 'Arabic name (required)'), 'جمعية المراصد');
    await click(byText(c, 'form.entity-form button[type="submit"]', 'Add an entity'));
    await waitFor(() => expect(c.querySelector('.notice.error')!.textContent).toContain('the corpus database is not available'));
    expect(await db.entities.count()).toBe(0);
  });
});

describe('editing', () => {
  it('hides a built-in entity with one edit, then shows it again', async () => {
    const c = await open();
    await type(byLabel(c, 'Search names (Arabic or English)'), 'Emmanuel Macron');
    await waitFor(() => row(c, MACRON));
    await click(byLabel(row(c, MACRON), 'Edit إيمانويل ماكرون'));
    await click(byText(row(c, MACRON), 'button', 'Hide this entity (never highlight it)'));
    await waitFor(() => expect(background.edits).toHaveLength(1));
    expect(background.edits[0]).toEqual({ id: MACRON, origin: 'edit', aliases: [], excluded: [], hidden: true, updatedAt: expect.any(String) });
    await waitFor(() => expect(row(c, MACRON).querySelector('.badge.hidden')?.textContent).toBe('Hidden'));
    await click(byText(row(c, MACRON), 'button', 'Show this entity again'));
    await waitFor(() => expect(background.edits).toHaveLength(2));
    expect(background.edits[1]).toMatchObject({ id: MACRON, origin: 'edit', hidden: false });
    await waitFor(() => expect(row(c, MACRON).querySelector('.badge.hidden')).toBeNull());
  });

  it('adds aliases to a built-in entity, refusing a function word', async () => {
    const c = await open();
    await type(byLabel(c, 'Search names (Arabic or English)'), 'macron');
    await waitFor(() => row(c, MACRON));
    await click(byLabel(row(c, MACRON), 'Edit إيمانويل ماكرون'));
    const field = byLabel(row(c, MACRON), 'Names you added (one per line)');
    await type(field, 'ماكغون\nإن');
    await click(byText(row(c, MACRON), 'button', 'Save names'));
    expect(row(c, MACRON).textContent).toContain('“إن” is a function word');
    expect(background.edits).toEqual([]);
    // A built-in alias typed again is dropped, not an error.
    await type(field, 'ماكغون\nماكرون');
    await click(byText(row(c, MACRON), 'button', 'Save names'));
    await waitFor(() => expect(background.edits).toHaveLength(1));
    expect(background.edits[0]).toMatchObject({ id: MACRON, origin: 'edit', aliases: ['ماكغون'], hidden: false });
    // The new alias is searchable at once.
    await type(byLabel(c, 'Search names (Arabic or English)'), 'ماكغون');
    await waitFor(() => expect(results(c).map((li) => li.dataset['id'])).toEqual([MACRON]));
  });

  it('lists the excluded forms and allows one again', async () => {
    await db.entities.put({ id: MACRON, origin: 'edit', excluded: ['ماكرونة', 'الماكرون'], updatedAt: '2024-01-01T00:00:00.000Z' });
    const c = await open();
    const section = await waitFor(() => byText(c, 'section.card', /All excluded forms/));
    expect(section.textContent).toContain('ماكرونة');
    await click(byLabel(section, 'Allow “ماكرونة” again for إيمانويل ماكرون'));
    await waitFor(() => expect(background.edits).toHaveLength(1));
    expect(background.edits[0]).toMatchObject({ id: MACRON, origin: 'edit', excluded: ['الماكرون'], hidden: false });
    await waitFor(() => expect(byText(c, 'section.card', /All excluded forms/).textContent).not.toContain('ماكرونة'));
  });

  it('edits every field of an entity of your own, and deletes it after confirmation', async () => {
    const own: KnowledgeEdit = { id: 'person:user-abc-1', origin: 'user', type: 'person', name: 'سليم الحص', nameEn: 'Salim al-Hoss', aliases: ['الحص'], updatedAt: '2024-01-01T00:00:00.000Z' };
    await db.entities.put(own);
    const c = await open();
    await type(byLabel(c, 'Search names (Arabic or English)'), 'Hoss');
    await waitFor(() => row(c, own.id));
    await click(byLabel(row(c, own.id), 'Edit سليم الحص'));
    await click(byLabel(row(c, own.id), 'Place'));
    await type(byLabel(row(c, own.id), 'Other names, one per line'), 'الحص\nسليم أحمد الحص');
    await click(byText(row(c, own.id), 'button', 'Save'));
    await waitFor(() => expect(background.edits).toHaveLength(1));
    expect(background.edits[0]).toMatchObject({ id: own.id, origin: 'user', type: 'place', name: 'سليم الحص', aliases: ['الحص', 'سليم أحمد الحص'], hidden: false });

    await click(byText(row(c, own.id), 'button', 'Delete this entity'));
    expect(document.activeElement?.textContent).toBe('Cancel');
    await click(byText(row(c, own.id), 'button', 'Yes, delete it'));
    await waitFor(() => expect(background.edits).toHaveLength(2));
    expect(background.edits[1]).toMatchObject({ id: own.id, origin: 'user', hidden: true });
    await waitFor(() => expect(c.querySelector(`li[data-id="${own.id}"]`)).toBeNull());
    await waitFor(() => expect(c.textContent).toContain('Deleted “سليم الحص”.'));
  });
});

describe('records Marsad cannot use', () => {
  it('the page opens over the records of the issue (it threw `e.excluded.map is not a function`), lists them with what is wrong, and deletes one', async () => {
    await db.entities.bulkPut([...Object.values(BAD_RECORDS)] as KnowledgeEdit[]);
    await db.entities.put({ id: MACRON, origin: 'edit', excluded: ['ماكرونة'], updatedAt: '2024-01-01T00:00:00.000Z' });
    const c = await open();
    const section = await waitFor(() => c.querySelector<HTMLElement>('[data-testid="kb-damaged"]')!);
    expect(section.querySelector('h3')!.textContent).toBe('Records Marsad cannot use (3)');
    const items = () => [...section.querySelectorAll(':scope > ul > li')].map((li) => li.textContent);
    // In the order of their ids, as the database keeps them.
    expect(items()).toEqual([
      'person:sergei-lavrovThe "excluded" field must be a list of names.Delete the record',
      'person:user-lq1-abc «و»“و” is too short to be a name.Delete the record',
      'place:frThe "hidden" field must be true or false.Delete the record',
    ]);
    // The rest of the knowledge base as if they were not there: France shown, Lavrov with no exclusion, Macron's exclusion listed.
    await type(byLabel(c, 'Search names (Arabic or English)'), 'France');
    await waitFor(() => expect(row(c, 'place:fr').classList.contains('is-hidden')).toBe(false));
    expect(byText(c, 'section.card', /All excluded forms/).textContent).toContain('ماكرونة');

    await click(byLabel(section, 'Delete the record person:user-lq1-abc'));
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(await db.entities.get('person:user-lq1-abc')).toBeUndefined();
    expect(await db.entities.count()).toBe(3);
  });

  it('no such section when every record is sound', async () => {
    await db.entities.put({ id: MACRON, origin: 'edit', hidden: true, updatedAt: '2024-01-01T00:00:00.000Z' });
    const c = await open();
    expect(c.querySelector('[data-testid="kb-damaged"]')).toBeNull();
  });
});

describe('the entities file', () => {
  it('exports your entities and edits, nothing else, as a JSON download', async () => {
    await db.entities.bulkPut([
      { id: 'person:user-abc-1', origin: 'user', type: 'person', name: 'سليم الحص', nameEn: '', aliases: [], updatedAt: '2024-01-01T00:00:00.000Z' },
      { id: 'person:user-gone-2', origin: 'user', type: 'person', name: 'محذوف', hidden: true, updatedAt: '2024-01-01T00:00:00.000Z' },
      { id: MACRON, origin: 'edit', hidden: true, updatedAt: '2024-01-01T00:00:00.000Z' },
    ]);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:marsad-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const c = await open();
    await click(byText(c, 'button', 'Export my entities and edits'));
    expect(clicked[0]!.download).toMatch(/^marsad-knowledge-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await blobs[0]!.text());
    expect(file.format).toBe('marsad-knowledge');
    expect(file.entities.map((e: KnowledgeEdit) => e.id).sort()).toEqual([MACRON, 'person:user-abc-1']);
    expect(c.textContent).toContain('Exported 2 records.');
  });

  it('reports every bad entry with its number and imports nothing', async () => {
    const c = await open();
    const file = JSON.stringify({
      format: 'marsad-knowledge',
      version: 1,
      entities: [
        { id: 'person:user-a-1', origin: 'user', type: 'person', name: 'سليم الحص', updatedAt: '2024-01-01T00:00:00Z' },
        { id: 'Not An Id', origin: 'user', type: 'person', name: 'x' },
        { id: 'person:no-such-entity', origin: 'edit', hidden: true },
        { id: 'person:user-b-1', origin: 'user', type: 'person', name: 'فلان', aliases: ['على'] },
      ],
    });
    await pickFile(c.querySelector('.transfer input[type="file"]'), 'mine.json', file);
    const alert = await waitFor(() => byText(c, '.notice.error', /Nothing was imported/));
    expect(alert.getAttribute('role')).toBe('alert');
    const problems = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(problems).toEqual([
      'Entry 2: The entity id is not a Marsad id.',
      'Entry 3: There is no built-in entity with the id person:no-such-entity.',
      // In the options form's words: one validator for the form and the file.
      'Entry 4: “على” is a function word (a preposition, pronoun or the like) and cannot be a name on its own; remove it.',
    ]);
    expect(background.edits).toEqual([]);
    expect(await db.entities.count()).toBe(0);
  });

  it('refuses the records of the issue, each with its number, and imports nothing', async () => {
    const c = await open();
    const file = JSON.stringify({ format: 'marsad-knowledge', version: 1, entities: Object.values(BAD_RECORDS) });
    await pickFile(c.querySelector('.transfer input[type="file"]'), 'bad.json', file);
    const alert = await waitFor(() => byText(c, '.notice.error', /Nothing was imported/));
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Entry 1: The "excluded" field must be a list of names.',
      'Entry 2: The "hidden" field must be true or false.',
      'Entry 3: “و” is too short to be a name.',
    ]);
    expect(await db.entities.count()).toBe(0);
  });

  it('says that a file is not UTF-8 text, with the line, and imports nothing', async () => {
    const c = await open();
    const head = new TextEncoder().encode('{"format": "marsad-knowledge", "version": 1,\n "entities": [{"id": "person:user-a-1", "origin": "user", "type": "person", "name": "');
    await pickFile(c.querySelector('.transfer input[type="file"]'), 'mine.json', new Uint8Array([...head, 0xff, ...new TextEncoder().encode('"}]}')]));
    await waitFor(() => byText(c, '.notice.error', /Nothing was imported: the file is not valid UTF-8 text \(line 2\)/));
    expect(await db.entities.count()).toBe(0);
  });

  it('imports a good file and merges with what is there', async () => {
    await db.entities.put({ id: MACRON, origin: 'edit', aliases: ['ماكغون'], updatedAt: '2024-01-01T00:00:00.000Z' });
    const c = await open();
    const file = JSON.stringify({
      format: 'marsad-knowledge',
      version: 1,
      exportedAt: '2024-02-01T00:00:00Z',
      entities: [
        { id: 'person:user-a-1', origin: 'user', type: 'person', name: 'سليم الحص', nameEn: 'Salim al-Hoss', updatedAt: '2024-01-01T00:00:00Z' },
        { id: MACRON, origin: 'edit', aliases: ['مكرون'], updatedAt: '2024-02-01T00:00:00Z' },
      ],
    });
    await pickFile(c.querySelector('.transfer input[type="file"]'), 'mine.json', file);
    await waitFor(() => expect(c.textContent).toContain('Import complete: 1 new, 1 updated, 0 unchanged.'));
    expect(await db.entities.get(MACRON)).toMatchObject({ aliases: ['ماكغون', 'مكرون'] });
    expect(await db.entities.get('person:user-a-1')).toMatchObject({ name: 'سليم الحص', origin: 'user' });
  });

  it('writes all of a file or none of it: a full disk leaves what was there', async () => {
    const had = { id: MACRON, origin: 'edit' as const, aliases: ['ماكغون'], updatedAt: '2024-01-01T00:00:00.000Z' };
    await db.entities.put(had);
    const c = await open();
    const file = JSON.stringify({
      format: 'marsad-knowledge',
      version: 1,
      entities: [
        { id: 'person:user-a-1', origin: 'user', type: 'person', name: 'سليم الحص' },
        { id: MACRON, origin: 'edit', aliases: ['مكرون'], updatedAt: '2024-02-01T00:00:00Z' },
      ],
    });
    await withFullDisk(async () => {
      await pickFile(c.querySelector('.transfer input[type="file"]'), 'mine.json', file);
      await waitFor(() => expect(c.textContent).toContain('The browser has no room left'));
    });
    expect(await db.entities.toArray()).toEqual([had]);
  });
});
