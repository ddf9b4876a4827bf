/** «شويغو: ...», «وزير الخارجية الروسي: ...»: a headline names its speaker, then a colon. */
import type { Rule } from './types';

export const headline: Rule = {
  name: 'headline',
  kinds: ['headline'],
  read(c, t) {
    const ph = c.phrases.phraseAt(t.token, c.s1);
    if (typeof ph === 'string' || ph.kind !== 'name') return undefined;
    const a = c.r.actors[ph.entity];
    // «القاهرة:», «رويترز:» are datelines and credits, not speakers.
    if (!a || a.type === 'place' || (a.type === 'organization' && c.phrases.isMediaEntity(ph.entity))) return undefined;
    if (!c.r.isColon(ph.after)) return undefined;
    return { rule: 'headline', subject: ph, contentFrom: ph.after + 1, verbToken: ph.after };
  },
};
