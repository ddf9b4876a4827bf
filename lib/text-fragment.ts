/**
 * A link that opens an article scrolled to a passage (a statement's words): a URL text fragment
 * (#:~:text=start,end) built from the passage's first and last words.
 */

const WORDS_EACH_SIDE = 5;

/** Percent-encodes a text-fragment term, including the characters the syntax reserves (- , &). */
function term(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** `url` without its own fragment, scrolled to `passage` (which must be the page's exact words). */
export function textFragmentUrl(url: string, passage: string): string {
  const base = url.split('#')[0]!;
  const words = passage.split(/\s+/).filter(Boolean);
  if (words.length === 0) return base;
  if (words.length <= WORDS_EACH_SIDE * 2) return `${base}#:~:text=${term(words.join(' '))}`;
  const start = words.slice(0, WORDS_EACH_SIDE).join(' ');
  const end = words.slice(-WORDS_EACH_SIDE).join(' ');
  return `${base}#:~:text=${term(start)},${term(end)}`;
}
