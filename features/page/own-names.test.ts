/**
 * The page learned the user's private entities (issue 11): `CSS.highlights` is readable by the
 * page, and its ranges named every entity Marsad painted, the user's own among them; a page could
 * plant candidate names and see which lit up. The user's own entities, and the names the user added
 * to built-in ones, are now painted only when the user chooses so (`paintOwnEntities`); they are
 * still found and listed for the popup.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { openCorpus, type MarsadDB } from '../../lib/corpus/schema';
import type { KnowledgeEdit } from '../../lib/knowledge/user';
import { DEFAULT_SETTINGS, SETTINGS_KEY, storedSettings, type Settings } from '../../lib/settings';
import { serveBackground } from '../../platform/messaging';
import { backgroundHandlers } from '../background/handlers';
import { PageReading } from './page-reading';

class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

const OWN: KnowledgeEdit = { id: 'person:user-lq1-abc', origin: 'user', type: 'person', name: 'سامي الراوي', nameEn: 'Sami al-Rawi', aliases: [], updatedAt: '2024-01-01T00:00:00.000Z' };
/** A name the user added to a built-in entity (Macron). */
const ADDED: KnowledgeEdit = { id: 'person:emmanuel-macron', origin: 'edit', aliases: ['ماكغون'], updatedAt: '2024-01-01T00:00:00.000Z' };

const STORY = [
  'أعلن وزير الخارجية الروسي سيرغي لافروف اليوم أن بلاده مستعدة لاستئناف المحادثات في جنيف قبل نهاية الشهر الجاري.',
  'وقال الباحث سامي الراوي في مؤتمر صحفي عقده في موسكو إن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة، داعيا جميع الأطراف إلى الحوار.',
  'وكان ماكغون قد دعا إلى جولة جديدة من المفاوضات بين الحكومة والمعارضة في مدينة جنيف السويسرية الشهر المقبل، وقال إيمانويل ماكرون إنه متفائل.',
  'وأضاف الوزير الروسي أن موسكو ستواصل اتصالاتها مع جميع الأطراف الإقليمية والدولية من أجل إنجاح هذه الجولة من المحادثات.',
];

const ORIGINAL = { Highlight: (globalThis as Record<string, unknown>).Highlight, CSS: globalThis.CSS };
let painted: Map<string, FakeHighlight>;
let ctx: ContentScriptContext;
let stop: () => void;
let db: MarsadDB;

function buildPage(): void {
  const h1 = document.createElement('h1');
  h1.textContent = 'لافروف يبحث في جنيف مستقبل المحادثات';
  const story = document.createElement('div');
  story.append(
    ...STORY.map((s) => {
      const p = document.createElement('p');
      p.textContent = s;
      return p;
    }),
  );
  document.title = h1.textContent;
  document.body.replaceChildren(h1, story);
}

/** Every painted word the page can read from `CSS.highlights`. */
const readable = () => [...painted.values()].flatMap((h) => [...h]).map(String);
/** Every word the fallback wrapped in an element. */
const marked = () => [...document.querySelectorAll('marsad-mark')].map((m) => m.textContent);

async function read(settings: Settings): Promise<PageReading> {
  const reading = new PageReading(ctx, settings, true);
  expect(await reading.start()).toBe(true);
  return reading;
}

beforeEach(async () => {
  fakeBrowser.reset();
  painted = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: painted });
  // The background as it runs, over a corpus where the user added the two: it reads the page and
  // marks which mentions are the user's own.
  db = openCorpus(`own-names-${crypto.randomUUID()}`);
  await db.entities.bulkPut([OWN, ADDED]);
  const { analysePage, knowledgeEdits } = backgroundHandlers(db);
  stop = serveBackground({ analysePage, knowledgeEdits, pageAnalysed: () => undefined, entityCards: () => [] });
  buildPage();
  ctx = new ContentScriptContext('own-names-test');
});
afterEach(async () => {
  ctx.abort();
  vi.stubGlobal('Highlight', ORIGINAL.Highlight);
  vi.stubGlobal('CSS', ORIGINAL.CSS);
  vi.restoreAllMocks();
  stop();
  document.body.replaceChildren();
  await db.delete();
});

describe('the user’s own names and the page', () => {
  it('by default, are not in CSS.highlights, while the built-in names are; the popup still lists them', async () => {
    const reading = await read(DEFAULT_SETTINGS);
    expect(readable()).toEqual(expect.arrayContaining(['سيرغي لافروف', 'إيمانويل ماكرون', 'جنيف']));
    expect(readable()).not.toContain('سامي الراوي');
    expect(readable()).not.toContain('ماكغون');
    // Found all the same: the popup's list (which the page cannot read) has them with their counts.
    const listed = new Map(reading.state.entities.map((e) => [e.id, e.count]));
    expect(listed.get(OWN.id)).toBe(1);
    expect(listed.get(ADDED.id)).toBe(2);
  });

  it('are painted when the user chooses so', async () => {
    await read({ ...DEFAULT_SETTINGS, paintOwnEntities: true });
    expect(readable()).toEqual(expect.arrayContaining(['سيرغي لافروف', 'سامي الراوي', 'ماكغون', 'إيمانويل ماكرون']));
  });

  it('follow the choice made in the options while the page is open', async () => {
    await read(DEFAULT_SETTINGS);
    expect(readable()).not.toContain('سامي الراوي');
    await browser.storage.local.set({ [SETTINGS_KEY]: storedSettings({ ...DEFAULT_SETTINGS, paintOwnEntities: true }) });
    await vi.waitFor(() => expect(readable()).toContain('سامي الراوي'));
    await browser.storage.local.set({ [SETTINGS_KEY]: storedSettings(DEFAULT_SETTINGS) });
    await vi.waitFor(() => expect(readable()).not.toContain('سامي الراوي'));
  });

  it('without the Highlight API, are not wrapped in elements the page can read either', async () => {
    vi.stubGlobal('Highlight', undefined);
    vi.stubGlobal('CSS', undefined);
    await read(DEFAULT_SETTINGS);
    expect(marked()).toEqual(expect.arrayContaining(['سيرغي لافروف', 'إيمانويل ماكرون']));
    expect(marked()).not.toContain('سامي الراوي');
    expect(marked()).not.toContain('ماكغون');
    expect(document.querySelector(`marsad-mark[data-entity="${OWN.id}"]`)).toBeNull();
  });
});
