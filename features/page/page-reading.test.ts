/**
 * The page's reading while the page keeps changing: what a framework replaces is painted again
 * before the next frame, a text that keeps changing is read again within a bounded wait, and
 * nothing of it piles up on the content script's context.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPageTexts } from '../../lib/analyze/page';
import { builtinGazetteer } from '../../lib/knowledge/builtin';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { serveBackground } from '../../platform/messaging';
import { Readability } from '@mozilla/readability';
import { PageReading } from './page-reading';
import { provideReader } from './reader';

/** What the hover card's frame was told (happy-dom loads no frame: the test stands in for it, drawing each card at once). */
const frameTold = vi.hoisted(() => [] as { type: string; seq?: number }[]);
vi.mock('./card-line', () => ({
  openCardLine: (doc: Document, receive: (m: unknown) => void) => ({
    frame: doc.createElement('div'),
    line: {
      post: (m: { type: string; seq?: number }) => {
        frameTold.push(m);
        if (m.type === 'show') receive({ type: 'ready', seq: m.seq });
      },
      close: () => undefined,
    },
  }),
}));

/** The CSS Custom Highlight API, as Chromium has it and happy-dom does not: what is painted, by highlight name. */
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
let painted: Map<string, FakeHighlight>;

const HEADLINE = 'لافروف يبحث في جنيف مستقبل المحادثات السياسية';
const STORY = [
  'أعلن وزير الخارجية الروسي سيرغي لافروف اليوم أن بلاده مستعدة لاستئناف المحادثات في جنيف قبل نهاية الشهر الجاري.',
  'وقال لافروف في مؤتمر صحفي عقده في موسكو إن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة، داعيا جميع الأطراف إلى الحوار.',
  'وكانت الأمم المتحدة قد دعت إلى جولة جديدة من المفاوضات بين الحكومة والمعارضة في مدينة جنيف السويسرية الشهر المقبل.',
  'وأضاف الوزير الروسي أن موسكو ستواصل اتصالاتها مع جميع الأطراف الإقليمية والدولية من أجل إنجاح هذه الجولة من المحادثات.',
];
const LIVE = 'وتتواصل التغطية المباشرة من موسكو وجنيف حيث يتابع سيرغي لافروف الاجتماعات مع الوفود المشاركة في المحادثات.';

/** What the tests stand in for, put back after each (vi.unstubAllGlobals would take WXT's fake browser too). */
const ORIGINAL = { Highlight: (globalThis as Record<string, unknown>).Highlight, CSS: globalThis.CSS };
let ctx: ContentScriptContext;
let reading: PageReading;
let stop: () => void;

function paragraph(text: string, id?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (id) p.id = id;
  return p;
}

/** A news page: a headline outside the story's container, the story, a live line the page re-renders, a footer. */
function buildPage(): void {
  const h1 = document.createElement('h1');
  h1.textContent = HEADLINE;
  const story = document.createElement('div');
  story.id = 'story';
  story.append(...STORY.map((s) => paragraph(s)), paragraph(LIVE, 'live'));
  const footer = document.createElement('footer');
  footer.textContent = 'جميع الحقوق محفوظة';
  document.title = HEADLINE;
  document.body.replaceChildren(h1, story, footer);
}

/** The painted words whose text lies inside `el`. */
function paintedIn(el: Element): string[] {
  return [...painted.values()].flatMap((h) => [...h]).filter((r) => el.contains(r.startContainer)).map(String);
}

/** The page's framework renders the live line again: a new element with the same text (or a new one). */
function rerenderLive(text = LIVE): HTMLElement {
  const fresh = paragraph(text, 'live');
  document.getElementById('live')!.replaceWith(fresh);
  return fresh;
}

beforeEach(async () => {
  fakeBrowser.reset();
  painted = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: painted });
  frameTold.length = 0;
  stop = serveBackground({
    // The background reads the page's texts with its knowledge base, as features/background/handlers.ts does.
    analysePage: (data) => readPageTexts(data, builtinGazetteer()),
    knowledgeEdits: () => [],
    pageAnalysed: () => undefined,
    // The background injects Readability into the page's isolated world (reader.ts): here, the same realm.
    loadReadability: () => provideReader(Readability),
  });
  buildPage();
  ctx = new ContentScriptContext('page-reading-test');
  reading = new PageReading(ctx, DEFAULT_SETTINGS, true);
  expect(await reading.start()).toBe(true);
  vi.useFakeTimers();
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  vi.stubGlobal('Highlight', ORIGINAL.Highlight);
  vi.stubGlobal('CSS', ORIGINAL.CSS);
  vi.restoreAllMocks();
  stop();
  document.body.replaceChildren();
});

describe('PageReading on a page that keeps changing', () => {
  it('paints a paragraph the page re-renders every 300 ms again before the next frame (its highlights vanished and never came back)', async () => {
    expect(paintedIn(document.getElementById('live')!)).toEqual(expect.arrayContaining(['موسكو', 'جنيف', 'سيرغي لافروف']));
    for (let i = 0; i < 10; i++) {
      const live = rerenderLive();
      await vi.advanceTimersByTimeAsync(20); // a frame
      expect(paintedIn(live), `re-render ${i + 1}`).toEqual(expect.arrayContaining(['موسكو', 'جنيف', 'سيرغي لافروف']));
      await vi.advanceTimersByTimeAsync(280);
    }
  });

  it('paints a re-rendered headline outside the story again (changes outside the container were ignored)', async () => {
    expect(paintedIn(document.querySelector('h1')!)).toEqual(expect.arrayContaining(['لافروف', 'جنيف']));
    const h1 = document.createElement('h1');
    h1.textContent = HEADLINE;
    document.querySelector('h1')!.replaceWith(h1);
    await vi.advanceTimersByTimeAsync(20);
    expect(paintedIn(h1)).toEqual(expect.arrayContaining(['لافروف', 'جنيف']));
  });

  it('reads a text that changes every 300 ms again within 2 s (each change restarted the wait, so it never was)', async () => {
    const guterres = 'person:antonio-guterres';
    expect(reading.state.entities.map((e) => e.id)).not.toContain(guterres);
    // From the first change on, the live line names Guterres; it is painted at once...
    const update = (n: number) => `${LIVE} وقد انضم إليها أنطونيو غوتيريش، والتحديث رقم ${n}.`;
    let live = rerenderLive(update(0));
    await vi.advanceTimersByTimeAsync(20);
    expect(paintedIn(live)).toContain('أنطونيو غوتيريش');
    // ...and, the page never quiet, the article is read again within the bounded wait: the popup's list has him.
    for (let n = 1; n <= 6; n++) {
      await vi.advanceTimersByTimeAsync(280);
      live = rerenderLive(update(n));
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(reading.state.entities.map((e) => e.id)).toContain(guterres);
    expect(reading.state.article?.text).toContain('رقم');
  });

  it('the keyboard and the open card stay on their mention while the page re-renders it (each repaint sent the keyboard back to the first mention)', async () => {
    const press = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, shiftKey: true, bubbles: true }));
    const focused = () => [...(painted.get('marsad-focus') ?? [])];
    const all = reading.locator!.all;
    const first = all.findIndex((m) => document.getElementById('live')!.contains(m.range.startContainer));
    expect(first).toBeGreaterThan(0);
    for (let i = 0; i <= first; i++) press();
    await vi.advanceTimersByTimeAsync(20);
    expect(focused().map(String)).toEqual([all[first]!.range.toString()]);
    const told = frameTold.length;
    expect(frameTold.at(-1)?.type).toBe('show');

    const live = rerenderLive();
    await vi.advanceTimersByTimeAsync(20);
    // Still on it: focused in the new paragraph, the card neither shown again nor hidden.
    expect(focused()).toHaveLength(1);
    expect(live.contains(focused()[0]!.startContainer)).toBe(true);
    expect(frameTold).toHaveLength(told);
    // And the next step is the next mention, not the first.
    press();
    await vi.advanceTimersByTimeAsync(20);
    expect(focused().map(String)).toEqual([reading.locator!.all[first + 1]!.range.toString()]);
  });

  it('2,000 frames of pointer movement and 200 changes of the page add no listener to the context (each timer and frame added one, never removed)', async () => {
    const added = vi.spyOn(ctx.signal, 'addEventListener');
    for (let i = 0; i < 2000; i++) {
      document.dispatchEvent(new PointerEvent('pointermove', { clientX: 100 + (i % 300), clientY: 200, bubbles: true }));
      if (i % 10 === 0) rerenderLive(`${LIVE} ${i}`);
      await vi.advanceTimersByTimeAsync(16);
    }
    expect(added.mock.calls.filter(([type]) => type === 'abort')).toEqual([]);
  });

  it('when the context is invalidated, what was scheduled is cleared: nothing runs, nothing is painted', async () => {
    rerenderLive(`${LIVE} أنطونيو غوتيريش`); // a repaint and a reading are due
    ctx.abort();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect([...painted.values()].flatMap((h) => [...h])).toEqual([]);
    expect(reading.state.entities.map((e) => e.id)).not.toContain('person:antonio-guterres');
  });
});

describe('PageReading reads again only what changed', () => {
  /** The painted ranges outside `el`, as objects (the same object: not painted again). */
  const rangesOutside = (el: Element) => [...painted.values()].flatMap((h) => [...h]).filter((r) => !el.contains(r.startContainer));
  /** Every painted mention's range holds the words its offsets say, in the text it was read in. */
  const offsetsRight = () => reading.locator!.all.every((m) => m.range.toString() === reading.locator!.text.slice(m.start, m.end));

  it('a live line rewritten ten times with the same names: never extracted again, the article not read again, the other highlights left as they were', async () => {
    const live = document.getElementById('live')!;
    const others = rangesOutside(live);
    const work = { ...reading.state.work! };
    expect(work).toMatchObject({ extractions: 1, articleReads: 1 });
    for (let n = 1; n <= 10; n++) {
      live.textContent = `${LIVE} التحديث رقم ${n * 7}.`;
      await vi.advanceTimersByTimeAsync(700);
    }
    expect(reading.state.work).toMatchObject({ extractions: 1, articleReads: 1, paintedReads: work.paintedReads + 10 });
    expect(rangesOutside(live)).toEqual(others);
    expect(rangesOutside(live).every((r, i) => r === others[i])).toBe(true);
    expect(paintedIn(live)).toEqual(expect.arrayContaining(['موسكو', 'جنيف', 'سيرغي لافروف']));
    // The saved copy's text is the page's as it is now.
    expect(reading.state.article?.text).toContain('التحديث رقم 70.');
    expect(offsetsRight()).toBe(true);
  });

  it('a change that the article leaves out (a share counter inside the story’s container) reads nothing again', async () => {
    const share = document.createElement('p');
    share.textContent = 'شارك 12 واتساب تويتر فيسبوك';
    document.getElementById('story')!.append(share);
    await vi.advanceTimersByTimeAsync(2000);
    const work = { ...reading.state.work! };
    for (let n = 13; n < 20; n++) {
      share.textContent = `شارك ${n} واتساب تويتر فيسبوك`;
      await vi.advanceTimersByTimeAsync(700);
    }
    expect(reading.state.work).toMatchObject({ extractions: work.extractions, articleReads: work.articleReads });
  });

  it('a paragraph added to the story: put in the article’s text before the one it precedes, its names listed, nothing extracted or read again', async () => {
    const news = 'وفي آخر المستجدات، وصل الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى جنيف للمشاركة في الاجتماعات.';
    document.getElementById('story')!.prepend(paragraph(news));
    await vi.advanceTimersByTimeAsync(2000);
    expect(reading.state.work).toMatchObject({ extractions: 1, articleReads: 1 });
    expect(reading.state.article!.text).toContain(`${news}\n\n${STORY[0]}`);
    const guterres = reading.state.entities.find((e) => e.id === 'person:antonio-guterres');
    expect(guterres).toMatchObject({ name: 'أنطونيو غوتيريش', count: 1 });
    // As the background would count them in the article's text as it is now.
    const fresh = readPageTexts({ article: { text: reading.state.article!.text, signals: { declaredArticle: false, hasDate: false } }, force: true }, builtinGazetteer());
    expect(new Map(reading.state.entities.map((e) => [e.id, e.count]))).toEqual(new Map(fresh.entities!.map((e) => [e.id, e.count])));
  });

  it('a new headline (the article’s title line, which its text cannot tell) has the article extracted from the page again', async () => {
    document.querySelector('h1')!.textContent = 'غوتيريش يصل إلى جنيف للقاء لافروف';
    await vi.advanceTimersByTimeAsync(2000);
    expect(reading.state.work!.extractions).toBe(2);
  });

  it('in a long article (over 100,000 characters) only the changed line is sent, and every highlight after it keeps its words', async () => {
    ctx.abort();
    const sent: number[] = [];
    stop();
    stop = serveBackground({
      analysePage: (data) => {
        if (data.painted !== undefined) sent.push(data.painted.length);
        return readPageTexts(data, builtinGazetteer());
      },
      knowledgeEdits: () => [],
      pageAnalysed: () => undefined,
      entityCards: () => [],
    });
    const story = document.getElementById('story')!;
    for (let i = 0; i < 300; i++) story.append(...STORY.map((s) => paragraph(s)));
    const ticker = paragraph('عاجل: التحديث رقم 0 من موسكو', 'ticker');
    story.prepend(ticker);
    vi.useRealTimers();
    ctx = new ContentScriptContext('page-reading-long');
    reading = new PageReading(ctx, DEFAULT_SETTINGS, true);
    expect(await reading.start()).toBe(true);
    vi.useFakeTimers();
    expect(reading.locator!.text.length).toBeGreaterThan(100_000);
    const count = reading.locator!.size;
    sent.length = 0;
    for (let n = 1; n <= 8; n++) {
      // The line grows and shrinks: every mention after it moves.
      ticker.textContent = n % 2 ? `عاجل: التحديث رقم ${n} من موسكو وأنقرة وجنيف` : `عاجل: ${n} من موسكو`;
      await vi.advanceTimersByTimeAsync(700);
    }
    expect(sent).toHaveLength(8);
    expect(Math.max(...sent)).toBeLessThan(100);
    expect(reading.state.work).toMatchObject({ extractions: 1, articleReads: 1, paintedPartReads: 8 });
    expect(offsetsRight()).toBe(true);
    // The ticker's last line names موسكو alone, as its first did.
    expect(reading.locator!.size).toBe(count);
    expect(paintedIn(ticker)).toEqual(['موسكو']);
  });
});
