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

function keyAt(bare: (i: number) => string, h: number, adjective: string): string {
  const head = titleHead(bare(h))!;
  const second = TITLE_SECOND_WORDS.has(bare(h + 1)) ? ' ' + bare(h + 1) : '';
  return `${head}${second}|${adjectiveKey(adjective)}`;
}

export function buildTitleRegistry(
  g: Gazetteer,
  t: Tokens,
  bare: (i: number) => string,
  coveredBy: Int32Array,
  mentions: readonly TokenMention[],
): TitleRegistry {
  /** key → the people it was given to, in text order. */
  const entries = new Map<string, Entry[]>();
  const register = (key: string, entity: number, token: number) => {
    const list = entries.get(key);
    if (list) list.push({ key, entity, token });
    else entries.set(key, [{ key, entity, token }]);
  };
  const isPersonAt = (k: number) => {
    const m = coveredBy[k]!;
    return m >= 0 && g.entities[mentions[m]!.entity]?.type === 'person';
  };
  const isComma = (k: number) => k >= 0 && k < t.count && t.kind[k] === TokenKind.Punct && (bare(k) === '،' || bare(k) === ',');
  for (const m of mentions) {
    if (g.entities[m.entity]?.type !== 'person') continue;
    // A title in apposition after the name: «سيرغي لافروف، وزير الخارجية الروسي، ...».
    if (isComma(m.endToken) && titleHead(bare(m.endToken + 1)) !== undefined) {
      // The nationality is the title's last relational adjective («وزير الخارجية الروسي»: الروسي).
      let adjective: string | undefined;
      for (let a = m.endToken + 2; a < Math.min(t.count, m.endToken + 6) && t.kind[a] === TokenKind.Arabic && !isPersonAt(a); a++) {
        if (isRelationalAdjective(bare(a))) adjective = bare(a);
      }
      if (adjective !== undefined) register(keyAt(bare, m.endToken + 1, adjective), m.entity, m.firstToken);
    }
    let k = m.firstToken - 1;
    if (isComma(k)) k--;
    let adjective: string | undefined;
    for (let seen = 0; k >= 0 && seen < LOOKBACK; k--, seen++) {
      if (t.kind[k] !== TokenKind.Arabic || isPersonAt(k)) break;
      const w = bare(k);
      if (w.startsWith('نظير')) break;
      if (adjective === undefined && isRelationalAdjective(w)) adjective = w;
      if (titleHead(w) !== undefined) {
        if (adjective !== undefined) register(keyAt(bare, k, adjective), m.entity, m.firstToken);
        break;
      }
    }
  }
  return {
    resolve(start, end) {
      const w = bare(start);
      if (!w.startsWith('ال') || titleHead(w) === undefined) return undefined;
      for (let k = start + 1; k < Math.min(end, start + 4); k++) {
        if (t.kind[k] !== TokenKind.Arabic) break;
        if (!isRelationalAdjective(bare(k))) continue;
        return { entity: lastBefore(entries.get(keyAt(bare, start, bare(k))), start), after: k + 1 };
      }
      return undefined;
    },
  };
}

/** The entity of the last entry before token `start` (entries are in text order), or -1. */
function lastBefore(list: readonly Entry[] | undefined, start: number): number {
  if (!list) return -1;
  let lo = 0;
  let hi = list.length; // first index with token >= start
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.token < start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1]!.entity : -1;
}
