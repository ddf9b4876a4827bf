/**
 * Titles given to people in an article («وزير الدفاع الفرنسي جان إيف لودريان»), so that a bare
 * title later on («ونفى الوزير الفرنسي») resolves to the person it was last given to.
 */
import { TokenKind, type Tokens } from '../arabic/tokenize';
import type { Gazetteer, TokenMention } from '../gazetteer/matcher';
import { adjectiveKey, isRelationalAdjective, TITLE_SECOND_WORDS, titleHead } from './lexicon';

interface Entry {
  key: string;
  entity: number;
  token: number;
}

export interface TitleRegistry {
  /**
   * Resolves a definite title at the head of a noun phrase [start, end): the entity it was given
   * to, or -1 when the title is not known in this article; undefined when the phrase is no title.
   */
  resolve(start: number, end: number): { entity: number; after: number } | undefined;
}

const LOOKBACK = 6;

function keyAt(bare: readonly string[], h: number, adjective: string): string {
  const head = titleHead(bare[h]!)!;
  const second = TITLE_SECOND_WORDS.has(bare[h + 1] ?? '') ? ' ' + bare[h + 1] : '';
  return `${head}${second}|${adjectiveKey(adjective)}`;
}

export function buildTitleRegistry(
  g: Gazetteer,
  t: Tokens,
  bare: readonly string[],
  coveredBy: Int32Array,
  mentions: readonly TokenMention[],
): TitleRegistry {
  const entries: Entry[] = [];
  const isPersonAt = (k: number) => {
    const m = coveredBy[k]!;
    return m >= 0 && g.entities[mentions[m]!.entity]?.type === 'person';
  };
  for (const m of mentions) {
    if (g.entities[m.entity]?.type !== 'person') continue;
    let k = m.firstToken - 1;
    if (k >= 0 && t.kind[k] === TokenKind.Punct && (bare[k] === '،' || bare[k] === ',')) k--;
    let adjective: string | undefined;
    for (let seen = 0; k >= 0 && seen < LOOKBACK; k--, seen++) {
      if (t.kind[k] !== TokenKind.Arabic || isPersonAt(k)) break;
      const w = bare[k]!;
      if (w.startsWith('نظير')) break;
      if (adjective === undefined && isRelationalAdjective(w)) adjective = w;
      if (titleHead(w) !== undefined) {
        if (adjective !== undefined) entries.push({ key: keyAt(bare, k, adjective), entity: m.entity, token: m.firstToken });
        break;
      }
    }
  }
  return {
    resolve(start, end) {
      const w = bare[start] ?? '';
      if (!w.startsWith('ال') || titleHead(w) === undefined) return undefined;
      for (let k = start + 1; k < Math.min(end, start + 4); k++) {
        if (t.kind[k] !== TokenKind.Arabic) break;
        if (!isRelationalAdjective(bare[k]!)) continue;
        const key = keyAt(bare, start, bare[k]!);
        let entity = -1;
        for (const e of entries) if (e.key === key && e.token < start) entity = e.entity;
        return { entity, after: k + 1 };
      }
      return undefined;
    },
  };
}
