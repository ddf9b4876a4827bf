/**
 * The popup's entity view on a real corpus (fake-indexeddb) answered by the background's own
 * handlers: a discovered actor's history filtered by verb class and by words, each entry's class,
 * «by title» and joint members, and «Add to Marsad», after which the same history is the new
 * knowledge-base entity's.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '../../lib/corpus/corpus';
import { openCorpus, type MarsadDB } from '../../lib/corpus/schema';
import { BISHOP, CANBERRA, DENIAL, FRANCE, JAKARTA } from '../../lib/corpus/test-fixtures';
import { serveBackground } from '../../platform/messaging';
import { ClientContext } from '../client';
import { testClient } from '../test-utils';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { backgroundHandlers } from '../../features/background/handlers';
import { stringsFor, type Locale } from '../../lib/i18n/strings';
import { usePageStyle, waitFor } from '../test-utils';
import type { MarsadClient } from '../client';
import type { HistoryEntry } from '../../lib/corpus/corpus';
import type { HistoryPage, HistoryRequest, NamedOverview } from '../../lib/messages';
import { EntityView } from './EntityView';

const container = document.createElement('div');
let db: MarsadDB;
let removers: (() => void)[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  document.body.append(container);
  // The popup reads the extension's corpus (the default database), as the background writes it.
  db = openCorpus();
  for (const f of [JAKARTA, DENIAL, CANBERRA]) {
    const analysis = f.analysis();
    await saveArticle(db, { url: f.url, title: analysis.text.split('\n', 1)[0]!, site: 'news.example', publishedAt: f.publishedAt, analysis });
  }
  // The background's own handlers: the names come from its knowledge base, the history from the corpus.
  const { history, overview, describeEntity, addDiscovered } = backgroundHandlers(db);
  removers = [serveBackground({ history, overview, describeEntity, addDiscovered })];
});
afterEach(async () => {
  removers.forEach((r) => r());
  await act(async () => render(null, container));
  container.remove();
  // Emptied rather than deleted: the view's own handle on it stays open.
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  db.close();
});

/** The view as the popup shows it: choosing another entity (or adding this one) opens that one. */
function Shown({ locale, first = BISHOP }: { locale: Locale; first?: string }) {
  const [id, setId] = useState(first);
  return <EntityView locale={locale} settings={DEFAULT_SETTINGS} entityId={id} known={undefined} onBack={undefined} onOpen={setId} />;
}

async function show(locale: Locale = 'en', first?: string) {
  await act(async () =>
    render(
      <ClientContext.Provider value={testClient()}>
        <Shown locale={locale} first={first} />
      </ClientContext.Provider>,
      container,
    ),
  );
}

const items = () =>
  [...container.querySelectorAll('[data-testid=history] > li')].map((li) => ({
    verb: li.querySelector('.verb')?.textContent,
    verbClass: li.querySelector('.vclass')?.textContent,
    byTitle: li.querySelector('.by-title')?.textContent ?? null,
    joint: li.querySelector('.joint')?.textContent ?? null,
    text: li.querySelector('.text')?.textContent,
  }));
const verbs = () => items().map((i) => i.verb);
const heading = () => [...container.querySelectorAll('h3')].find((h) => h.textContent?.startsWith(stringsFor('en').history))?.textContent;
const chip = (label: string) => {
  const c = [...container.querySelectorAll('[data-testid=verb-classes] button')].find((b) => b.textContent === label);
  if (!c) throw new Error(`no chip «${label}»`);
  return c as HTMLButtonElement;
};
const click = (el: HTMLElement) => act(async () => el.click());
async function typeFilter(words: string) {
  const box = container.querySelector('input.filter') as HTMLInputElement;
  await act(async () => {
    box.value = words;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the popup’s entity view', () => {
  it('filters a history by verb class (with the word filter too); each entry shows its class, «by title», and a joint statement’s other members', async () => {
    await show();
    await waitFor(() => expect(heading()).toBe('Statement history (7)'));
    expect(items()).toContainEqual({ verb: 'أكدت', verbClass: 'Affirms', byTitle: 'by title', joint: null, text: 'الحوار مستمر' });
    expect(items()).toContainEqual({ verb: 'قالت', verbClass: 'States', byTitle: null, joint: 'together with: أستراليا', text: 'الاتفاق قريب' });
    expect(items().filter((i) => i.byTitle)).toHaveLength(1);
    expect(chip('All').getAttribute('aria-pressed')).toBe('true');

    // One class, then two: newest first.
    await click(chip('Warns'));
    await waitFor(() => expect(verbs()).toEqual(['حذرت']));
    expect(heading()).toBe('Statement history (1)');
    expect(chip('Warns').getAttribute('aria-pressed')).toBe('true');
    expect(chip('All').getAttribute('aria-pressed')).toBe('false');
    await click(chip('Denies'));
    await waitFor(() => expect(verbs()).toEqual(['نفت', 'حذرت']));

    // With words as well: both filters hold.
    await typeFilter('بلادها');
    await waitFor(() => expect(items().map((i) => i.text)).toEqual(['تكون بلادها قد غيرت موقفها']));
    // "All" lifts the class filter only.
    await click(chip('All'));
    await waitFor(() => expect(items().map((i) => i.text)).toEqual(['تكون بلادها قد غيرت موقفها', 'بلادها ستدعم المحادثات في جاكرتا']));
    await typeFilter('');
    await waitFor(() => expect(items()).toHaveLength(7));
    // Pressing a pressed class takes it off again.
    await click(chip('Calls for'));
    await waitFor(() => expect(verbs()).toEqual(['دعت']));
    await click(chip('Calls for'));
    await waitFor(() => expect(items()).toHaveLength(7));
  });

  it('marks a discovered actor as not in the knowledge base; Add moves its history to the new entity', async () => {
    await show();
    await waitFor(() => expect(container.querySelector('[data-testid=not-in-kb]')?.textContent).toContain('Not in your knowledge base'));
    expect(container.querySelector('.role')?.textContent).toBe('Role: وزيرة الخارجية');
    await waitFor(() => expect(items()).toHaveLength(7));
    const before = items();

    const english = [...container.querySelectorAll('label')].find((l) => l.textContent === 'English name (optional)')!;
    const field = container.querySelector(`#${CSS.escape(english.getAttribute('for')!)}`) as HTMLInputElement;
    await act(async () => {
      field.value = 'Julie Bishop';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Add to Marsad')!);

    // Added, and (the default settings) not highlighted in pages: it says so.
    await waitFor(() => expect(container.querySelector('[data-testid=added] p')?.textContent).toBe('Added to your knowledge base ✓'));
    expect(container.querySelector('[data-testid=added]')?.textContent).toContain('Your own names are highlighted in pages only if you choose so');
    const [entity] = await db.entities.toArray();
    expect(entity).toMatchObject({ origin: 'user', name: 'جولي بيشوب', nameEn: 'Julie Bishop', type: 'person' });
    // The view is the new entity's: known, with the same history (the statements that named her are the knowledge base's now).
    await waitFor(() => expect(container.querySelector('h2')?.textContent).toBe('جولي بيشوب'));
    await waitFor(() => expect(container.querySelector('.entity-head .muted')?.textContent).toBe('Julie Bishop · Person'));
    expect(container.querySelector('[data-testid=not-in-kb]')).toBeNull();
    await waitFor(() => expect(items()).toEqual(before));
    expect(await db.discovered.count()).toBe(0);
  });

  it('speaks Arabic: the classes by their Arabic names (English as a tooltip), «بالصفة»', async () => {
    await show('ar');
    await waitFor(() => expect(items()).toHaveLength(7));
    const ar = stringsFor('ar');
    expect(chip(ar.allClasses).getAttribute('aria-pressed')).toBe('true');
    expect(chip('تحذير').title).toBe('Warns');
    expect(items().find((i) => i.verb === 'أكدت')).toMatchObject({ verbClass: 'تأكيد', byTitle: 'بالصفة' });
    expect(container.querySelector('[data-testid=verb-classes]')?.getAttribute('aria-label')).toBe(ar.verbClasses);
    await click(chip('نفي'));
    await waitFor(() => expect(verbs()).toEqual(['نفت']));
  });

  it('says «No statement matches» when the filter finds nothing, and filters by what was said, not by the article’s title', async () => {
    await show();
    await waitFor(() => expect(items()).toHaveLength(7));
    // «تنفي» is in an article's title only («بيشوب تنفي»): no statement of hers has it.
    await typeFilter('تنفي');
    await waitFor(() => expect(container.querySelector('[data-testid=history-empty]')?.textContent).toBe('No statement matches.'));
    expect(items()).toHaveLength(0);
    // Copied with its conjunction, «وبلادها» finds «بلادها».
    await typeFilter('وبلادها');
    await waitFor(() => expect(items().map((i) => i.text)).toEqual(['تكون بلادها قد غيرت موقفها', 'بلادها ستدعم المحادثات في جاكرتا']));
    expect(container.querySelector('[data-testid=history-empty]')).toBeNull();
    // A class with nothing in it: the same words.
    await typeFilter('');
    await click(chip('Threatens'));
    await waitFor(() => expect(container.querySelector('[data-testid=history-empty]')?.textContent).toBe('No statement matches.'));
  });

  it('lists each saved article’s title on its line, the site and date on the next (not glued together)', async () => {
    const unstyle = usePageStyle('popup');
    try {
      await show();
      await waitFor(() => expect(container.querySelectorAll('[data-testid=articles] > li')).toHaveLength(3));
      const first = container.querySelector<HTMLElement>('[data-testid=articles] > li')!;
      expect(first.innerText).toBe('أستراليا تستعد\nnews.example · 9 Sept 2019');
      // The title is laid out in its own direction in the English interface.
      expect(first.querySelector('a')!.getAttribute('dir')).toBe('auto');
    } finally {
      unstyle();
    }
  });

  it('lays Arabic out right to left in the English interface: the filter box, the statements, the titles (dir="auto")', async () => {
    await show();
    await waitFor(() => expect(items()).toHaveLength(7));
    expect(container.querySelector('input.filter')!.getAttribute('dir')).toBe('auto');
    const li = container.querySelector('[data-testid=history] > li')!;
    expect(li.querySelector('.text')!.getAttribute('dir')).toBe('auto');
    expect(li.querySelector('a.title')!.getAttribute('dir')).toBe('auto');
  });

  it('names the entities that appear with it, as the background names them: the knowledge base’s and a discovered actor (marked)', async () => {
    await show('en', FRANCE);
    await waitFor(() => expect(container.querySelector('h2')?.textContent).toBe('فرنسا'));
    expect(container.querySelector('.entity-head .muted')?.textContent).toBe('France · Place');
    const chips = async () => [...container.querySelectorAll('.chips button')].map((b) => ({ name: b.querySelector('bdi')?.textContent, found: b.classList.contains('found') }));
    await waitFor(async () => expect(await chips()).toEqual(expect.arrayContaining([{ name: 'بريطانيا', found: false }, { name: 'جولي بيشوب', found: true }])));
    // Choosing the discovered actor opens her view, with her role from the corpus.
    await click([...container.querySelectorAll<HTMLButtonElement>('.chips button')].find((b) => b.textContent?.includes('جولي بيشوب'))!);
    await waitFor(() => expect(container.querySelector('.role')?.textContent).toBe('Role: وزيرة الخارجية'));
  });

  it('speaks of a woman in Arabic in the feminine (the role «وزيرة الخارجية» the article gave her)', async () => {
    await show('ar');
    await waitFor(() => expect(container.querySelector('[data-testid=not-in-kb] .not-in-kb')?.textContent).toBe('ليست في قاعدة معرفتك'));
    await waitFor(() => expect([...container.querySelectorAll('h3')].map((h) => h.textContent)).toContain('مقالات محفوظة تذكرها (3)'));
    expect(container.querySelector('.by-title')?.getAttribute('title')).toBe('ذكرها الخبر بصفتها لا باسمها، ونسب مرصد التصريح إليها.');
  });
});

/** A statement as the history lists it. */
function entry(id: number, text: string, verb = 'قال'): HistoryEntry {
  return {
    id,
    speakerId: 'person:sergei-lavrov',
    speaker: 'سيرغي لافروف',
    speakerKind: 'entity',
    verb,
    verbClass: 'states',
    text,
    direct: false,
    publishedAt: '2019-11-20',
    prefix: '',
    suffix: '',
    article: { id, url: `https://news.example/${id}`, title: `عنوان ${id}`, site: 'news.example', publishedAt: '2019-11-20' },
  };
}

/**
 * A client whose `history` and `overview` replies the test gives, in the order it chooses (as a
 * slow background might send them); the knowledge base and settings answer at once.
 */
function slowBackground() {
  const pending: { name: 'history' | 'overview'; data: HistoryRequest | { entityId: string }; reply(v: HistoryPage | NamedOverview): void }[] = [];
  const base = testClient();
  const client: MarsadClient = {
    ...base,
    call: ((name: string, data: never) => {
      if (name === 'history' || name === 'overview') return new Promise<HistoryPage | NamedOverview>((reply) => pending.push({ name, data, reply }));
      if (name === 'describeEntity') return Promise.resolve({ entity: null, corpusEmpty: false });
      return Promise.reject(new Error(`unexpected call ${name}`));
    }) as MarsadClient['call'],
  };
  /** The question asked last of that name that matches. */
  const asked = async <N extends 'history' | 'overview'>(name: N, match: (data: never) => boolean = () => true) =>
    waitFor(() => {
      const q = [...pending].reverse().find((p) => p.name === name && match(p.data as never));
      if (!q) throw new Error(`no ${name} asked yet`);
      pending.splice(pending.indexOf(q), 1);
      return q;
    });
  return { client, asked };
}

const page = (entries: HistoryEntry[], total: number | null, hasMore = false): HistoryPage => ({ entries, total, hasMore });
const noOverview: NamedOverview = { articleCount: 0, articles: [], coMentioned: [] };

describe('the popup’s entity view, when replies arrive late', () => {
  let openEntity: (id: string) => void = () => undefined;
  function Switchable() {
    const [id, setId] = useState('person:sergei-lavrov');
    openEntity = setId;
    return <EntityView locale="en" settings={DEFAULT_SETTINGS} entityId={id} known={undefined} onBack={undefined} onOpen={setId} />;
  }
  async function showWith(client: MarsadClient) {
    await act(async () =>
      render(
        <ClientContext.Provider value={client}>
          <Switchable />
        </ClientContext.Provider>,
        container,
      ),
    );
  }
  const texts = () => [...container.querySelectorAll('[data-testid=history] > li .text')].map((p) => p.textContent);

  it('a late reply to earlier filter words never renders over the newer words’ reply', async () => {
    const bg = slowBackground();
    await showWith(bg.client);
    (await bg.asked('history')).reply(page([entry(1, 'كل شيء')], 1));
    await waitFor(() => expect(texts()).toEqual(['كل شيء']));
    await typeFilter('جنيف');
    const older = await bg.asked('history', (d: HistoryRequest) => d.query === 'جنيف');
    await typeFilter('موسكو');
    const newer = await bg.asked('history', (d: HistoryRequest) => d.query === 'موسكو');
    newer.reply(page([entry(3, 'موسكو مستعدة')], 1));
    await waitFor(() => expect(texts()).toEqual(['موسكو مستعدة']));
    older.reply(page([entry(2, 'في جنيف')], 1));
    await new Promise((r) => setTimeout(r, 50));
    await waitFor(() => expect(texts()).toEqual(['موسكو مستعدة']));
  });

  it('a late «More» for a list the reader has since filtered is not appended to the new list', async () => {
    const bg = slowBackground();
    await showWith(bg.client);
    const twenty = Array.from({ length: 20 }, (_, i) => entry(100 + i, `تصريح ${i}`));
    (await bg.asked('history')).reply(page(twenty, 25, true));
    await waitFor(() => expect(texts()).toHaveLength(20));
    const more = [...container.querySelectorAll('button')].find((b) => b.textContent?.startsWith('More'))!;
    await act(async () => more.click());
    const late = await bg.asked('history', (d: HistoryRequest) => d.offset === 20);
    // "More" waits for its page: a second click asks nothing more.
    await act(async () => more.click());
    await typeFilter('موسكو');
    (await bg.asked('history', (d: HistoryRequest) => d.query === 'موسكو')).reply(page([entry(3, 'موسكو مستعدة')], 1));
    await waitFor(() => expect(texts()).toEqual(['موسكو مستعدة']));
    late.reply(page(Array.from({ length: 5 }, (_, i) => entry(200 + i, `قديم ${i}`)), 25));
    await new Promise((r) => setTimeout(r, 50));
    expect(texts()).toEqual(['موسكو مستعدة']);
    expect(container.querySelector('h3')?.textContent).toBe('Statement history (1)');
  });

  it('a late history or overview of the entity shown before never renders over the one shown now', async () => {
    const bg = slowBackground();
    await showWith(bg.client);
    const lavrovHistory = await bg.asked('history', (d: HistoryRequest) => d.entityId === 'person:sergei-lavrov');
    const lavrovOverview = await bg.asked('overview', (d: { entityId: string }) => d.entityId === 'person:sergei-lavrov');
    await act(async () => openEntity('person:geir-pedersen'));
    (await bg.asked('history', (d: HistoryRequest) => d.entityId === 'person:geir-pedersen')).reply(page([entry(5, 'التسوية تحتاج إلى دعم')], 1));
    (await bg.asked('overview', (d: { entityId: string }) => d.entityId === 'person:geir-pedersen')).reply({
      ...noOverview,
      articleCount: 1,
      articles: [{ id: 5, url: 'https://news.example/5', title: 'بيدرسن في دمشق', site: 'news.example', publishedAt: '2019-11-20', mentions: 1 }],
    });
    const shown = () => [...container.querySelectorAll('ul.articles a')].map((a) => a.textContent);
    await waitFor(() => expect(shown()).toEqual(['بيدرسن في دمشق']));
    lavrovHistory.reply(page([entry(1, 'موسكو مستعدة')], 1));
    lavrovOverview.reply({ ...noOverview, articleCount: 1, articles: [{ id: 1, url: 'https://news.example/1', title: 'لافروف في جنيف', site: 'news.example', publishedAt: '2019-11-04', mentions: 1 }] });
    await new Promise((r) => setTimeout(r, 50));
    expect(shown()).toEqual(['بيدرسن في دمشق']);
    expect(texts()).toEqual(['التسوية تحتاج إلى دعم']);
  });

  it('shows a headline statement («لافروف: …») with the word «headline», not a colon, where its verb would be', async () => {
    const bg = slowBackground();
    await showWith(bg.client);
    (await bg.asked('history')).reply(page([entry(1, 'موسكو مستعدة لاستئناف المحادثات', ':')], 1));
    await waitFor(() => expect(container.querySelector('[data-testid=history] .verb')?.textContent).toBe('headline'));
  });
});
