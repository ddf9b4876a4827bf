/** Which mention is under the pointer: the caret position at a point, then the mention holding it. */
import type { PlacedMention } from './highlighter';
import type { TextIndex } from './text-index';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as CaretDoc;
  const p = d.caretPositionFromPoint?.(x, y);
  if (p) return { node: p.offsetNode, offset: p.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/** Looks mentions up by text position. Mentions must be sorted by start. */
export class MentionLocator {
  private readonly startOf = new Map<Node, number>();

  constructor(
    private readonly index: TextIndex,
    private readonly mentions: readonly PlacedMention[],
  ) {
    index.nodes.forEach((n, i) => this.startOf.set(n, index.starts[i]!));
  }

  /** The mention covering a (text node, offset) position, if any. */
  at(node: Node, offset: number): PlacedMention | undefined {
    const base = this.startOf.get(node);
    if (base === undefined) return undefined;
    const pos = base + offset;
    let lo = 0;
    let hi = this.mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.mentions[mid]!;
      if (pos < m.start) hi = mid - 1;
      else if (pos >= m.end) lo = mid + 1;
      else return m;
    }
    return undefined;
  }

  /** The mention under the point (x, y), checked against its painted boxes. */
  atPoint(doc: Document, x: number, y: number): PlacedMention | undefined {
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    const m = this.at(caret.node, caret.offset) ?? (caret.offset > 0 ? this.at(caret.node, caret.offset - 1) : undefined);
    if (!m) return undefined;
    for (const r of Array.from(m.range.getClientRects())) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return m;
    }
    return undefined;
  }

  get size(): number {
    return this.mentions.length;
  }

  get all(): readonly PlacedMention[] {
    return this.mentions;
  }

  get text(): string {
    return this.index.text;
  }
}
