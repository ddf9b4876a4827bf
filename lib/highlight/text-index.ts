/**
 * The live page's text, read from its text nodes without changing anything: one string for the
 * analyzer, and the way back from an offset in that string to a (text node, offset) position, so
 * that a mention becomes a DOM Range.
 */

/** Elements whose text is never analysed: code, controls, editable areas, and Marsad's own UI. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE',
  'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);
/** Elements that end a line of text: a name never runs across them. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'TABLE', 'TD', 'TH',
  'TR', 'UL', 'CAPTION', 'DETAILS', 'SUMMARY',
]);

export interface TextIndex {
  /** The text of the indexed nodes, with a line break between blocks. */
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

export interface IndexOptions {
  /** Also skip this element and what it holds (e.g. the page's menus when indexing the whole body). */
  skip?: (el: Element) => boolean;
}

function skipped(el: Element, options: IndexOptions): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.tagName.toLowerCase().startsWith('marsad-')) return true;
  if ((el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true') return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  return options.skip?.(el) ?? false;
}

/** Indexes the text under `root` (or under several roots, in order, a line break between them). */
export function indexText(root: Node | readonly Node[], options: IndexOptions = {}): TextIndex {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBreak = true;
  const lineBreak = () => {
    if (!lastBreak) {
      parts.push('\n');
      length += 1;
      lastBreak = true;
    }
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        if (data.length === 0) continue;
        nodes.push(c as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
        lastBreak = false;
      } else if (c.nodeType === 1) {
        const el = c as Element;
        if (skipped(el, options)) {
          if (BLOCK.has(el.tagName.toUpperCase())) lineBreak();
          continue;
        }
        const block = BLOCK.has(el.tagName.toUpperCase());
        if (block) lineBreak();
        walk(el);
        if (block) lineBreak();
      }
    }
  };
  for (const r of Array.isArray(root) ? root : [root]) {
    lineBreak();
    walk(r as Node);
  }
  return { text: parts.join(''), nodes, starts };
}

/** The text node holding offset `at` of the index, and the offset inside it. */
export function positionOf(index: TextIndex, at: number, preferEnd = false): { node: Text; offset: number } | undefined {
  const { starts, nodes } = index;
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < at || (!preferEnd && starts[mid] === at)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  const offset = at - starts[lo]!;
  if (offset < 0 || offset > node.data.length) return undefined;
  return { node, offset };
}

/** A DOM Range over [start, end) of the index, or undefined when the text has changed under it. */
export function rangeOf(index: TextIndex, start: number, end: number): Range | undefined {
  const a = positionOf(index, start);
  const b = positionOf(index, end, true);
  if (!a || !b) return undefined;
  const doc = a.node.ownerDocument;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return undefined;
  }
  return range;
}
