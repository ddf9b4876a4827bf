/**
 * A trigger with no subject of its own goes on with the previous speaker: «وأضاف أن», «وتابع:»,
 * «..., مشيرا إلى أن», «وأكد سموه». Only a verb with no subject continues: what stands after it is
 * a preposition, أن, a colon, a quotation, a function word, or its object followed by the
 * verb's complement («ودعا الجميع إلى»).
 */
import { lemmaOf, MASCULINE_SINGULAR_FORMS } from '../verbs';
import { W as WORD_CLASSES } from '../reader';
import { NO_SUBJECT, OTHER } from '../subject';
import { clauseStart, pastAdverbials } from './common';
import type { Rule } from './types';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

/** Verbs whose object may stand right after them, before their complement («دعا الجميع إلى», «حث السكان على»). */
const OBJECT_THEN_COMPLEMENT: ReadonlyMap<string, readonly string[]> = new Map([
  ['دعا', ['الي', 'ل']],
  ['طالب', ['ب']],
  ['حث', ['علي']],
  ['ناشد', ['ب', 'الي']],
  ['حذر', ['من']],
  ['اتهم', ['ب']],
  ['ابلغ', ['ان', 'انه', 'بان']],
]);

export const continuation: Rule = {
  name: 'continuation',
  kinds: ['verb', 'participle'],
  read(c, t) {
    const { r } = c;
    if (t.kind === 'participle') {
      if (clauseStart(r, t.token, c.s0) || r.hasConjunction(t.token)) return { rule: 'continuation', continues: true, contentFrom: t.token + 1 };
      // «وعلق المتحدث العسكري دانيال هاغاري قائلا إن»: right after a person, the participle tells how
      // that person spoke (the verb before is one the lexicon does not list).
      const m = r.mentionOver(t.token - 1);
      if (m && m.endToken === t.token && r.actorOf(m).type === 'person' && !c.phrases.governed(m)) {
        return { rule: 'continuation', subject: { kind: 'name', first: m.firstToken, end: m.endToken, entity: m.entity, after: t.token + 1 }, contentFrom: t.token + 1 };
      }
      // Elsewhere a reporting participle («..., معتبرة أنها تدخل») tells how the clause's subject spoke.
      return { rule: 'continuation', continues: true, contentFrom: t.token + 1 };
    }
    const p = pastAdverbials(r, t.token + 1, c.limit);
    if (r.has(W.HONORIFIC_PRONOUN, p)) return { rule: 'continuation', continues: true, contentFrom: p + 1 };
    const ph = c.phrases.phraseAt(p, c.limit);
    if (ph === NO_SUBJECT) return { rule: 'continuation', continues: true, contentFrom: p };
    // «وطالب الحكومة الإسرائيلية بحماية ...»: a feminine noun after a masculine verb is its object.
    if (ph !== OTHER) return MASCULINE_SINGULAR_FORMS.has(t.word) && p === t.token + 1 && c.phrases.feminine(ph, p) ? { rule: 'continuation', continues: true, contentFrom: p } : undefined;
    // An object, then the verb's complement: «ودعا الجميع إلى ...».
    const complements = OBJECT_THEN_COMPLEMENT.get(lemmaOf(t.word) ?? '');
    // Only a common noun is read as the object: an unknown word may be the subject's name («دعا شيراك المدن إلى»).
    if (!complements || !r.definite(p)) return undefined;
    for (let k = p + 1; k < Math.min(c.limit, p + 4); k++) {
      const w = r.bare(k);
      if (complements.some((x) => w === x || (x.length === 1 && w.startsWith(x) && w.length > 3))) return { rule: 'continuation', continues: true, contentFrom: k };
      if (!r.isArabic(k)) break;
    }
    return undefined;
  },
};
