/**
 * «أصدرت الخارجية الروسية بيانا دعت فيه إلى ...», «أدلى الرئيس شافيز بتصريح قال فيه إن ...»: a
 * verb with «فيه/فيها» after a noun of speech reports what the issuer of that statement says. A
 * subject after «فيه» is the speaker («في وقت حذر فيه وزير الخارجية الفرنسي ...»).
 */
import { flagsOf } from '../lexicon';
import { W as WORD_CLASSES } from '../reader';
import { NO_SUBJECT, OTHER } from '../subject';
import { pastAdverbials } from './common';
import type { Rule } from './types';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

const IN_IT = new Set(['فيه', 'فيها', 'فيهما']);

export const inWhich: Rule = {
  name: 'in-which',
  kinds: ['verb'],
  read(c, t) {
    const { r } = c;
    if (!IN_IT.has(r.word(t.token + 1))) return undefined;
    const own = c.phrases.phraseAt(pastAdverbials(r, t.token + 2, c.limit), c.limit);
    if (own !== NO_SUBJECT && own !== OTHER) return { rule: 'in-which', subject: own, contentFrom: own.after };
    // The noun of speech before the verb, then who issued it: the nearest subject before the noun.
    // («أدلى بتصريح»: the noun may carry the verb's preposition.)
    const speechNoun = (k: number) => r.has(W.SPEECH_NOUN, k) || (/^[بل]/.test(r.bare(k)) && (flagsOf(r.bare(k).slice(1)) & W.SPEECH_NOUN) !== 0);
    let n = t.token - 1;
    while (n >= c.s0 && n > t.token - 6 && !speechNoun(n)) n--;
    if (n < c.s0 || !speechNoun(n)) return undefined;
    for (let k = n - 1; k >= c.s0 && k > n - 12; k--) {
      const m = r.mentionOver(k);
      if (!m) continue;
      if (c.phrases.governed(m) || r.actorOf(m).type === 'place') {
        k = m.firstToken;
        continue;
      }
      return { rule: 'in-which', subject: { kind: 'name', first: m.firstToken, end: m.endToken, entity: m.entity, after: m.endToken }, contentFrom: t.token + 2 };
    }
    return undefined;
  },
};
