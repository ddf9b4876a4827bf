/**
 * The date a reader sees by the headline, for a page whose metadata gives none: the short lines
 * right under the headline (the byline, «الأربعاء، 07 أكتوبر 2020 - 12:09 م»), then those right
 * above it (a kicker with the date). Nothing further: a date in a teaser, a sidebar or the story
 * itself is not the article's.
 */
import { normalize } from '../arabic/normalize';
import { LIVE_PAGE_TEXT, readText } from '../dom/text';
import { dateInText } from './dates';

/** A line this long is the story (or a teaser), not the headline's byline or date. */
const LONG_LINE = 160;
/** How far from the headline a date is looked for, in characters of text. */
const AFTER = 400;
const BEFORE = 240;

const fold = (s: string) => normalize(s).replace(/\s+/g, ' ').trim();

/** The page's headline: the h1 (or h2) that is the title, else the first h1. */
function headlineOf(root: Element, title: string | null): Element | null {
  const headings = Array.from(root.querySelectorAll('h1, h2'));
  const t = title ? fold(title) : '';
  if (t) {
    const same = headings.find((h) => fold(h.textContent ?? '') === t);
    if (same) return same;
  }
  return root.querySelector('h1');
}

/** The short lines of `text` from its start (or, `backwards`, from its end) until a long line or `limit` characters. */
function nearLines(text: string, limit: number, backwards: boolean): string {
  const lines = text.split('\n');
  if (backwards) lines.reverse();
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (line.trim().length >= LONG_LINE || length > limit) break;
    kept.push(line);
    length += line.length + 1;
  }
  return (backwards ? kept.reverse() : kept).join('\n');
}

/** The date written by the page's headline (looked for within `root`, the body by default), or null. */
export function visibleDate(doc: Document, title: string | null, now: number = Date.now(), root: Element | null = doc.body): string | null {
  const body = root;
  if (!body) return null;
  const headline = headlineOf(body, title);
  if (!headline) return null;
  const { text, nodes, starts } = readText(body, LIVE_PAGE_TEXT);
  let first = -1;
  let last = -1;
  for (let i = 0; i < nodes.length; i++) {
    if (!headline.contains(nodes[i]!)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  const start = starts[first]!;
  const end = starts[last]! + nodes[last]!.data.length;
  const after = nearLines(text.slice(end), AFTER, false);
  const fromAfter = dateInText(after, now);
  if (fromAfter) return fromAfter;
  // The nearest date above the headline: the lines read upwards.
  for (const line of nearLines(text.slice(0, start), BEFORE, true).split('\n').reverse()) {
    const d = dateInText(line, now);
    if (d) return d;
  }
  return null;
}
