/**
 * «ونقلت وكالة X عن Y قوله إن ...», «نقلت عن مسؤولين قولهم»: Y speaks; the medium X only relays.
 * Without «عن», the medium itself reports («ونقلت الصحيفة أن»): the verb's subject rule reads it.
 */
import { W as WORD_CLASSES } from '../reader';
import { NO_SUBJECT, OTHER } from '../subject';
import type { Rule } from './types';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

export const relay: Rule = {
  name: 'relay',
  kinds: ['verb'],
  read(c, t) {
    const { r } = c;
    if (t.word !== 'نقل' && t.word !== 'نقلت' && t.word !== 'نقلوا') return undefined;
    for (let k = t.token + 1; k < Math.min(c.limit, t.token + 10); k++) {
      if (r.has(W.THAT, k) || r.isColon(k)) return undefined;
      if (!r.eq(k, 'عن')) continue;
      const ph = c.phrases.phraseAt(k + 1, c.limit, true);
      // The medium relays, it never speaks: with a source that cannot be read, nothing is recorded.
      if (ph === NO_SUBJECT || ph === OTHER) return { rule: 'relay', none: true, contentFrom: k + 1 };
      // «... عن Y قوله», or «... عن Y أن».
      let after = ph.after;
      if (/^قول(ه|ها|هم|هما)$/.test(r.bare(after))) after++;
      return { rule: 'relay', subject: ph, contentFrom: after };
    }
    return undefined;
  },
};
