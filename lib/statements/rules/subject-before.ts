/**
 * The subject before the verb, at the start of its clause: «فؤاد السنيورة قال إن», «وكان وزير
 * الخارجية سعود الفيصل قد ذكر أن», «لكن الدويك اعتبر», «وزير الخارجية التركي، مولود جاويش
 * أوغلو، قال», «الصين طالبت إسرائيل بـ». A fronted subject comes before the verb's object: what
 * follows the verb then is not its subject. A pronoun glued to the word before the verb («لكنه
 * قال», «أنه قال») points back to the previous speaker. A noun phrase that is no name («لكن
 * خبراء قالوا», «وكانت تقارير صحفية ذكرت») is a subject of its own: an unnamed source, never the
 * previous speaker.
 */
import { readTitle, type TitleRead } from '../phrase';
import { Reader, W as WORD_CLASSES } from '../reader';
import { NO_SUBJECT, OTHER, type Phrase } from '../subject';
import { clauseStart, pronounSubject } from './common';
import type { Rule } from './types';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

/** Words that may stand between a fronted subject and its verb. */
const BETWEEN = new Set(['قد', 'فقد', 'لقد', 'بدوره', 'بدورها', 'بدورهم', 'بالمقابل', 'ايضا', 'كذلك']);
const SIDE = /^(جانب|جهت|ناحيت)(ه|ها|هم|هما)$/;

export const subjectBefore: Rule = {
  name: 'subject-before',
  kinds: ['verb'],
  read(c, t) {
    const { r } = c;
    // «X وقال»: a verb with its own conjunction starts a new clause; what stands before it is not its subject.
    if (r.hasConjunction(t.token)) return undefined;
    let q = t.token - 1;
    for (;;) {
      if (q >= c.s0 && (BETWEEN.has(r.bare(q)) || BETWEEN.has(r.word(q)))) q--;
      else if (q - 1 >= c.s0 && SIDE.test(r.word(q)) && (r.eq(q - 1, 'من') || r.eq(q - 1, 'ومن'))) q -= 2;
      else break;
    }
    // «وكانت المحكمة العليا الأمريكية ، اعتبرت»: a comma between a fronted name and its verb.
    if (r.isComma(q) && r.mentionOver(q - 1)?.endToken === q) q--;
    if (q < c.s0) return undefined;
    if (pronounSubject(r, q)) return { rule: 'subject-before', continues: true, contentFrom: t.token + 1 };
    // «X، وزير ...، قال»: back over the apposition to the name.
    let end = q;
    if (r.isComma(end)) {
      for (let k = end - 1; k >= Math.max(c.s0, end - 10); k--) {
        if (!r.isComma(k)) continue;
        const t2 = readTitle(r, k + 1, end);
        if (t2 && t2.end === end) end = k - 1;
        break;
      }
    }
    const m = r.mentionOver(end);
    if (m && m.endToken === end + 1) {
      if (c.phrases.governed(m)) return undefined;
      let b = m.firstToken;
      const title = titleEndingAt(r, b, c.s0);
      if (title) b = title.start;
      if (!startsClause(r, b, c.s0)) return undefined;
      const subject: Phrase = { kind: 'name', first: m.firstToken, end: m.endToken, entity: m.entity, title, after: t.token + 1 };
      return { rule: 'subject-before', subject, contentFrom: t.token + 1 };
    }
    // A title alone before the verb: «وكان وزير الخارجية الأمريكي قد أعلن».
    for (let h = end; h >= Math.max(c.s0, end - 8); h--) {
      if (!r.has(W.TITLE, h)) continue;
      const tt = readTitle(r, h, end + 1);
      if (!tt || tt.end !== end + 1 || !startsClause(r, h, c.s0)) continue;
      return { rule: 'subject-before', subject: { kind: 'title', first: h, end: end + 1, entity: -1, title: tt, after: t.token + 1 }, contentFrom: t.token + 1 };
    }
    return frontedNounPhrase(c.r, c.phrases, end, c.s0, t.token);
  },
};

/** The farthest title that ends right before token b: «الأمين العام لحزب الله السيد» before «حسن نصر الله». */
function titleEndingAt(r: Reader, b: number, s0: number): TitleRead | undefined {
  let found: TitleRead | undefined;
  for (let h = b - 1; h >= Math.max(s0, b - 12); h--) {
    if (!r.isWord(h) && !r.isQuote(h)) break;
    if (!r.has(W.TITLE | W.HONORIFIC, h)) continue;
    const tt = readTitle(r, h, b + 1);
    if (tt && tt.end === b) found = tt;
  }
  return found;
}

/**
 * «لكن خبراء قالوا», «الشرطة قالت», «وكانت تقارير صحفية ذكرت»: a noun phrase of one to four words
 * opens the clause right before the verb. An unnamed source speaks; any other noun phrase is a
 * subject the rules cannot name, and the verb does not go on with the previous speaker.
 */
function frontedNounPhrase(r: Reader, phrases: import('../subject').Phrases, end: number, s0: number, v: number) {
  let b = end;
  while (b - 1 >= s0 && b > end - 3 && r.isArabic(b - 1) && !r.has(W.VERB | W.THAT | W.PREPOSITION | W.OPENER | W.FUNCTION, b - 1) && !startsClause(r, b, s0)) b--;
  if (!r.isArabic(b) || !startsClause(r, b, s0) || r.has(W.PREPOSITION | W.FUNCTION | W.TIME | W.OPENER | W.THAT, b)) return undefined;
  for (let k = b; k <= end; k++) if (!r.isArabic(k) || r.has(W.PREPOSITION | W.VERB | W.PARTICIPLE | W.TIME, k)) return undefined;
  // An adverbial («تعليقا على ذلك», «ردا على سؤال») is no subject.
  if (r.bare(b).endsWith('ا') && !r.definite(b)) return undefined;
  const ph = phrases.phraseAt(b, end + 1);
  if (ph !== NO_SUBJECT && ph !== OTHER && ph.kind !== 'name') return { rule: 'subject-before', subject: { ...ph, after: v + 1 }, contentFrom: v + 1 };
  return { rule: 'subject-before', none: true, contentFrom: v + 1 };
}

/** A fronted subject begins its clause: the sentence's start, after «وكان», «لكن», «أما», «غير أن», punctuation, or with a conjunction. */
function startsClause(r: Reader, b: number, s0: number): boolean {
  if (clauseStart(r, b, s0) || r.hasConjunction(b)) return true;
  const p = b - 1;
  return r.eq(p, 'وكان') || r.eq(p, 'كان') || r.eq(p, 'وكانت') || r.eq(p, 'كانت') || r.has(W.THAT, p) || r.eq(p, 'اما') || r.eq(p, 'واما');
}
