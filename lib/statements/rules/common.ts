/** What the rules share: stepping over what stands between a verb and its subject. */
import { Reader, W as WORD_CLASSES } from '../reader';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

/**
 * The first token after `p` that is not an adverbial between a verb and its subject: time words
 * («أمس», «الخميس»), «فيه» («حذر فيه الوزير»), «أيضا», a parenthesised day («( الخميس )»).
 */
export function pastAdverbials(r: Reader, p: number, limit: number): number {
  let q = p;
  for (let guard = 0; guard < 5 && q < limit; guard++) {
    if (r.has(W.TIME, q)) q++;
    else if (r.isOpenParen(q) && r.has(W.TIME, q + 1) && r.isCloseParen(q + 2)) q += 3;
    else if (r.isOpenParen(q) && r.has(W.TIME, q + 1) && r.has(W.TIME, q + 2) && r.isCloseParen(q + 3)) q += 4;
    else break;
  }
  return q;
}

/** Is the token at i the start of a clause: the sentence's start, after punctuation or a clause opener? */
export function clauseStart(r: Reader, i: number, s0: number): boolean {
  const p = i - 1;
  if (p < s0) return true;
  // A closing quotation mark ends a quoted name or title, not a clause: «صحيفة "الشرق الأوسط" السعودية».
  if (r.isComma(p) || r.isColon(p) || r.opens(p) || r.isOpenParen(p) || r.isCloseParen(p) || r.isDash(p)) return true;
  return r.has(W.OPENER, p);
}

/** Does the token carry an attached pronoun that is the verb's subject («لكنه», «أنه», «إنها»)? */
export function pronounSubject(r: Reader, i: number): boolean {
  const w = r.bare(i);
  return /^(لكن|ان|لان|كان|بان)(ه|ها|هم|هما)$/.test(w);
}
