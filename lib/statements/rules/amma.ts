/** «أما الرئيس السنيورة فقد اعتبر ...»: the topic after «أما» is the subject of the verb after «ف». */
import { W as WORD_CLASSES } from '../reader';
import { NO_SUBJECT, OTHER } from '../subject';
import type { Rule } from './types';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

export const amma: Rule = {
  name: 'amma',
  kinds: ['verb'],
  read(c, t) {
    const { r } = c;
    const fa = r.word(t.token).startsWith('ف') || r.eq(t.token - 1, 'فقد') || r.eq(t.token - 1, 'فان');
    if (!fa) return undefined;
    for (let k = t.token - 1; k >= c.s0; k--) {
      if (!(r.eq(k, 'اما') || r.eq(k, 'واما'))) continue;
      const ph = c.phrases.phraseAt(k + 1, t.token);
      if (ph === NO_SUBJECT || ph === OTHER) return undefined;
      // Only the verb that answers «أما»: no other verb or content clause between — but a relative
      // clause on the topic («أما فرنسا التي كانت دعت إلى ...، فقد أكدت») runs to the comma before ف.
      let from = ph.after;
      if (r.has(W.RELATIVE, from)) while (from < t.token && !r.isComma(from)) from++;
      for (let j = from; j < t.token; j++) if (r.has(W.THAT | W.VERB, j)) return undefined;
      return { rule: 'amma', subject: ph, contentFrom: t.token + 1 };
    }
    return undefined;
  },
};
