/**
 * A link that opens an article scrolled to a statement: a URL text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/), `#:~:text=prefix-,start,end,-suffix`. `start`
 * and `end` are the statement's first and last words; `prefix` and `suffix` are the words the
 * article has right before and after it (kept with every statement), so that words an article says
 * twice open at the statement's own place.
 */

import { linkableUrl } from './corpus/urls';

/** How many characters of the article a statement keeps on each side of its text (its prefix and suffix). */
export const STATEMENT_CONTEXT = 32;

const WORDS_EACH_SIDE = 5;

/** The words of a statement and of the article around it (a saved statement, a history entry). */
export interface Passage {
  /** The statement's words, exactly as in the article. */
  text: string;
  /** The article's text right before and after it (up to STATEMENT_CONTEXT characters each); '' when unknown. */
  prefix?: string;
  suffix?: string;
}

/**
 * Percent-encodes a text-fragment term. encodeURIComponent leaves '-' alone, which the syntax
 * reserves (with ',' and '&', which it does encode): the spec requires all three to be encoded.
 */
function term(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * The whole words of a context next to the passage, within its paragraph: a text fragment's
 * context must be whole words of the same block. A context cut at STATEMENT_CONTEXT characters may
 * begin (`before`) or end (after) inside a word: that word is left out.
 */
function context(s: string, side: 'before' | 'after'): string {
  const lines = s.split('\n');
  const line = side === 'before' ? lines.at(-1)! : lines[0]!;
  const cut = lines.length === 1 && s.length >= STATEMENT_CONTEXT;
  const w = words(line);
  // A cut context begins (or ends) with a word the cut may have split, unless the cut fell on a space.
  if (cut && side === 'before' && !/^\s/.test(line)) w.shift();
  if (cut && side === 'after' && !/\s$/.test(line)) w.pop();
  return w.join(' ');
}

/** `url` without its own fragment, scrolled to `passage` (its words must be the page's exact words). */
export function textFragmentUrl(url: string, passage: Passage): string {
  const base = url.split('#')[0]!;
  const w = words(passage.text);
  if (w.length === 0) return base;
  const terms =
    w.length <= WORDS_EACH_SIDE * 2 ? [term(w.join(' '))] : [term(w.slice(0, WORDS_EACH_SIDE).join(' ')), term(w.slice(-WORDS_EACH_SIDE).join(' '))];
  const prefix = context(passage.prefix ?? '', 'before');
  const suffix = context(passage.suffix ?? '', 'after');
  if (prefix) terms.unshift(`${term(prefix)}-`);
  if (suffix) terms.push(`-${term(suffix)}`);
  return `${base}#:~:text=${terms.join(',')}`;
}

/**
 * A statement's link: its article scrolled to it, or undefined when the article's address is not
 * http(s) (a file's path saved by the command line; never a `javascript:` or `data:` address).
 */
export function statementLink(url: string, passage: Passage): string | undefined {
  return linkableUrl(url) === undefined ? undefined : textFragmentUrl(url, passage);
}
