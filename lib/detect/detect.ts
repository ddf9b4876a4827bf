/**
 * Is this an Arabic news article? A script-ratio check first (cheap: a page in another script is
 * turned away after a few thousand characters), then franc-min restricted to the languages that
 * share the Arabic script or are common on the same pages, then signals that the page is an
 * article and not a home page, a list or a form.
 */
import { franc } from 'franc-min';
import { arabicScriptRatio, SAMPLE } from './script';

export { arabicScriptRatio } from './script';

/** Languages franc may answer: those written in Arabic script, and the common page languages. */
const CANDIDATES = ['arb', 'pes', 'urd', 'pbu', 'skr', 'ckb', 'eng', 'fra', 'spa', 'deu', 'tur', 'rus'];
const MIN_ARABIC_RATIO = 0.5;
/** An article has a body of at least this many words. */
export const MIN_ARTICLE_WORDS = 80;

/** ISO 639-3 code of the text's language ('arb' for Arabic), or 'und' when it cannot be told. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  const ratio = arabicScriptRatio(sample);
  if (ratio < 0.2) {
    // Not Arabic script: franc among the other candidates (a cheap answer for the CLI's message).
    return franc(sample, { only: CANDIDATES.filter((c) => !['arb', 'pes', 'urd', 'pbu', 'skr', 'ckb'].includes(c)), minLength: 20 });
  }
  return franc(sample, { only: CANDIDATES, minLength: 20 });
}

export interface Detection {
  language: string;
  isArabic: boolean;
  isArabicNews: boolean;
  /** Why not, when it is not: for the popup and the CLI's message. */
  reason?: string;
  words: number;
}

export interface ArticleSignals {
  /** The page says it is an article (og:type article, JSON-LD NewsArticle, an <article>). */
  declaredArticle?: boolean;
  /** A publication date was found. */
  hasDate?: boolean;
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Decides whether a text (an article's body) is Arabic news. */
export function detect(text: string, signals: ArticleSignals = {}): Detection {
  const words = countWords(text);
  if (arabicScriptRatio(text) < MIN_ARABIC_RATIO) {
    return { language: detectLanguage(text), isArabic: false, isArabicNews: false, reason: 'not Arabic script', words };
  }
  const language = detectLanguage(text);
  if (language !== 'arb') {
    return { language, isArabic: false, isArabicNews: false, reason: `language ${language}, not Arabic`, words };
  }
  const enough = words >= MIN_ARTICLE_WORDS || (signals.declaredArticle === true && words >= MIN_ARTICLE_WORDS / 2);
  if (!enough) return { language, isArabic: true, isArabicNews: false, reason: `too short for an article (${words} words)`, words };
  return { language, isArabic: true, isArabicNews: true, words };
}
