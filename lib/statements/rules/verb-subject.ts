/**
 * The subject after the verb (Arabic's usual order): «وقال وزير الخارجية الأمريكي كولن باول إن»,
 * «وأكدت مصادر مطلعة أن», «قال بوش وبلير», «وقال "كيري"». Time words between are skipped. A
 * medium that quotes a source names that source as the speaker: «وذكرت الصحيفة نقلا عن مسؤول».
 */
import { MASCULINE_SINGULAR_FORMS } from '../verbs';
import { NO_SUBJECT, OTHER } from '../subject';
import { pastAdverbials } from './common';
import type { Rule, RuleContext } from './types';

export const verbSubject: Rule = {
  name: 'verb-subject',
  kinds: ['verb'],
  read(c, t) {
    const { r } = c;
    const p = pastAdverbials(r, t.token + 1, c.limit);
    const ph = c.phrases.phraseAt(p, c.limit);
    if (ph === NO_SUBJECT || ph === OTHER) return undefined;
    // «وطالب الحكومة الإسرائيلية بـ ...»: a masculine verb does not take a feminine subject right
    // after it (a state, a body whose noun is feminine): that is its object.
    if (MASCULINE_SINGULAR_FORMS.has(t.word) && p === t.token + 1 && c.phrases.feminine(ph, p)) return undefined;
    if (ph.kind === 'name' && c.phrases.isMediaEntity(ph.entity)) {
      for (let k = ph.after; k < Math.min(c.limit, ph.after + 4); k++) {
        if (!r.eq(k, 'نقلا') || !r.eq(k + 1, 'عن')) continue;
        const source = c.phrases.phraseAt(k + 2, c.limit);
        if (source !== NO_SUBJECT && source !== OTHER) return { rule: 'verb-subject', subject: source, contentFrom: source.after };
      }
    }
    // «"لن نتراجع"، قال الرئيس»: the quotation before the verb is what was said.
    const quoteStart = quotationBefore(c, t.token);
    if (quoteStart >= 0) return { rule: 'verb-subject', subject: ph, contentFrom: quoteStart, contentBefore: true };
    return { rule: 'verb-subject', subject: ph, contentFrom: ph.after };
  },
};

/** Where the quotation that ends right before the verb (a comma between) opens, or -1. */
function quotationBefore(c: RuleContext, v: number): number {
  const { r } = c;
  let q = v - 1;
  if (r.isComma(q)) q--;
  if (!r.isQuote(q) || r.opens(q)) return -1;
  for (let k = q - 1; k >= c.s0; k--) if (r.isQuote(k)) return r.opens(k) && k < q - 2 ? k : -1;
  return -1;
}
