/** Readability comes to the page only when its story is not marked plainly (reader.ts). */
import { Readability } from '@mozilla/readability';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPageTexts } from '../../lib/analyze/page';
import { builtinGazetteer } from '../../lib/knowledge/builtin';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { serveBackground } from '../../platform/messaging';
import { PageReading } from './page-reading';
import { provideReader, readerHere } from './reader';

class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const ORIGINAL = { Highlight: (globalThis as Record<string, unknown>).Highlight, CSS: globalThis.CSS };
const HEADLINE = 'لافروف يبحث في جنيف مستقبل المحادثات السياسية';
const STORY = [
  'أعلن وزير الخارجية الروسي سيرغي لافروف اليوم أن بلاده مستعدة لاستئناف المحادثات في جنيف قبل نهاية الشهر الجاري، في خطوة رحبت بها الأطراف.',
  'وقال لافروف في مؤتمر صحفي عقده في موسكو إن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة، داعيا جميع الأطراف إلى الحوار دون شروط مسبقة.',
  'وكانت الأمم المتحدة قد دعت إلى جولة جديدة من المفاوضات بين الحكومة والمعارضة في مدينة جنيف السويسرية الشهر المقبل، بحسب بيان رسمي.',
  'وأضاف الوزير الروسي أن موسكو ستواصل اتصالاتها مع جميع الأطراف الإقليمية والدولية من أجل إنجاح هذه الجولة من المحادثات المقبلة.',
];
let painted: Map<string, FakeHighlight>;
let asked: number;
let stop: () => void;
let ctx: ContentScriptContext;

/** The story in `container` (an <article> marks it plainly; a <div> among menus does not), a headline, a menu. */
function buildPage(container: 'article' | 'div'): void {
  const h1 = document.createElement('h1');
  h1.textContent = HEADLINE;
  const story = document.createElement(container);
  const body = document.createElement('div');
  body.append(
    ...STORY.map((s) => {
      const p = document.createElement('p');
      p.textContent = s;
      return p;
    }),
  );
  story.append(h1, body);
  const nav = document.createElement('nav');
  nav.textContent = 'الرئيسية أخبار رياضة';
  document.title = HEADLINE;
  document.body.replaceChildren(nav, story);
}

beforeEach(() => {
  fakeBrowser.reset();
  painted = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: painted });
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('marsad.readability')];
  asked = 0;
  stop = serveBackground({
    analysePage: (data) => readPageTexts(data, builtinGazetteer()),
    knowledgeEdits: () => [],
    pageAnalysed: () => undefined,
    // The background injects Readability into the page's isolated world: here, the same realm.
    loadReadability: () => {
      asked++;
      provideReader(Readability);
    },
  });
  ctx = new ContentScriptContext('reader-test');
});
afterEach(() => {
  ctx.abort();
  vi.stubGlobal('Highlight', ORIGINAL.Highlight);
  vi.stubGlobal('CSS', ORIGINAL.CSS);
  stop();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('marsad.readability')];
  document.body.replaceChildren();
});

const paintedWords = () => [...painted.values()].flatMap((h) => [...h]).map(String);

describe('Readability in the page', () => {
  it('a story the page marks plainly is read and painted without asking for Readability', async () => {
    buildPage('article');
    expect(await new PageReading(ctx, DEFAULT_SETTINGS, true).start()).toBe(true);
    expect(asked).toBe(0);
    expect(readerHere()).toBeUndefined();
    expect(paintedWords()).toEqual(expect.arrayContaining(['سيرغي لافروف', 'جنيف']));
  });

  it('any other page has the background bring Readability once, then is read with it', async () => {
    buildPage('div');
    const reading = new PageReading(ctx, DEFAULT_SETTINGS, true);
    expect(await reading.start()).toBe(true);
    expect(asked).toBe(1);
    expect(readerHere()).toBe(Readability);
    // Readability's article: the story, not the menu.
    expect(reading.state.article?.text).toContain(STORY[3]);
    expect(reading.state.article?.text).not.toContain('رياضة');
    expect(paintedWords()).toEqual(expect.arrayContaining(['سيرغي لافروف', 'جنيف']));
  });

  it('where the background cannot bring it, the page is still read (its text without menus)', async () => {
    stop();
    stop = serveBackground({ analysePage: (data) => readPageTexts(data, builtinGazetteer()), knowledgeEdits: () => [], pageAnalysed: () => undefined });
    buildPage('div');
    const reading = new PageReading(ctx, DEFAULT_SETTINGS, true);
    expect(await reading.start()).toBe(true);
    expect(reading.state.article?.text).toContain(STORY[3]);
    expect(reading.state.article?.text).not.toContain('رياضة');
  });
});
