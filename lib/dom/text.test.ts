import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze';
import { blockText } from '../extract/text';
import { indexText } from '../highlight/text-index';
import { builtinGazetteer } from '../knowledge/builtin';
import { ARTICLE_TEXT, LIVE_PAGE_TEXT, MAX_DEPTH, flattenDeepNesting, holdsNoText, isPageFurniture, readText } from './text';

const body = (html: string): HTMLElement => new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html').body;

/** Everything that holds no article text, each between two words of a sentence. */
const NO_TEXT = [
  '<script>var x = "لافروف"</script>',
  '<style>p { content: "لافروف" }</style>',
  '<noscript>لافروف</noscript>',
  '<textarea>لافروف</textarea>',
  '<select><option>لافروف</option></select>',
  '<button>لافروف</button>',
  '<code>لافروف</code>',
  '<pre>لافروف</pre>',
  '<svg><text>لافروف</text></svg>',
  '<iframe>لافروف</iframe>',
  '<object>لافروف</object>',
  '<canvas>لافروف</canvas>',
  '<video>لافروف</video>',
  '<audio>لافروف</audio>',
  '<marsad-card>لافروف</marsad-card>',
  '<span contenteditable="true">لافروف</span>',
  '<span contenteditable>لافروف</span>',
  '<span contenteditable="plaintext-only">لافروف</span>',
  '<span aria-hidden="true">لافروف</span>',
];

describe('readText: what holds no text', () => {
  it.each(NO_TEXT)('both option sets skip %s', (html) => {
    const el = body(`<p>قال ${html} الوزير</p>`);
    expect(el.textContent).toContain('لافروف');
    for (const options of [ARTICLE_TEXT, LIVE_PAGE_TEXT]) expect(readText(el, options).text).not.toContain('لافروف');
  });

  it('keeps what the story is written in: inline elements, links, quotations, tables, figure captions', () => {
    const el = body('<p>قال <a href="#">سيرغي <b>لافروف</b></a> <q>نعم</q></p><table><tr><td>خلية</td></tr></table><figure><figcaption>تعليق</figcaption></figure>');
    for (const options of [ARTICLE_TEXT, LIVE_PAGE_TEXT]) {
      const { text } = readText(el, options);
      for (const words of ['قال سيرغي لافروف نعم', 'خلية', 'تعليق']) expect(text).toContain(words);
    }
  });

  it('is told by holdsNoText, whatever the case of the tag name', () => {
    const svg = body('<svg><g></g></svg>').firstElementChild!;
    expect(svg.tagName).not.toBe('SVG');
    expect(holdsNoText(svg)).toBe(true);
    expect(holdsNoText(body('<p>نص</p>').firstElementChild!)).toBe(false);
  });
});

describe('readText: the two option sets', () => {
  const html = '<h1>عنوان</h1><p>فقرة <b>أولى</b></p><p>ثانية<br>سطر</p><div><p>ثالثة</p></div>';

  it('article text: a break at every edge of a block (tidy() makes paragraphs of them)', () => {
    expect(readText(body(html), ARTICLE_TEXT).text).toBe('\n\nعنوان\n\nفقرة أولى\n\nثانية\n\nسطر\n\n\nثالثة\n\n');
    expect(blockText(body(html))).toBe('عنوان\n\nفقرة أولى\n\nثانية\n\nسطر\n\nثالثة');
  });

  it('live page: one break between blocks, none first, and every node where its text is', () => {
    const read = readText(body(html), LIVE_PAGE_TEXT);
    expect(read.text).toBe('عنوان\nفقرة أولى\nثانية\nسطر\nثالثة\n');
    expect(read.nodes.map((n) => n.data)).toEqual(['عنوان', 'فقرة ', 'أولى', 'ثانية', 'سطر', 'ثالثة']);
    read.nodes.forEach((n, i) => expect(read.text.slice(read.starts[i], read.starts[i]! + n.data.length)).toBe(n.data));
  });

  it('keeps the words on either side of a skipped block apart, and those of a skipped inline element together', () => {
    const el = body('<div>قبل<pre>x</pre>بعد</div><p>قال<code>x</code> الوزير</p>');
    expect(readText(el, LIVE_PAGE_TEXT).text).toBe('قبل\nبعد\nقال الوزير\n');
    expect(blockText(el)).toBe('قبل\nبعد\n\nقال الوزير');
  });

  it('skips what options.skip says besides, and reads several roots in order with a break between them', () => {
    const el = body('<nav>القائمة</nav><h1>عنوان</h1><div id="a">نص</div>');
    const skip = (e: Element) => e.tagName === 'NAV';
    expect(readText(el, { ...LIVE_PAGE_TEXT, skip }).text).toBe('عنوان\nنص\n');
    expect(readText([el.querySelector('h1')!, el.querySelector('#a')!], LIVE_PAGE_TEXT).text).toBe('عنوان\nنص');
  });
});

describe('the article text and the live page agree', () => {
  // A name inside code, a button and a preformatted block: counted in neither text, or in both.
  const page = body(
    '<article><h1>لافروف في جنيف</h1><p>قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستستأنف.</p>' +
      '<pre>سيرغي لافروف</pre><p>وأضاف <code>لافروف</code> أن <button>لافروف</button> موسكو مستعدة.</p>' +
      '<details><summary>لافروف</summary>التقى لافروف نظيره</details></article>',
  );

  it('on the words read', () => {
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(indexText(page).text)).toEqual(words(blockText(page)));
  });

  it("so an entity's count on the article is the number of its mentions painted", () => {
    const g = builtinGazetteer();
    const count = (text: string) => analyze(text, g, { mentionsOnly: true }).entities.find((e) => e.id === 'person:sergei-lavrov')?.mentions.length;
    expect(count(blockText(page))).toBe(4);
    expect(count(indexText(page).text)).toBe(4);
  });
});

describe('isPageFurniture: the whole body, read without its menus', () => {
  const page = () =>
    body(
      '<form><header>الرئيسية عن لبنان</header><nav>أخبار سوريا</nav><div role="navigation">ملفات العراق</div>' +
        '<div><p>قال الوزير إن دمشق مستعدة للحوار.</p></div><aside>الأكثر قراءة عن الأردن</aside><footer>جميع الحقوق محفوظة</footer></form>',
    );

  it('leaves out the header, menus, asides and footer, but not a form that wraps the page (ASP.NET)', () => {
    for (const text of [blockText(page(), isPageFurniture), indexText([page()], { skip: isPageFurniture }).text]) {
      expect(text).toContain('قال الوزير إن دمشق مستعدة للحوار.');
      for (const furniture of ['لبنان', 'سوريا', 'العراق', 'الأردن', 'محفوظة']) expect(text).not.toContain(furniture);
    }
  });
});

describe('a page nested thousands of elements deep', () => {
  /** A chain of `depth` divs, built node by node (a parser may cap the depth it builds). */
  function deepChain(depth: number, inner: (doc: Document) => Node[]): HTMLElement {
    const b = body('');
    let at: Element = b;
    for (let i = 0; i < depth; i++) at = at.appendChild(b.ownerDocument.createElement('div'));
    for (const n of inner(b.ownerDocument)) at.appendChild(n);
    return b;
  }
  const paragraph = (doc: Document, text: string) => {
    const p = doc.createElement('p');
    p.textContent = text;
    return p;
  };

  it('is read without running out of call stack, blocks still apart', () => {
    const b = deepChain(4_000, (d) => [paragraph(d, 'قال لافروف'), paragraph(d, 'إن موسكو')]);
    const { text } = readText(b, ARTICLE_TEXT);
    expect(text.split('\n').filter((l) => l.trim())).toEqual(['قال لافروف', 'إن موسكو']);
  });

  it('is flattened below MAX_DEPTH before Readability: the text stays, one paragraph per block', () => {
    const b = deepChain(MAX_DEPTH + 500, (d) => {
      const link = d.createElement('a');
      link.textContent = 'موسكو';
      const p = paragraph(d, 'قال لافروف إن ');
      p.appendChild(link);
      return [p, paragraph(d, 'وأضاف أن المحادثات بناءة')];
    });
    expect(flattenDeepNesting(b)).toBe(1);
    const text = readText(b, ARTICLE_TEXT).text;
    expect(text.split('\n').filter((l) => l.trim())).toEqual(['قال لافروف إن موسكو', 'وأضاف أن المحادثات بناءة']);
    // Nothing lies deeper than MAX_DEPTH + 1 (the flattened element and its paragraphs).
    let depth = 0;
    for (let e: Element | null = b; e; e = e.firstElementChild) depth++;
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 2);
  });

  it('leaves a page of ordinary depth as it is', () => {
    const b = body('<article><div><p>قال <b>لافروف</b> إن موسكو</p></div></article>');
    const before = b.innerHTML;
    expect(flattenDeepNesting(b)).toBe(0);
    expect(b.innerHTML).toBe(before);
  });
});
