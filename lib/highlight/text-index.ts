/**
 * The live page's text, read from its text nodes without changing anything: one string for the
 * analyzer, and the way back from an offset in that string to a (text node, offset) position, so
 * that a mention becomes a DOM Range.
 */

import { LIVE_PAGE_TEXT, readText, type DomText } from '../dom/text';

/**
 * The text of the indexed nodes, with a line break between blocks (lib/dom/text.ts's walk, with
 * the live page's options: the same elements skipped as in the article text the analysis counts
 * on), the nodes, and where each node's text starts in it.
 */
export type TextIndex = DomText;

export interface IndexOptions {
  /** Also skip this element and what it holds (e.g. the page's menus when indexing the whole body). */
  skip?: (el: Element) => boolean;
}

/** Indexes the text under `root` (or under several roots, in order, a line break between them). */
export function indexText(root: Node | readonly Node[], options: IndexOptions = {}): TextIndex {
  return readText(root, options.skip ? { ...LIVE_PAGE_TEXT, skip: options.skip } : LIVE_PAGE_TEXT);
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
