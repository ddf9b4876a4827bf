/**
 * The furniture Readability keeps inside an article, removed from the DOM it returns (before it
 * becomes text) by general rules, never by site:
 * - a block opening with a furniture label: tags («الوسوم», «كلمات مفتاحية»), related teasers
 *   («مواضيع ذات صلة», «اقرأ أيضاً»), previous/next («الخبر السابق», «المقال التالي»), «انسخ
 *   الرابط», newsletter and app prompts («اشترك في النشرة», «حمّل تطبيق … على هاتفك»), «تابعونا
 *   على …», the comment box («أضف تعليقاً», «قواعد التعليق»): a short block, or a section of
 *   blocks that holds no paragraph of the story;
 * - a block made only of furniture words: a share bar («شارك ۱۲ واتساب تويتر فيسبوك طباعة»);
 * - a list of short links (tags, teasers), and the lists under a furniture heading;
 * - above the story, a line that is only a date with a name or two (the byline and date line).
 * Precision first: a block holding a paragraph of the story (a long run of text that is not a
 * link) is never removed by a rule that reads more than its opening words, and no block holding
 * half the article is removed at all. Inline elements are never touched: «تويتر» inside a sentence
 * stays.
 */
import { LIVE_PAGE_TEXT, readText } from '../dom/text';
import { withoutDates } from './dates';
import { foldPhrase } from './phrase-lists';
import { APP_LEADS_ALT, DATE_LINE_ALT, FURNITURE_ALT, LEADS_ALT } from './phrases.generated';
import { letterCount as letters, WORD_CHARS, WORD_END, WORD_START, wordsOnly } from './words';

/** App prompts' opening words (phrase-lists.ts) are furniture only when the block speaks to the reader («على هاتفك», a store). */
const APP_CUE = /هاتفك|جوالك|لتصلك|لتتابع|الان|مجانا|متجر|اب ستور|غوغل بلاي|جوجل بلاي|google play|app store/;

const fold = foldPhrase;

/** An alternation of phrases (phrases.generated.ts), each with an optional و/ف before it, as whole words. */
const phrases = (alt: string, flags = 'g') => new RegExp(`${WORD_START}[وف]?(?:${alt})${WORD_END}`, flags);

// The labels, share-bar words and date-line words are listed in phrase-lists.ts; their
// alternations come built (phrases.generated.ts): building them cost every page a few milliseconds.
const LEAD = new RegExp(`^[^${WORD_CHARS}]*(?:${phrases(LEADS_ALT, '').source})`);
const APP_LEAD = new RegExp(`^[^${WORD_CHARS}]*(?:${phrases(APP_LEADS_ALT, '').source})`);
const ALL_FURNITURE = phrases(FURNITURE_ALT);
const DATE_LINE = phrases(DATE_LINE_ALT);
const TIME = /\d{1,2}\s*[:：]\s*\d{2}/g;

/** Elements read as blocks here (the walk's own block elements, less inline ones). */
const BLOCK = /^(P|DIV|SECTION|ASIDE|ARTICLE|UL|OL|LI|DL|DT|DD|H[1-6]|BLOCKQUOTE|FIGURE|TABLE|TBODY|THEAD|TR|TD|TH|HEADER|FOOTER|NAV|FORM|FIELDSET|DETAILS|SUMMARY|ADDRESS|CENTER)$/;
const HEADING = /^H[1-6]$/;
const LIST = /^(UL|OL|DL)$/;

/** A story paragraph has at least this many characters that are not a link's. */
const STORY_CHARS = 150;
/** A block this short (in words) that opens with a furniture label is furniture whatever follows. */
const SHORT_WORDS = 30;
/** A block of furniture words only (a share bar) has at most this many words. */
const BARE_WORDS = 40;
/** Opening with a label, a block this long (in words) is furniture only when it holds no story paragraph. */
const SECTION_WORDS = 150;
/** A block longer than this (in characters) is never furniture as a whole. */
const MAX_FURNITURE_CHARS = 3000;
/** How many blocks from the top the byline and date line is looked for in. */
const DATE_LINE_SEARCH = 60;
/** A paragraph longer than this (in characters) has more words than a label's or a share bar's block. */
const LONG_PARAGRAPH_CHARS = 400;

/** The text of `el`, its text nodes apart (inline elements set side by side are still separate words). */
const textOf = (el: Element) =>
  readText(el, LIVE_PAGE_TEXT)
    .nodes.map((n) => n.data)
    .join(' ');
const wordCount = (s: string) => (s.trim() ? s.trim().split(/\s+/).length : 0);
const isBlock = (el: Element) => BLOCK.test(el.tagName.toUpperCase());

/** Letters inside links under `el`. */
function linkLetters(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += letters(textOf(a));
  return n;
}

/** Letters of `el`'s text that are not inside a link. */
const ownLetters = (el: Element, text: string) => letters(text) - linkLetters(el);

/** Does `el` hold a paragraph of the story: a block with a long run of text outside links that is not itself a labelled block? */
function holdsStory(el: Element): boolean {
  const leaves = [el, ...Array.from(el.querySelectorAll('p, li, blockquote, div, td, dd'))];
  return leaves.some((p) => {
    if (Array.from(p.children).some(isBlock)) return false;
    const text = textOf(p);
    return ownLetters(p, text) >= STORY_CHARS && !LEAD.test(fold(text));
  });
}

/**
 * A character `normalize` never deletes (nor turns into a space): ASCII letters and digits, and
 * the Arabic letters from hamza to ghain and from feh to yeh (tatweel, which it deletes, lies
 * between them).
 */
const KEPT = '0-9A-Za-z\\u0621-\\u063a\\u0641-\\u064a';
/** A word (a run of non-spaces, as `\s` reads them) that holds a KEPT character. */
const KEPT_WORD = new RegExp(`[^\\s${KEPT}]*[${KEPT}]\\S*`, 'g');

/**
 * Does `raw`, once folded (`fold`), surely have more than `limit` words? Folding keeps every word
 * that holds a KEPT character and every space between words, but one: U+FEFF, a space to `\s`,
 * which it deletes (two words become one); a text holding it is not judged here (false).
 */
export function surelyMoreWords(raw: string, limit: number): boolean {
  if (raw.includes('\ufeff')) return false;
  let n = 0;
  KEPT_WORD.lastIndex = 0;
  while (KEPT_WORD.test(raw)) if (++n > limit) return true;
  return false;
}

type Verdict = false | 'label' | 'bare' | 'links';

/** Characters of an element's text, as the platform counts them (fast: no string is built here). */
const charsOf = (el: Element) => el.textContent?.length ?? 0;

/** Why `el` is furniture, or false. */
function furniture(el: Element, contentChars: number): Verdict {
  const chars = charsOf(el);
  // Never half the article (when the article is more than a few lines), nor a block longer than
  // any furniture: its blocks are looked at one by one instead.
  if ((contentChars > 800 && chars * 2 > contentChars) || chars > MAX_FURNITURE_CHARS) return false;
  const section = Array.from(el.children).some(isBlock);
  // A long paragraph is furniture only as a list of links (the other rules want few words).
  const fewLinks = !section && el.getElementsByTagName('a').length < 2;
  if (fewLinks && chars > LONG_PARAGRAPH_CHARS) return false;
  const raw = textOf(el);
  // Nor is a paragraph with more words than any rule that reads it allows (every rule but the
  // links' wants few words): told without folding its text, which on a fresh page is most of
  // what reading an article's paragraphs here costs.
  if (fewLinks && surelyMoreWords(raw, BARE_WORDS)) return false;
  const text = fold(raw);
  if (!text) return false;
  const words = wordCount(text);
  // A short block opening with a label; or a section (blocks inside) opening with one, without a story paragraph.
  if (LEAD.test(text) && (words <= SHORT_WORDS || (section && words <= SECTION_WORDS && !holdsStory(el)))) return 'label';
  if (APP_LEAD.test(text) && words <= SHORT_WORDS && (APP_CUE.test(text) || el.querySelector('a'))) return 'label';
  if (words <= BARE_WORDS && letters(text.replace(ALL_FURNITURE, ' ').replace(/[0-9]+/g, ' ')) === 0) return 'bare';
  const links = el.querySelectorAll('a').length;
  if (links >= 2 && words / links <= 15 && linkLetters(el) >= 0.8 * letters(text) && !holdsStory(el)) return 'links';
  return false;
}

/** After a furniture heading: a list, or a block of links, that it introduces. */
function introduced(el: Element): boolean {
  if (!isBlock(el) || holdsStory(el)) return false;
  const size = letters(textOf(el));
  if (size === 0) return false;
  return LIST.test(el.tagName.toUpperCase()) || (el.querySelector('a') !== null && linkLetters(el) >= 0.8 * size);
}

/**
 * The byline and date line above the story: a short block (before the story's first paragraph)
 * holding a date and, besides it, at most three words (a name, a place, the site) once weekdays,
 * times and «نشر في» are set aside; not a sentence (it would end with a stop), not a caption.
 */
function dateLines(root: Element, now: number): Element[] {
  const out: Element[] = [];
  // The first blocks only: a page of 12,000 short lines, none long enough to begin a story, was read to its end.
  for (const el of Array.from(root.querySelectorAll('p, div, span, time, h2, h3, h4, h5, h6, li')).slice(0, DATE_LINE_SEARCH)) {
    if (Array.from(el.children).some(isBlock)) continue;
    const text = textOf(el);
    if (HEADING.test(el.tagName.toUpperCase()) || out.some((o) => o.contains(el)) || el.closest('figure')) continue;
    if (ownLetters(el, text) >= 100) break; // the story has begun
    // A sentence («في 12 آذار 2020 استقال الوزير.») ends with its stop; a date line does not.
    if (text.length > 120 || /[.!?؟]\s*$/.test(text)) continue;
    const { rest, dates } = withoutDates(text, now);
    if (dates === 0) continue;
    const left = wordsOnly(rest.replace(DATE_LINE, ' ').replace(TIME, ' ').replace(/[0-9]+/g, ' '));
    if (wordCount(left) <= 3) out.push(el);
  }
  return out;
}

/** Removes the furniture from Readability's article element; returns how many blocks went. */
export function dropFurniture(root: Element, now: number = Date.now()): number {
  let dropped = 0;
  for (const el of dateLines(root, now)) {
    el.remove();
    dropped++;
  }
  const contentChars = charsOf(root);
  const visit = (parent: Element) => {
    let child = parent.firstElementChild;
    while (child) {
      let next = child.nextElementSibling;
      const verdict = isBlock(child) ? furniture(child, contentChars) : false;
      if (verdict) {
        // A label on its own («مواضيع ذات صلة», «قواعد التعليق») takes the lists it introduces with it.
        const labelOnly = verdict === 'label' && wordCount(fold(textOf(child))) <= 4;
        child.remove();
        dropped++;
        while (labelOnly && next && introduced(next)) {
          const after: Element | null = next.nextElementSibling;
          next.remove();
          dropped++;
          next = after;
        }
      } else if (isBlock(child)) visit(child);
      child = next;
    }
  };
  visit(root);
  return dropped;
}
