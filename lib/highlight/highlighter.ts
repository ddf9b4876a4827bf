/**
 * Paints mentions in the live page. With the CSS Custom Highlight API nothing in the page's DOM
 * changes (frameworks keep working, Arabic letters keep joining); without it, mentions inside one
 * text node are wrapped in <marsad-mark>, which carries colour and background only (a discovered
 * actor's: a dotted underline only).
 */
import type { EntityType } from '../knowledge/types';

export interface PlacedMention {
  entityId: string;
  type: EntityType;
  /** Offsets in the text index the mention was found in. */
  start: number;
  end: number;
  range: Range;
  /** A discovered actor (a name the knowledge base lacks): painted in a quieter style. */
  discovered?: boolean;
}

export const HIGHLIGHT_NAMES: Record<EntityType, string> = {
  person: 'marsad-person',
  organization: 'marsad-organization',
  place: 'marsad-place',
};
/** Discovered actors: a dotted underline in the type's colour, no background. */
export const DISCOVERED_HIGHLIGHT_NAMES: Record<EntityType, string> = {
  person: 'marsad-found-person',
  organization: 'marsad-found-organization',
  place: 'marsad-found-place',
};
const FOCUS = 'marsad-focus';

interface HighlightLike extends Iterable<AbstractRange> {
  add(r: Range): void;
  has(r: Range): boolean;
  delete(r: AbstractRange): boolean;
  clear(): void;
  size: number;
}
type HighlightCtor = new (...ranges: Range[]) => HighlightLike;
interface HighlightRegistry {
  get(name: string): unknown;
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

function registry(doc: Document): { registry: HighlightRegistry; Highlight: HighlightCtor } | undefined {
  const win = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } }) | null;
  const reg = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  return reg && Highlight ? { registry: reg, Highlight } : undefined;
}

/** A highlight of these mentions' ranges, added one by one (any number of them). */
function highlightOf(Highlight: HighlightCtor, mentions: readonly { range: Range }[]): InstanceType<HighlightCtor> {
  const h = new Highlight();
  for (const m of mentions) h.add(m.range);
  return h;
}

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i;
const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
/** WCAG relative luminance of red, green and blue in 0..1. */
const luminance = (rgb: readonly number[]) => 0.2126 * channel(rgb[0]!) + 0.7152 * channel(rgb[1]!) + 0.0722 * channel(rgb[2]!);

/** Text colour readable on a background colour (WCAG relative luminance). */
export function textColorOn(background: string): string {
  const m = HEX.exec(background);
  if (!m) return '#111';
  return luminance([m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255)) > 0.4 ? '#111' : '#fff';
}

/**
 * The type's colour as a line drawn on a light page: darkened, keeping its hue, until it stands
 * out from white at 3:1 (WCAG's contrast for non-text marks). Pale highlight colours (#ffd54f)
 * would otherwise vanish as a thin underline. Colours that are not #rrggbb are used as they are.
 */
export function lineColorOf(color: string): string {
  const m = HEX.exec(color);
  if (!m) return color;
  const rgb = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255);
  let scale = 1;
  // Contrast with white: 1.05 / (L + 0.05) >= 3  ⇔  L <= 0.3.
  while (luminance(rgb.map((c) => c * scale)) > 0.3 && scale > 0) scale -= 0.02;
  const hex = (c: number) => Math.round(Math.max(0, c * scale) * 255).toString(16).padStart(2, '0');
  return `#${rgb.map(hex).join('')}`;
}

export function highlightCss(colors: Record<EntityType, string>): string {
  const rules: string[] = [];
  for (const type of Object.keys(HIGHLIGHT_NAMES) as EntityType[]) {
    const bg = colors[type];
    const fg = textColorOn(bg);
    rules.push(`::highlight(${HIGHLIGHT_NAMES[type]}) { background-color: ${bg}; color: ${fg}; }`);
    rules.push(`marsad-mark[data-type="${type}"] { background-color: ${bg}; color: ${fg}; }`);
    // A discovered actor: the page's own text colour, no background, a dotted line in the type's colour.
    const line = `text-decoration: underline dotted ${lineColorOf(bg)}; text-decoration-thickness: 2px; text-underline-offset: 3px;`;
    rules.push(`::highlight(${DISCOVERED_HIGHLIGHT_NAMES[type]}) { ${line} }`);
    rules.push(`marsad-mark[data-type="${type}"][data-found] { background-color: transparent; color: inherit; ${line} }`);
  }
  rules.push(`::highlight(${FOCUS}) { background-color: #1565c0; color: #fff; text-decoration: underline; }`);
  rules.push('marsad-mark { display: inline; font: inherit; }');
  rules.push('marsad-mark[data-focus] { outline: 2px solid #1565c0; }');
  return rules.join('\n');
}

export class Highlighter {
  private readonly api: ReturnType<typeof registry>;
  /** The highlights registered, by name, and the ranges each was given last: painting again changes them range by range. */
  private readonly registered = new Map<string, { highlight: HighlightLike; ranges: Range[] }>();
  private focused = false;
  /** The colours' style sheet: its CSS, whether the page still has it, how to take it off. */
  private style: { css: string; present(): boolean; remove(): void } | undefined;
  private marks: Element[] = [];

  constructor(private readonly doc: Document) {
    this.api = registry(doc);
  }

  /** Does this browser paint without touching the DOM? */
  get usesHighlightApi(): boolean {
    return this.api !== undefined;
  }

  /** Styles the highlights in these colours (painting again with the same colours keeps the sheet the page has). */
  setColors(colors: Record<EntityType, string>): void {
    const css = highlightCss(colors);
    if (this.style?.css === css && this.style.present()) return;
    this.style?.remove();
    const doc = this.doc;
    try {
      const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      this.style = {
        css,
        present: () => doc.adoptedStyleSheets.includes(sheet),
        remove: () => (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)),
      };
    } catch {
      // No constructable stylesheets here: a <style> element in <head>, removed on cleanup.
      const el = doc.createElement('style');
      el.setAttribute('data-marsad', '');
      el.textContent = css;
      (doc.head ?? doc.documentElement).append(el);
      this.style = { css, present: () => el.isConnected, remove: () => el.remove() };
    }
  }

  /**
   * Replaces what is painted with these mentions. With the Highlight API, only what changed is
   * changed: a range painted already stays (a ticker that rewrites one line costs that line, not
   * every highlight of the page), and nothing is touched when nothing changed.
   */
  paint(mentions: readonly PlacedMention[]): void {
    if (this.api) {
      const { registry: reg } = this.api;
      if (this.focused) reg.delete(FOCUS);
      this.focused = false;
      const wanted = new Map<string, PlacedMention[]>();
      for (const m of mentions) {
        const name = (m.discovered ? DISCOVERED_HIGHLIGHT_NAMES : HIGHLIGHT_NAMES)[m.type];
        const list = wanted.get(name);
        if (list) list.push(m);
        else wanted.set(name, [m]);
      }
      for (const name of [...Object.values(HIGHLIGHT_NAMES), ...Object.values(DISCOVERED_HIGHLIGHT_NAMES)]) this.repaintOne(name, wanted.get(name) ?? []);
      return;
    }
    this.unpaint();
    // Last to first: wrapping a mention splits its text node after the earlier mentions' offsets,
    // so their ranges stay valid whatever the DOM implementation does with live ranges.
    for (const m of [...mentions].sort((a, b) => b.start - a.start)) {
      const r = m.range;
      if (r.startContainer !== r.endContainer || r.startContainer.nodeType !== 3) continue;
      const mark = this.doc.createElement('marsad-mark');
      mark.setAttribute('data-type', m.type);
      mark.setAttribute('data-entity', m.entityId);
      if (m.discovered) mark.setAttribute('data-found', '');
      try {
        r.surroundContents(mark);
        this.marks.unshift(mark);
      } catch {
        // A range the page changed in the meantime: left unpainted.
      }
    }
  }

  /** One highlight made to hold exactly these mentions' ranges. */
  private repaintOne(name: string, mentions: readonly PlacedMention[]): void {
    const { registry: reg, Highlight } = this.api!;
    const had = this.registered.get(name);
    if (mentions.length === 0) {
      if (had) reg.delete(name);
      this.registered.delete(name);
      return;
    }
    const ranges = mentions.map((m) => m.range);
    // The page may have taken it out of the registry (or put another in its place): registered anew.
    if (!had || reg.get(name) !== had.highlight) {
      // Ranges are added one by one: spread as arguments, 120,000 of them overflow the stack.
      const highlight = highlightOf(Highlight, mentions);
      reg.set(name, highlight);
      this.registered.set(name, { highlight, ranges });
      return;
    }
    // Both lists in text order: what lies between their common start and their common end changed.
    const old = had.ranges;
    let front = 0;
    while (front < old.length && front < ranges.length && old[front] === ranges[front]) front++;
    let back = 0;
    while (back < old.length - front && back < ranges.length - front && old[old.length - 1 - back] === ranges[ranges.length - 1 - back]) back++;
    const added = ranges.slice(front, ranges.length - back);
    const kept = new Set(added);
    for (const r of old.slice(front, old.length - back)) if (!kept.has(r)) had.highlight.delete(r);
    for (const r of added) if (!had.highlight.has(r)) had.highlight.add(r);
    had.ranges = ranges;
  }

  /** Marks one mention as the focused one (keyboard navigation), or none. */
  focus(m: PlacedMention | null): void {
    if (this.api) {
      if (m) this.api.registry.set(FOCUS, new this.api.Highlight(m.range));
      else this.api.registry.delete(FOCUS);
      this.focused = m !== null;
      return;
    }
    for (const mark of this.marks) mark.removeAttribute('data-focus');
    if (m) this.marks.find((mark) => m.range.intersectsNode(mark))?.setAttribute('data-focus', '');
  }

  private unpaint(): void {
    if (this.api) {
      for (const name of [...Object.values(HIGHLIGHT_NAMES), ...Object.values(DISCOVERED_HIGHLIGHT_NAMES), FOCUS]) this.api.registry.delete(name);
      this.registered.clear();
      this.focused = false;
    }
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
      parent.normalize();
    }
    this.marks = [];
  }

  /** Removes every trace: highlights, marks, styles. */
  destroy(): void {
    this.unpaint();
    this.style?.remove();
    this.style = undefined;
  }
}
