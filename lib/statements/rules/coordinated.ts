/**
 * «دانت الصين ... وطالبت إسرائيل بتقديم اعتذار»: a verb joined by و to an earlier report of the
 * same sentence, with no content clause between, shares that report's subject; a place or body
 * right after it, followed by the verb's own preposition (طالب بـ، دعا إلى، حث على، اتهم بـ), is
 * its object, the one called on or accused.
 */
import { lemmaOf } from '../verbs';
import { W as WORD_CLASSES } from '../reader';
import { NO_SUBJECT, OTHER } from '../subject';
import type { Rule } from './types';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

/** The preposition each verb takes its addressee's demand with: a glued ب is written as 'ب'. */
const ADDRESSEE_PREPOSITION: ReadonlyMap<string, string> = new Map([
  ['طالب', 'ب'],
  ['اتهم', 'ب'],
  ['دعا', 'الي'],
  ['حث', 'علي'],
  ['ناشد', 'ب'],
]);

export const coordinated: Rule = {
  name: 'coordinated',
  kinds: ['verb'],
  read(c, t) {
    const { r } = c;
    const prep = ADDRESSEE_PREPOSITION.get(lemmaOf(t.word) ?? '');
    if (!prep || !r.hasConjunction(t.token)) return undefined;
    const before = c.earlier[c.earlier.length - 1];
    if (!before?.reading.subject && !before?.reading.continues) return undefined;
    for (let k = before.trigger.token + 1; k < t.token; k++) if (r.has(W.THAT, k) || r.isColon(k)) return undefined;
    const ph = c.phrases.phraseAt(t.token + 1, c.limit);
    if (ph === NO_SUBJECT || ph === OTHER || ph.kind !== 'name' || r.actors[ph.entity]?.type === 'person') return undefined;
    const next = r.bare(ph.after);
    const takes = prep === 'ب' ? next.startsWith('ب') && next.length > 3 : next === prep;
    if (!takes) return undefined;
    return { rule: 'coordinated', continues: true, contentFrom: ph.after };
  },
};
