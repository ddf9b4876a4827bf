/**
 * The one walk from a DOM tree to its text, used twice: to read the article Readability found
 * (lib/extract: the text that is analysed, saved and counted) and to index the live page
 * (lib/highlight: the text whose mentions are painted). Both skip the same elements and break lines
 * at the same blocks, so that where the two read the same part of a page they read the same words:
 * an entity's count, taken on the article text, counts the mentions that are painted (before,
 * a name inside <pre>, <code> or a <button> was counted and never painted).
 *
 * What differs is said by the two option sets below, and by nothing else.
 */

/** Elements that never hold article text: code, scripts and styles, controls, embedded media, the head. */
const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE',
  'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

/** Elements that end a line of text: a name never runs across them. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'TABLE', 'TD', 'TH',
  'TR', 'UL', 'CAPTION', 'DETAILS', 'SUMMARY', 'PRE',
]);

/**
 * Does this element (and all it holds) never hold article text? The elements above; Marsad's own
 * elements (`<marsad-…>`: the card's host, which a clone of the page carries too); editable areas
 * (a comment box is not the story: `contenteditable` in any form but "false"; read from the
 * attribute, as `isContentEditable` would have the browser compute the page's style first);
 * what the page hides from assistive technology.
 */
export function holdsNoText(el: Element, tag = el.tagName.toUpperCase()): boolean {
  if (NEVER_TEXT.has(tag) || tag.startsWith('MARSAD-')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return el.getAttribute('aria-hidden') === 'true';
}

/**
 * Page furniture: menus, the page's header and footer, asides. When there is no article container
 * to read (Readability found none; no element holds the article), the whole body is read without
 * them, for the text analysed and the text painted alike. Not forms: some sites wrap the whole page
 * in one (ASP.NET's), and a form's controls hold no text anyway.
 */
export function isPageFurniture(el: Element): boolean {
  return /^(NAV|HEADER|FOOTER|ASIDE)$/.test(el.tagName) || el.getAttribute('role') === 'navigation';
}

export interface TextOptions {
  /**
   * How a block's edges are written. `'edges'`: a line break where every block opens and where it
   * closes, two between paragraphs, for `tidy()` to make paragraphs of (the article text: its
   * offsets refer to the tidied string). `'line'`: one line break between blocks, never two in a
   * row and none first (the live page's index: every offset must lead back to a text node, so the
   * text is kept exactly as the nodes hold it).
   */
  breaks: 'edges' | 'line';
  /** Also skip this element and what it holds (e.g. the page's menus when indexing the whole body). */
  skip?: (el: Element) => boolean;
}

/** For the article Readability found (read into the text to analyse: lib/extract). */
export const ARTICLE_TEXT: Readonly<TextOptions> = { breaks: 'edges' };

/** For the live page (indexed so that a mention becomes a DOM Range: lib/highlight). */
export const LIVE_PAGE_TEXT: Readonly<TextOptions> = { breaks: 'line' };

export interface DomText {
  /** The text of the nodes read, with line breaks between blocks as the options say. */
  text: string;
  /** The text nodes read, in document order (empty ones left out). */
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text under `root` (or under several roots, in order, with a line break between them): what
 * the roots' descendants hold, without the elements that hold no text (`holdsNoText`, and
 * `options.skip`). The roots themselves are taken as given.
 */
export function readText(root: Node | readonly Node[], options: Readonly<TextOptions>): DomText {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const { skip } = options;
  const everyEdge = options.breaks === 'edges';
  let length = 0;
  let lastBreak = true;
  const lineBreak = () => {
    if (everyEdge || !lastBreak) {
      parts.push('\n');
      length += 1;
      lastBreak = true;
    }
  };
  // An explicit stack, not recursion: a page nested thousands of elements deep costs no call stack.
  // Each entry is the next child to visit under an open element, and whether that element is a block.
  const walk = (top: Node) => {
    const stack: { next: ChildNode | null; block: boolean }[] = [{ next: top.firstChild, block: false }];
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      const c = frame.next;
      if (!c) {
        stack.pop();
        if (frame.block) lineBreak();
        continue;
      }
      frame.next = c.nextSibling;
      if (c.nodeType === TEXT_NODE) {
        const data = (c as Text).data;
        if (data.length === 0) continue;
        nodes.push(c as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
        lastBreak = false;
      } else if (c.nodeType === ELEMENT_NODE) {
        const el = c as Element;
        const tag = el.tagName.toUpperCase();
        const block = BLOCKS.has(tag);
        if (holdsNoText(el, tag) || (skip?.(el) ?? false)) {
          // What stood on either side of a skipped block is still apart.
          if (block) lineBreak();
          continue;
        }
        if (block) lineBreak();
        stack.push({ next: el.firstChild, block });
      }
    }
  };
  for (const r of Array.isArray(root) ? (root as readonly Node[]) : [root as Node]) {
    lineBreak();
    walk(r);
  }
  return { text: parts.join(''), nodes, starts };
}

/**
 * Deeper than this, a page's nesting is flattened before Readability reads it: Readability scores
 * every node by walking its ancestors and their text, which is quadratic in depth (a page 1,000
 * elements deep took 12 s to read). Real articles are a few dozen elements deep.
 */
export const MAX_DEPTH = 64;

/**
 * Flattens what lies deeper than `maxDepth` under `root`: each element at that depth keeps its text,
 * one paragraph per block it held, and loses the elements inside (links, emphasis and wrappers).
 * Returns how many elements were flattened. Iterative: any depth costs no call stack.
 */
export function flattenDeepNesting(root: Element, maxDepth = MAX_DEPTH): number {
  let flattened = 0;
  const stack: { el: Element; depth: number }[] = [{ el: root, depth: 0 }];
  while (stack.length) {
    const { el, depth } = stack.pop()!;
    if (depth >= maxDepth) {
      if (!el.firstElementChild?.firstElementChild) continue; // nothing deep below it
      const doc = el.ownerDocument;
      const lines = readText(el, ARTICLE_TEXT).text.split('\n').map((l) => l.trim()).filter(Boolean);
      el.textContent = '';
      for (const line of lines) {
        const p = doc.createElement('p');
        p.textContent = line;
        el.appendChild(p);
      }
      flattened++;
      continue;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push({ el: c, depth: depth + 1 });
  }
  return flattened;
}
