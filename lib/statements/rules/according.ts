/**
 * Sourcing phrases: «حسب ما أعلن الرئيس», «وفقا لما ذكرته الإذاعة», «بحسب مصادر», «نقلا عن
 * مسؤول», «على لسان المتحدث». The source speaks; the content is the clause before the phrase, or
 * what follows when the phrase opens the sentence.
 */
import { lemmaOf } from '../verbs';
import { W as WORD_CLASSES } from '../reader';
import { NO_SUBJECT, OTHER } from '../subject';
import { pastAdverbials } from './common';
import type { Rule } from './types';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

export const according: Rule = {
  name: 'according',
  kinds: ['according'],
  read(c, t) {
    const { r } = c;
    const i = t.token;
    let from = i + 1;
    if (r.eq(from, 'ل')) from++; // «وفقا لـ»
    if (r.eq(i + 1, 'عن') || r.eq(i + 1, 'لسان')) from = i + 2;
    let verbToken: number | undefined;
    if (r.has(W.WHAT, from)) {
      // «حسب ما أعلن X», «وفقا لما ذكرته X»: the verb may carry the object pronoun.
      const v = from + 1;
      if (!(r.has(W.VERB, v) || lemmaOf(r.bare(v).replace(/(ه|ها)$/, '')) !== undefined)) return undefined;
      verbToken = v;
      from = pastAdverbials(r, v + 1, c.s1);
    }
    const ph = c.phrases.phraseAt(from, c.s1, true);
    if (ph === NO_SUBJECT || ph === OTHER) return undefined;
    // «حسب وكالة رويترز»: the medium that carries the news is not its speaker.
    if (ph.kind === 'name' && c.phrases.isMediaEntity(ph.entity)) return { rule: 'according', none: true, contentFrom: from };
    const atStart = c.earlier.length === 0 && !r.hasWord(c.s0, i);
    return {
      rule: 'according',
      subject: ph,
      contentFrom: atStart ? ph.after : c.earlier.length ? c.earlier[c.earlier.length - 1]!.reading.contentFrom : c.s0,
      contentBefore: !atStart,
      verbToken,
      consumed: verbToken,
    };
  },
};
