/**
 * «... لقاء مع أنان الذي قال إنه ...», «رايس التي قالت إن ...»: a verb right after a relative
 * pronoun reports the speech of what the pronoun points back to — unless the verb has a subject
 * of its own after it («التي تقول إسرائيل إنها ...»).
 */
import { W as WORD_CLASSES } from '../reader';
import { NO_SUBJECT, OTHER } from '../subject';
import { pastAdverbials } from './common';
import type { Rule } from './types';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

export const relative: Rule = {
  name: 'relative',
  kinds: ['verb'],
  read(c, t) {
    const { r } = c;
    let p = t.token - 1;
    if (r.bare(p) === 'قد') p--;
    if (!r.has(W.RELATIVE, p)) return undefined;
    const own = c.phrases.phraseAt(pastAdverbials(r, t.token + 1, c.limit), c.limit);
    if (own !== NO_SUBJECT && own !== OTHER && own.kind === 'name') return { rule: 'relative', subject: own, contentFrom: own.after };
    // The antecedent: the name just before the pronoun (a comma may stand between).
    let a = p - 1;
    if (r.isComma(a)) a--;
    const m = r.mentionOver(a);
    if (!m || m.endToken !== a + 1 || r.actorOf(m).type === 'place') return undefined;
    // «X، عضو المجلس الحاكم للبنك المركزي الأوروبي الذي صرح»: a body inside a person's title is not what the pronoun points to.
    if (r.actorOf(m).type !== 'person' && m.preposition) return undefined;
    return { rule: 'relative', subject: { kind: 'name', first: m.firstToken, end: m.endToken, entity: m.entity, after: m.endToken }, contentFrom: t.token + 1 };
  },
};
