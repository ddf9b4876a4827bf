import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../tests/fixtures';
import { analyze } from '../analyze/analyze';
import { extractArticle } from '../extract/extract';
import { builtinGazetteer } from '../knowledge/builtin';
import { articleTextTest, findArticleRoot } from './article-root';
import { DISCOVERED_HIGHLIGHT_NAMES, Highlighter, highlightCss, lineColorOf, textColorOn, type PlacedMention } from './highlighter';
import { MentionLocator } from './hit';
import { indexText, positionOf, rangeOf } from './text-index';

/** The test page: happy-dom's global document (its DOMParser documents do not support Ranges). */
const parse = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};

describe('indexText', () => {
  it('joins inline text and breaks lines between blocks, skipping code, controls and Marsad’s own elements', () => {
    const doc = parse('<p>قال <b>ماكرون</b> إن</p><p>ثانية</p><script>var x=1</script><textarea>لا</textarea><marsad-card>بطاقة</marsad-card>');
    const index = indexText(doc.body);
    expect(index.text).toBe('قال ماكرون إن\nثانية\n');
  });

  it('maps offsets back to text nodes, and ranges across inline elements cover exactly the words', () => {
    const doc = parse('<p>زار وزير <b>الخارجية</b> الروسي موسكو</p>');
    const index = indexText(doc.body);
    const start = index.text.indexOf('الخارجية الروسي');
    const range = rangeOf(index, start, start + 'الخارجية الروسي'.length)!;
    expect(range.toString()).toBe('الخارجية الروسي');
    const at = positionOf(index, index.text.indexOf('موسكو'))!;
    expect(at.node.data.slice(at.offset)).toBe('موسكو');
  });

  it('indexes several roots in order with a break between them', () => {
    const doc = parse('<h1>عنوان</h1><div id="a"><p>نص</p></div>');
    expect(indexText([doc.querySelector('h1')!, doc.querySelector('#a')!]).text).toBe('عنوان\nنص\n');
  });
});

describe('findArticleRoot', () => {
  it('finds the story container of a real page and leaves menus, related links and footer outside it', () => {
    const doc = fixtureDocument('geneva-talks.html');
    const article = extractArticle(doc);
    const root = findArticleRoot(doc, article.text)!;
    expect(root).not.toBeNull();
    expect(root.textContent).toContain('أعلن وزير الخارجية الروسي');
    for (const outside of ['الرئيسية', 'أخبار ذات صلة', 'جميع الحقوق محفوظة']) expect(root.textContent).not.toContain(outside);
  });

  it('returns null when no block of the article is in the page', () => {
    expect(findArticleRoot(parse('<p>نص آخر تماما لا علاقة له بالمقال</p>'), 'مقال مختلف كليا عن محتوى هذه الصفحة')).toBeNull();
  });
});

describe('articleTextTest (is a block of the page part of the article?)', () => {
  const line = (i: number) => `الفقرة رقم ${i} من التقرير الطويل عن المحادثات في جنيف وما تلاها من تصريحات.`;

  it('finds a block that is a line of the article, or several lines of it, whatever the spaces', () => {
    const inArticle = articleTextTest(`العنوان\n\n${line(1)}\n\n${line(2)}\n${line(3)}`);
    expect(inArticle(line(2))).toBe(true);
    expect(inArticle(`${line(2)} ${line(3)}`)).toBe(true); // a <blockquote> holding two paragraphs
    expect(inArticle(line(4))).toBe(false);
  });

  it('in a short article, also a block that begins inside a line', () => {
    const inArticle = articleTextTest(`تمهيد: ${line(1)}`);
    expect(inArticle(line(1))).toBe(true);
  });

  it('in a long article (a search of the whole text per block took seconds), answers as the search did for every block that is a line', () => {
    const lines = Array.from({ length: 4_000 }, (_, i) => line(i));
    const text = lines.join('\n\n');
    expect(text.length).toBeGreaterThan(200_000);
    const inArticle = articleTextTest(text);
    for (const i of [0, 1, 1999, 3999]) expect(inArticle(line(i))).toBe(true);
    expect(inArticle(`${line(7)} ${line(8)}`)).toBe(true);
    expect(inArticle(line(4_000))).toBe(false);
    expect(inArticle(line(12).slice(3))).toBe(false); // inside a line: no longer searched for
  });
});

function place(doc: Document): { index: ReturnType<typeof indexText>; placed: PlacedMention[] } {
  const index = indexText(doc.body);
  const a = analyze(index.text, builtinGazetteer(), { mentionsOnly: true });
  const placed = a.entities
    .flatMap((e) =>
      e.mentions.map((m) => ({ entityId: e.id, type: e.type, start: m.start, end: m.end, range: rangeOf(index, m.start, m.end)!, discovered: e.discovered === true })),
    )
    .sort((x, y) => x.start - y.start);
  return { index, placed };
}

describe('Highlighter', () => {
  it('without the Highlight API, wraps mentions in <marsad-mark> and restores the page exactly on destroy', () => {
    const doc = parse('<p>التقى ماكرون في باريس نظيره بوتين.</p>');
    const before = doc.body.innerHTML;
    const h = new Highlighter(doc);
    expect(h.usesHighlightApi).toBe(false); // happy-dom has no CSS.highlights
    h.setColors({ person: '#ffd54f', organization: '#90caf9', place: '#a5d6a7' });
    h.paint(place(doc).placed);
    const marks = [...doc.querySelectorAll('marsad-mark')].map((m) => [m.getAttribute('data-type'), m.textContent]);
    expect(marks).toEqual([
      ['person', 'ماكرون'],
      ['place', 'باريس'],
      ['person', 'بوتين'],
    ]);
    h.destroy();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelector('style[data-marsad]')).toBeNull();
  });

  it('paints a discovered actor apart from the known names: marked as found, without the background', () => {
    const doc = parse('<p>وقال وزير الخارجية الأيرلندي سايمون كوفني إن بلاده تدعم الاتفاق في بروكسل.</p>');
    const before = doc.body.innerHTML;
    const h = new Highlighter(doc);
    h.setColors({ person: '#ffd54f', organization: '#90caf9', place: '#a5d6a7' });
    h.paint(place(doc).placed);
    const marks = [...doc.querySelectorAll('marsad-mark')].map((m) => [m.getAttribute('data-type'), m.hasAttribute('data-found'), m.textContent]);
    expect(marks).toEqual([
      ['person', true, 'سايمون كوفني'],
      ['place', false, 'بروكسل'],
    ]);
    h.destroy();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('styles once for every painting in the same colours (a page repainted every frame re-parsed its sheet each time); other colours, or a sheet the page took away, are styled again', () => {
    const doc = parse('<p>التقى ماكرون في باريس.</p>');
    const h = new Highlighter(doc);
    const colors = { person: '#ffd54f', organization: '#90caf9', place: '#a5d6a7' };
    // A constructed sheet the document adopts, or (where there is none) a <style> element.
    const sheets = (): (CSSStyleSheet | Element)[] => [...(doc.adoptedStyleSheets ?? []), ...doc.querySelectorAll('style[data-marsad]')];
    const cssOf = (s: CSSStyleSheet | Element) => ('cssRules' in s ? [...s.cssRules].map((r) => r.cssText).join('\n') : (s.textContent ?? ''));
    h.setColors(colors);
    const first = sheets()[0];
    expect(first).toBeDefined();
    h.setColors({ ...colors });
    expect(sheets()).toHaveLength(1);
    expect(sheets()[0]).toBe(first);
    h.setColors({ ...colors, person: '#000080' });
    expect(sheets()).toHaveLength(1);
    expect(cssOf(sheets()[0]!).toLowerCase()).toMatch(/#000080|rgb\(0, 0, 128\)/);
    // The page takes it away.
    if (doc.adoptedStyleSheets?.length) doc.adoptedStyleSheets = [];
    else doc.querySelector('style[data-marsad]')!.remove();
    h.setColors({ ...colors, person: '#000080' });
    expect(sheets()).toHaveLength(1);
    h.destroy();
    expect(sheets()).toEqual([]);
  });

  it('writes a rule per type with readable text on the chosen background', () => {
    const css = highlightCss({ person: '#000080', organization: '#ffff00', place: '#a5d6a7' });
    expect(css).toContain('::highlight(marsad-person) { background-color: #000080; color: #fff; }');
    expect(css).toContain('::highlight(marsad-organization) { background-color: #ffff00; color: #111; }');
    expect(textColorOn('not a colour')).toBe('#111');
  });

  it('draws discovered actors as a dotted line in the type’s colour, dark enough to see on white, with no background', () => {
    const css = highlightCss({ person: '#ffd54f', organization: '#000080', place: 'green' });
    const rule = css.split('\n').find((r) => r.startsWith(`::highlight(${DISCOVERED_HIGHLIGHT_NAMES.person})`))!;
    expect(rule).toContain('underline dotted');
    expect(rule).not.toContain('background');
    expect(css).toContain(`::highlight(${DISCOVERED_HIGHLIGHT_NAMES.organization}) { text-decoration: underline dotted #000080;`);
    expect(css).toContain(`::highlight(${DISCOVERED_HIGHLIGHT_NAMES.place}) { text-decoration: underline dotted green;`);
    expect(css).toMatch(/marsad-mark\[data-type="person"\]\[data-found\] \{ background-color: transparent; color: inherit;/);
    // The pale yellow becomes a darker yellow of the same hue: 3:1 or more against white.
    const line = lineColorOf('#ffd54f');
    const rgb = [1, 3, 5].map((i) => parseInt(line.slice(i, i + 2), 16) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const l = 0.2126 * lin(rgb[0]!) + 0.7152 * lin(rgb[1]!) + 0.0722 * lin(rgb[2]!);
    expect(1.05 / (l + 0.05)).toBeGreaterThanOrEqual(3);
    expect(rgb[0]! > rgb[1]! && rgb[1]! > rgb[2]!).toBe(true);
  });
});

describe('MentionLocator', () => {
  it('finds the mention at a text position, and nothing between mentions', () => {
    const doc = parse('<p>قال ماكرون في باريس</p>');
    const { index, placed } = place(doc);
    const loc = new MentionLocator(index, placed);
    const node = index.nodes[0]!;
    expect(loc.at(node, node.data.indexOf('ماكرون') + 2)?.entityId).toBe('person:emmanuel-macron');
    expect(loc.at(node, node.data.indexOf('باريس'))?.entityId).toBe('place:paris');
    expect(loc.at(node, node.data.indexOf('في'))).toBeUndefined();
  });
});

describe('painting a huge page through the Highlight API', () => {
  it('registers 120,000 mentions of one type (spread as arguments, they overflowed the stack)', () => {
    const doc = parse('<p>قال ماكرون</p>');
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('p')!);
    // The registry and the constructor as Chromium has them: the constructor takes its ranges as
    // arguments, so a spread of them is bounded by the engine's stack, as in the browser.
    const registered = new Map<string, { size: number }>();
    class FakeHighlight {
      readonly ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
      add(r: Range) {
        this.ranges.push(r);
      }
      clear() {
        this.ranges.length = 0;
      }
      get size() {
        return this.ranges.length;
      }
    }
    const win = doc.defaultView as unknown as Record<string, unknown>;
    const had = { CSS: Object.getOwnPropertyDescriptor(win, 'CSS'), Highlight: Object.getOwnPropertyDescriptor(win, 'Highlight') };
    const highlights = { set: (name: string, h: { size: number }) => registered.set(name, h), delete: (name: string) => registered.delete(name) };
    Object.defineProperty(win, 'CSS', { configurable: true, value: { highlights } });
    Object.defineProperty(win, 'Highlight', { configurable: true, value: FakeHighlight });
    try {
      const h = new Highlighter(doc);
      expect(h.usesHighlightApi).toBe(true);
      const mentions: PlacedMention[] = Array.from({ length: 120_000 }, (_, i) => ({ entityId: 'person:emmanuel-macron', type: 'person', start: i, end: i + 1, range }));
      h.paint(mentions);
      expect(registered.get('marsad-person')?.size).toBe(120_000);
    } finally {
      for (const key of ['CSS', 'Highlight'] as const) {
        if (had[key]) Object.defineProperty(win, key, had[key]);
        else delete win[key];
      }
    }
  });
});

describe('painting again through the Highlight API', () => {
  /** Chromium's registry and Highlight, counting what Marsad asks of them. */
  function withHighlightApi(run: (calls: { set: number; add: number; delete: number }, registry: Map<string, Set<Range>>) => void): void {
    const calls = { set: 0, add: 0, delete: 0 };
    const registry = new Map<string, Set<Range>>();
    class CountingHighlight extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
      override add(r: Range) {
        calls.add++;
        return super.add(r);
      }
      override delete(r: Range) {
        calls.delete++;
        return super.delete(r);
      }
    }
    const win = document.defaultView as unknown as Record<string, unknown>;
    const had = { CSS: Object.getOwnPropertyDescriptor(win, 'CSS'), Highlight: Object.getOwnPropertyDescriptor(win, 'Highlight') };
    const highlights = {
      get: (name: string) => registry.get(name),
      set: (name: string, h: Set<Range>) => (calls.set++, registry.set(name, h)),
      delete: (name: string) => registry.delete(name),
    };
    Object.defineProperty(win, 'CSS', { configurable: true, value: { highlights } });
    Object.defineProperty(win, 'Highlight', { configurable: true, value: CountingHighlight });
    try {
      run(calls, registry);
    } finally {
      for (const key of ['CSS', 'Highlight'] as const) {
        if (had[key]) Object.defineProperty(win, key, had[key]);
        else delete win[key];
      }
    }
  }

  it('changes only the ranges that changed (a ticker re-registered every highlight of the page), and nothing when nothing did', () => {
    withHighlightApi((calls, registry) => {
      const doc = parse('<p>التقى ماكرون في باريس نظيره بوتين.</p><p id="t">عاجل من موسكو</p><p>ثم عاد ماكرون إلى باريس.</p>');
      const h = new Highlighter(doc);
      const first = place(doc).placed;
      h.paint(first);
      const places = registry.get('marsad-place')!;
      expect([...places].map(String)).toEqual(['باريس', 'موسكو', 'باريس']);
      calls.add = calls.set = 0;
      h.paint([...first]);
      expect(calls).toEqual({ set: 0, add: 0, delete: 0 });
      // The ticker line now names another place: one range out, one in; the highlight object is the same.
      doc.getElementById('t')!.textContent = 'عاجل من أنقرة';
      const moved = first.map((m) => (m.range.collapsed || !m.range.startContainer.isConnected ? { ...m, range: place(doc).placed.find((x) => x.start === m.start)!.range } : m));
      h.paint(moved);
      expect(calls).toEqual({ set: 0, add: 1, delete: 1 });
      expect(registry.get('marsad-place')).toBe(places);
      expect([...places].map(String)).toEqual(['باريس', 'باريس', 'أنقرة']);
      // A page that took the highlight out of the registry gets it back whole.
      registry.delete('marsad-place');
      h.paint(moved);
      expect([...registry.get('marsad-place')!].map(String).sort()).toEqual(['أنقرة', 'باريس', 'باريس']);
    });
  });
});
