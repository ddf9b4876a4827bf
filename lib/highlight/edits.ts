/**
 * What a change of the page did to its painted text, and what follows from it, so that a page
 * that keeps changing (a ticker, a live line, a framework re-rendering) is read again only where it
 * changed: the lines that were replaced (`lineEdit`), the mentions moved past them and the new
 * ones put in their place (`spliceMentions`), and the article's text with the same lines replaced
 * (`patchArticle`), without extracting the article from the page again.
 */
import type { ArticleEntity, PaintedEntity, PaintedMention } from '../analyze/page';

/**
 * Whole lines of a text replaced by others: [start, oldEnd) of the text before by [start, newEnd)
 * of the text after. Lines are what the live page's index breaks at (blocks): a name never runs
 * across one, so the lines around an edit read as they did.
 */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Characters compared at once (natively) before the first and last difference are looked for one by one. */
const CHUNK = 4096;

/** The lines of `before` that `after` replaced (from the first difference to the last), or undefined when they are equal. */
export function lineEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let p = 0;
  while (p + CHUNK <= shorter && before.slice(p, p + CHUNK) === after.slice(p, p + CHUNK)) p += CHUNK;
  while (p < shorter && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  const tail = (t: string, from: number) => t.slice(t.length - from - CHUNK, t.length - from);
  while (s + CHUNK <= shorter - p && tail(before, s) === tail(after, s)) s += CHUNK;
  while (s < shorter - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  // Out to whole lines: from the start of the line the first difference is on, to the end of the
  // line the last one is on (the same distance from the end in both texts: what follows is common).
  const start = p === 0 ? 0 : before.lastIndexOf('\n', p - 1) + 1;
  const lineEnd = before.indexOf('\n', before.length - s);
  const oldEnd = lineEnd < 0 ? before.length : lineEnd;
  return { start, oldEnd, newEnd: oldEnd + after.length - before.length };
}

/**
 * The painted entities of the text after an edit: the mentions before it as they were, those after
 * it moved by what the edit added or took, and in between `inside` (the edited lines' own
 * mentions, with offsets from `edit.start`). An entity left with no mention is dropped; a new one
 * comes with its label from `inside`.
 */
export function spliceMentions(painted: readonly PaintedEntity[], edit: TextEdit, inside: readonly PaintedEntity[]): PaintedEntity[] {
  const shift = edit.newEnd - edit.oldEnd;
  const byId = new Map<string, PaintedEntity>();
  for (const e of painted) {
    const kept: PaintedMention[] = [];
    for (const m of e.mentions) {
      if (m[1] <= edit.start) kept.push(m);
      else if (m[0] >= edit.oldEnd) kept.push(moved(m, shift));
    }
    byId.set(e.id, { ...e, mentions: kept });
  }
  for (const e of inside) {
    const added = e.mentions.map((m) => moved(m, edit.start));
    const had = byId.get(e.id);
    byId.set(e.id, had ? { ...had, mentions: [...had.mentions, ...added].sort((a, b) => a[0] - b[0]) } : { ...e, mentions: added });
  }
  return [...byId.values()].filter((e) => e.mentions.length > 0);
}

function moved(m: PaintedMention, by: number): PaintedMention {
  return m[2] === 1 ? [m[0] + by, m[1] + by, 1] : [m[0] + by, m[1] + by];
}

/** How many mentions each entity has: what the article's list of entities would change by. */
export function mentionCounts(painted: readonly PaintedEntity[]): Map<string, number> {
  return new Map(painted.map((e) => [e.id, e.mentions.length]));
}

/**
 * The article's entities once the painted text's counts went from `before` to `after` by an edit
 * whose lines the article holds too (`patchArticle` found them): each count changed by as much,
 * an entity that has none left dropped, a new one listed with its label from `painted`; most
 * mentioned first. Undefined when a discovered actor's count changed: a one-word actor's id is
 * the text's own (lib/statements/discover.ts), so the article must be read again to name it.
 */
export function recount(
  entities: readonly ArticleEntity[],
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
  painted: readonly PaintedEntity[],
): ArticleEntity[] | undefined {
  const delta = new Map<string, number>();
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const d = (after.get(id) ?? 0) - (before.get(id) ?? 0);
    if (d !== 0) delta.set(id, d);
  }
  if (delta.size === 0) return [...entities];
  const label = new Map(painted.map((e) => [e.id, e]));
  const out = new Map(entities.map((e) => [e.id, e]));
  for (const [id, d] of delta) {
    const had = out.get(id);
    if (had?.discovered || label.get(id)?.discovered) return undefined;
    const count = (had?.count ?? 0) + d;
    if (count <= 0) out.delete(id);
    else if (had) out.set(id, { ...had, count });
    else {
      const { mentions: _, ...named } = label.get(id)!;
      out.set(id, { ...named, count });
    }
  }
  return [...out.values()].sort((x, y) => y.count - x.count);
}

/** A line as the article's text writes it (lib/extract/text.ts's tidy: spaces collapsed, trimmed). */
const tidyLine = (line: string) => line.replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
/** The lines of a run of the painted text, as the article writes them, empty ones left out. */
export const articleLines = (text: string): string[] => text.split('\n').map(tidyLine).filter(Boolean);

/**
 * The article's text once the page replaced the painted lines `before` by `after` (both as
 * `articleLines` gives them), when that can be told without reading the page again:
 * - the lines `before` are in the article once, one after the other (blank lines between them
 *   aside): they are replaced by `after`, a paragraph each;
 * - none of them is in the article: the page changed what the article leaves out (a share counter,
 *   a «related» box inside the story's container), and the article is `'unchanged'`;
 * - otherwise (found twice or in part, nothing before to put new lines after, the title line):
 *   undefined, and the article is read from the page again.
 */
export function patchArticle(article: string, before: readonly string[], after: readonly string[]): string | 'unchanged' | undefined {
  if (before.length === 0) return undefined;
  // Where each line stands in the article as a whole line (searched natively: no split of a long text).
  const places = before.map((line) => linesAt(article, line));
  if (places.every((p) => p.length === 0)) return 'unchanged';
  if (places.some((p) => p.length !== 1)) return undefined;
  const starts = places.map((p) => p[0]!);
  // The title is the first line: a change there is a new article.
  if (starts[0] === 0) return undefined;
  // One after the other, blank lines between them aside.
  for (let k = 1; k < before.length; k++) {
    const end = starts[k - 1]! + before[k - 1]!.length;
    if (starts[k]! < end || article.slice(end, starts[k]).replace(/\n/g, '') !== '') return undefined;
  }
  const from = starts[0]!;
  const to = starts[before.length - 1]! + before[before.length - 1]!.length;
  return (article.slice(0, from) + after.join('\n\n') + article.slice(to)).replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

/** Where `line` stands in `text` as a whole line (at most two places: more means "not once"). */
function linesAt(text: string, line: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(line); at >= 0 && out.length < 2; at = text.indexOf(line, at + 1)) {
    const end = at + line.length;
    if ((at === 0 || text.charCodeAt(at - 1) === 10) && (end === text.length || text.charCodeAt(end) === 10)) out.push(at);
  }
  return out;
}
