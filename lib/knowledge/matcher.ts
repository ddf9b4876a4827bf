/**
 * The compiled matcher: every name and alias of the knowledge base in one token trie, matched in
 * one pass over the text, longest match first (DESIGN.md, "Matching Arabic names").
 */
import { stems, withoutConjunction } from '../arabic/clitics';
import { normalize } from '../arabic/normalize';
import { nameTokens, tokenText, TokenKind, type Tokens } from '../arabic/tokenize';
import { isStopword } from './stoplist';
import type { EntityRecord } from './types';
import { WordFilter } from '../arabic/word-filter';
import { formsOf } from './validate';
import { GIVEN_NAMES } from '../names/given-names';

/** Token kinds, bound once: the matcher tests them on every token. */
const ARABIC = TokenKind.Arabic;
const LATIN = TokenKind.Latin;
const QUOTE = TokenKind.Quote;
const BREAK = TokenKind.Break;

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  /** Index into `Gazetteer.entities`, or -1 for none. */
  entity: number;
  /** The form ending here needs context (contextAliases). */
  context: boolean;
}

export interface Gazetteer {
  readonly entities: readonly EntityRecord[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly root: ReadonlyMap<string, TrieNode>;
  /** The first words of all names: most text words are turned away without being sliced. */
  readonly firstWords: WordFilter;
  /** How many forms were compiled. */
  readonly formCount: number;
}

/** A match in token space. `start`/`end` are offsets in the tokenized (normalised) text. */
export interface TokenMention {
  entity: number;
  firstToken: number;
  /** One past the last token. */
  endToken: number;
  start: number;
  end: number;
  /** The first token carried a preposition (ب ل ك): this mention is never a subject. */
  preposition: boolean;
  /** Found by the in-article surname rule rather than the knowledge base. */
  bySurname: boolean;
}

function newNode(): TrieNode {
  return { next: undefined, entity: -1, context: false };
}

/**
 * Compiles entities into a matcher. A later entity's form replaces an earlier one's, so the
 * user's own entities, compiled after the built-in ones, win.
 */
export function compileGazetteer(entities: readonly EntityRecord[]): Gazetteer {
  const root = new Map<string, TrieNode>();
  const indexOf = new Map<string, number>();
  let formCount = 0;
  entities.forEach((e, index) => {
    indexOf.set(e.id, index);
    for (const { form, context } of formsOf(e)) {
      const words = nameTokens(normalize(form));
      if (words.length === 0) continue;
      if (words.length === 1 && isStopword(words[0]!)) continue;
      let level: Map<string, TrieNode> = root;
      let node: TrieNode | undefined;
      for (const w of words) {
        node = level.get(w);
        if (!node) {
          node = newNode();
          level.set(w, node);
        }
        node.next ??= new Map();
        level = node.next;
      }
      if (node) {
        node.entity = index;
        node.context = context;
        formCount++;
      }
    }
  });
  const firstWords = new WordFilter();
  for (const w of root.keys()) firstWords.add(w);
  return { entities, indexOf, root, formCount, firstWords };
}

/** Words after which a place-only-in-context form is read as the place. */
const PLACE_CUES = new Set(
  `في من الى عن على نحو حول قرب داخل خارج عبر لدى بين ضد تجاه باتجاه مدينه بلده قريه محافظه ريف منطقه
   ناحيه قضاء اقليم ولايه جزيره شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط عاصمه حدود مخيم معبر`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words after which a person-only-in-context form is read as the person. */
const PERSON_CUES = new Set(
  `الرئيس الملك الامير الشيخ السيد السيده الوزير الوزيره الجنرال اللواء العميد العقيد الفريق المشير
   الزعيم القائد المرشد الامام رئيس زعيم قائد`
    .split(/\s+/)
    .filter(Boolean),
);

function previousWord(t: Tokens, i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const kind = t.kind[k];
    if (kind === QUOTE) continue;
    if (kind === ARABIC || kind === LATIN) return tokenText(t, k);
    return undefined;
  }
  return undefined;
}

function contextHolds(g: Gazetteer, node: TrieNode, t: Tokens, i: number, preposition: boolean): boolean {
  if (!node.context) return true;
  const type = g.entities[node.entity]?.type;
  const prev = previousWord(t, i);
  const cues = type === 'person' ? PERSON_CUES : PLACE_CUES;
  const cued = prev !== undefined && (cues.has(prev) || cues.has(withoutConjunction(prev)));
  return cued || (type !== 'person' && preposition);
}

interface Walk {
  node: TrieNode;
  endToken: number;
}

/** Follows the trie from `first` (already matched at token i); returns the longest terminal. */
function walk(first: TrieNode, t: Tokens, i: number): Walk | undefined {
  let best: Walk | undefined = first.entity >= 0 ? { node: first, endToken: i + 1 } : undefined;
  let node = first;
  let k = i + 1;
  while (node.next !== undefined && node.next.size > 0 && k < t.count) {
    // Quotation marks inside a name are skipped: تنظيم “الدولة الإسلامية”.
    while (k < t.count && t.kind[k] === QUOTE) k++;
    if (k >= t.count || t.kind[k] === BREAK) break;
    const child = node.next.get(tokenText(t, k));
    if (!child) break;
    node = child;
    k++;
    if (node.entity >= 0) best = { node, endToken: k };
  }
  return best;
}

/** Finds every knowledge-base name in the tokens, longest match first, in one pass. */
export function matchTokens(g: Gazetteer, t: Tokens): TokenMention[] {
  const out: TokenMention[] = [];
  const root = g.root;
  for (let i = 0; i < t.count; i++) {
    const kind = t.kind[i];
    if (kind !== ARABIC && kind !== LATIN) continue;
    const s0 = t.start[i]!;
    const e0 = t.end[i]!;
    const exactMay = g.firstWords.mayHave(t.text, s0, e0);
    const stemMay = kind === ARABIC && e0 - s0 > 3 && mayHaveStem(g.firstWords, t.text, s0, e0);
    if (!exactMay && !stemMay) continue;
    const word = tokenText(t, i);
    let best: TokenMention | undefined;
    const exact = exactMay ? root.get(word) : undefined;
    // A given name is never split into a proclitic and a name: «كلاوس» is not ك + «لاوس», «فاطمة» not ف + «اطمة».
    const whole = stemMay && GIVEN_NAMES.has(word);
    if (exact) {
      const w = walk(exact, t, i);
      if (w && contextHolds(g, w.node, t, i, false)) {
        best = mention(w, t, i, 0, false);
      }
    }
    if (stemMay && !whole) {
      const all = stems(word);
      for (let si = 0; si < all.length; si++) {
        const s = all[si]!;
        const node = root.get(s.stem);
        if (!node) continue;
        const w = walk(node, t, i);
        if (!w || !contextHolds(g, w.node, t, i, s.preposition)) continue;
        // Longest wins; on a tie the exact token (tried first) stays.
        if (!best || w.endToken > best.endToken) best = mention(w, t, i, s.stripped, s.preposition);
      }
    }
    if (best && !inTitle(g, t, best)) {
      out.push(best);
      i = best.endToken - 1;
    }
  }
  return out;
}

const ALEF = 0x0627;

/** Could any stem of the word at [s, e) (one or two proclitics off, or لل read as ال) be a first word? */
function mayHaveStem(f: WordFilter, text: string, s: number, e: number): boolean {
  return (
    f.mayHave(text, s + 1, e) ||
    f.mayHave(text, s + 2, e) ||
    f.mayHaveWithFirst(ALEF, text, s + 1, e) ||
    f.mayHaveWithFirst(ALEF, text, s + 2, e)
  );
}

/** Words a ministry's short name follows when it is part of a title: «وزيرة الدفاع الفرنسية». */
const MINISTER = new Set(['وزير', 'وزيره', 'وزيرا', 'لوزير', 'لوزيره', 'ووزير', 'ووزيره']);

/** «وزيرة الدفاع الفرنسية» names a minister, not the ministry «الدفاع الفرنسية». */
function inTitle(g: Gazetteer, t: Tokens, m: TokenMention): boolean {
  if (g.entities[m.entity]?.type !== 'organization' || m.firstToken === 0) return false;
  const prev = m.firstToken - 1;
  return t.kind[prev] === ARABIC && MINISTER.has(tokenText(t, prev));
}

function mention(w: Walk, t: Tokens, i: number, stripped: number, preposition: boolean): TokenMention {
  const last = w.endToken - 1;
  return {
    entity: w.node.entity,
    firstToken: i,
    endToken: w.endToken,
    start: t.start[i]! + stripped,
    end: t.end[last]!,
    preposition,
    bySurname: false,
  };
}

const PATRONYMIC = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ام', 'ال', 'عبد', 'دي', 'دو', 'فان', 'فون']);

/**
 * Within one article, a person named in full earlier or later ("آشتون كارتر") is meant by the bare
 * surname ("كارتر") too. Surnames shared by two people named in the article, function words, and
 * names that are knowledge-base entries of their own are left alone.
 */
export function matchSurnames(g: Gazetteer, t: Tokens, found: readonly TokenMention[]): TokenMention[] {
  const surnameOf = new Map<string, number>();
  const ambiguous = new Set<string>();
  for (const m of found) {
    if (m.endToken - m.firstToken < 2) continue;
    if (g.entities[m.entity]?.type !== 'person') continue;
    const last = tokenText(t, m.endToken - 1);
    const before = tokenText(t, m.endToken - 2);
    if (last.length < 3 || isStopword(last) || PATRONYMIC.has(before)) continue;
    // A form the user excluded («this is not X») stays excluded here too.
    const exclude = g.entities[m.entity]?.exclude;
    if (exclude?.some((x) => normalize(x).trim() === last)) continue;
    const own = g.root.get(last);
    // A name of its own (maybe someone else's) — unless it is this person's own form that needs
    // context («الأسد» after «بشار الأسد»): named in full, the person gives it that context.
    if (own !== undefined && own.entity >= 0 && !(own.context && own.entity === m.entity)) continue;
    const had = surnameOf.get(last);
    if (had !== undefined && had !== m.entity) ambiguous.add(last);
    surnameOf.set(last, m.entity);
  }
  for (const a of ambiguous) surnameOf.delete(a);
  if (surnameOf.size === 0) return [];
  const filter = new WordFilter();
  for (const w of surnameOf.keys()) filter.add(w);
  const covered = new Uint8Array(t.count);
  for (const m of found) covered.fill(1, m.firstToken, m.endToken);
  const out: TokenMention[] = [];
  for (let i = 0; i < t.count; i++) {
    if (covered[i] || t.kind[i] !== ARABIC) continue;
    const s0 = t.start[i]!;
    const e0 = t.end[i]!;
    if (!filter.mayHave(t.text, s0, e0) && !(e0 - s0 > 3 && mayHaveStem(filter, t.text, s0, e0))) continue;
    const word = tokenText(t, i);
    let entity = surnameOf.get(word);
    let stripped = 0;
    let preposition = false;
    if (entity === undefined) {
      const all = stems(word);
      for (let si = 0; si < all.length; si++) {
        const s = all[si]!;
        const e = surnameOf.get(s.stem);
        if (e !== undefined) {
          entity = e;
          stripped = s.stripped;
          preposition = s.preposition;
          break;
        }
      }
    }
    if (entity === undefined) continue;
    out.push({ entity, firstToken: i, endToken: i + 1, start: t.start[i]! + stripped, end: t.end[i]!, preposition, bySurname: true });
  }
  return out;
}
