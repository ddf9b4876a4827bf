/**
 * Searching Arabic text the way a reader types a word: both sides normalised (hamza forms, ى/ي,
 * ة/ه, tashkeel: normalize.ts), and a word of the text found with or without its proclitics and
 * article («بلادها» finds «وبلادها», «حل» finds «الحل»). A word the reader typed with a proclitic
 * («وماكرون») finds the bare word as well, but only as a whole word: a letter stripped from the
 * query never turns it into the start of unrelated words («فرنسا» is not ف + «رنسا…»).
 */
import { stems } from './clitics';
import { normalize } from './normalize';

/** Words of a normalised text: letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;

const words = (normalized: string): string[] => normalized.match(WORD) ?? [];

/** The forms a word of the text can be found by: itself, without its proclitics, and each without the article. */
function textForms(word: string): string[] {
  const out = [word, ...stems(word).map((s) => s.stem)];
  for (const f of [...out]) if (f.startsWith('ال') && f.length > 3) out.push(f.slice(2));
  return out;
}

/** A query word: found at the start of a form of a text word; `bare` (its proclitics stripped) only as a whole form. */
export interface QueryWord {
  word: string;
  bare: readonly string[];
}

/** The reader's words, normalised; empty when there are none. */
export function searchWords(query: string): QueryWord[] {
  return words(normalize(query)).map((word) => ({ word, bare: stems(word).map((s) => s.stem) }));
}

/** Does the text hold every word of the query (in any order), as searchWords reads them? */
export function hasWords(text: string, query: readonly QueryWord[]): boolean {
  if (query.length === 0) return true;
  const forms = words(normalize(text)).flatMap(textForms);
  return query.every((q) => forms.some((f) => f.startsWith(q.word) || q.bare.includes(f)));
}

/** `hasWords` for one text and one query as typed. */
export function matchesWords(text: string, query: string): boolean {
  return hasWords(text, searchWords(query));
}

/**
 * A normalised name query with the proclitics of its first word stripped («وماكرون» → «ماكرون»,
 * «بالاسد» → «الاسد»), shortest strip first, without the query itself.
 */
export function withoutProclitics(query: string): string[] {
  const [first, ...rest] = query.split(' ');
  if (!first) return [];
  return stems(first).map((s) => [s.stem, ...rest].join(' '));
}
