/** The analyser injected into a page where it already runs: the running session answers; the page is not read again. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Readability } from '@mozilla/readability';
import analyser from '../../entrypoints/analyser';
import { waitFor } from '../../components/test-utils';
import { readPageTexts } from '../../lib/analyze/page';
import { builtinGazetteer } from '../../lib/knowledge/builtin';
import { FORCE_ANALYSIS } from '../../lib/messages';
import { serveBackground } from '../../platform/messaging';
import { provideReader } from './reader';

class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const ORIGINAL = { Highlight: (globalThis as Record<string, unknown>).Highlight, CSS: globalThis.CSS };
let painted: Map<string, FakeHighlight>;
let analysed: ReturnType<typeof vi.fn<() => void>>;
let stop: () => void;

const paintedWords = () => [...painted.values()].flatMap((h) => [...h]).map(String);

beforeEach(() => {
  fakeBrowser.reset();
  painted = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: painted });
  analysed = vi.fn<() => void>();
  stop = serveBackground({
    analysePage: (data) => readPageTexts(data, builtinGazetteer()),
    knowledgeEdits: () => [],
    pageAnalysed: analysed,
    // The background injects Readability into the page's isolated world (reader.ts): here, the same realm.
    loadReadability: () => provideReader(Readability),
  });
  const h1 = document.createElement('h1');
  h1.textContent = 'لافروف يبحث في جنيف مستقبل المحادثات';
  const story = document.createElement('div');
  for (const text of [
    'أعلن وزير الخارجية الروسي سيرغي لافروف اليوم أن بلاده مستعدة لاستئناف المحادثات في جنيف قبل نهاية الشهر الجاري.',
    'وقال لافروف في مؤتمر صحفي عقده في موسكو إن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة، داعيا جميع الأطراف إلى الحوار.',
  ]) {
    const p = document.createElement('p');
    p.textContent = text;
    story.append(p);
  }
  document.body.replaceChildren(h1, story);
  // "Analyse this page": read it whatever it looks like.
  (globalThis as Record<string, unknown>)[FORCE_ANALYSIS] = true;
});
/** Ends whatever session runs, as an extension reload does: its runtime is gone, and its guard, asked, says so. */
function reloadExtension(): void {
  const runtime = browser.runtime as { id: string | undefined };
  const id = runtime.id;
  runtime.id = undefined;
  try {
    (globalThis as Record<symbol, { alive(): boolean } | undefined>)[Symbol.for('marsad.session')]?.alive();
  } finally {
    runtime.id = id;
  }
}

afterEach(() => {
  reloadExtension();
  delete (globalThis as Record<string, unknown>)[FORCE_ANALYSIS];
  stop();
  vi.stubGlobal('Highlight', ORIGINAL.Highlight);
  vi.stubGlobal('CSS', ORIGINAL.CSS);
  document.body.replaceChildren();
});

describe('the analyser injected twice', () => {
  it('the second injection is a no-op while the first session is alive (it stopped the first, whose cleanup lifted the guard, and the page was read again)', async () => {
    analyser.main();
    await waitFor(() => expect(analysed).toHaveBeenCalledTimes(1));
    const words = paintedWords();
    expect(words).toEqual(expect.arrayContaining(['سيرغي لافروف', 'جنيف', 'موسكو']));

    analyser.main();
    await new Promise((r) => setTimeout(r, 300));
    expect(analysed).toHaveBeenCalledTimes(1);
    // The first session still paints the page.
    expect(paintedWords()).toEqual(words);
  });

  it('an injection after the session ended (the extension was updated or reloaded) starts a new one', async () => {
    analyser.main();
    await waitFor(() => expect(analysed).toHaveBeenCalledTimes(1));
    // The extension is reloaded: the old script's runtime is gone (its id reads undefined), which
    // is how a content-script context learns it is invalid. (A page's forged "newer script
    // started" event no longer stops it: announce.test.ts.)
    reloadExtension();
    expect(paintedWords()).toEqual([]);
    (globalThis as Record<string, unknown>)[FORCE_ANALYSIS] = true;
    analyser.main();
    await waitFor(() => expect(analysed).toHaveBeenCalledTimes(2));
    expect(paintedWords()).toEqual(expect.arrayContaining(['سيرغي لافروف', 'جنيف', 'موسكو']));
  });
});

describe('a page too large to read', () => {
  it('is not read: the reader is told why, once, in the interface’s language, and the page’s later changes do not read it again', async () => {
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    const asked = vi.fn();
    stop();
    stop = serveBackground({ analysePage: (data) => (asked(), readPageTexts(data, builtinGazetteer())), knowledgeEdits: () => [], pageAnalysed: analysed });
    // 1.6 million characters of text: more than a page Marsad reads (lib/extract/page-size.ts).
    const huge = document.createElement('div');
    huge.textContent = 'قال لافروف في جنيف إن المحادثات مستمرة. '.repeat(40_000);
    document.body.append(huge);
    (globalThis as Record<string, unknown>)[FORCE_ANALYSIS] = false;
    analyser.main();
    await waitFor(() => expect(roots.at(-1)?.querySelector('.toast')?.textContent).toContain('Marsad did not read this page: its text is longer than Marsad reads'));
    for (let i = 0; i < 3; i++) {
      huge.append(document.createElement('p'));
      await new Promise((r) => setTimeout(r, 1_200));
    }
    expect(asked).not.toHaveBeenCalled();
    expect(paintedWords()).toEqual([]);
    expect(roots).toHaveLength(1);
  }, 15_000);
});
