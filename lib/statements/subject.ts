/**
 * The speaker's phrase: the noun phrase that stands where a subject stands, read by the grammar of
 * the clause whether or not the knowledge base knows the name (DESIGN.md, "Statements").
 *
 * `phraseAt` reads the phrase that begins at a token: a name (knowledge base or discovered, with
 * its title before it, in quotation marks, and every member of a joint subject), a bare title, an
 * institution of a state («الحكومة اليابانية»), the issuer of a document («بيان وزارة الخارجية»),
 * or an unnamed source. It says when no subject stands there (a preposition, أن, a pronoun, a
 * function word): the verb's subject is then the previous speaker.
 */
import type { TokenMention } from '../knowledge/matcher';
import { isNewsMedium } from '../knowledge/types';
import { countryOfNationality } from '../names/nationalities';
import { readTitle, type TitleRead } from './phrase';
import { Reader, W as WORD_CLASSES } from './reader';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

export interface Phrase {
  kind: 'name' | 'title' | 'unnamed';
  /** The tokens to point at: the name (without its title), the title, the unnamed source's words. */
  first: number;
  end: number;
  /** For a name: the mention's actor index (knowledge base or discovered). */
  entity: number;
  /** For a title (or a name given one here): the title read. */
  title?: TitleRead;
  /** A joint subject: every member, this one first. */
  members?: Phrase[];
  /** For a spokesperson's title («المتحدث باسم البيت الأبيض»): the body they speak for, which speaks when no holder is known. */
  body?: number;
  /** Where the whole phrase ends (title, name, apposition): content is looked for from here. */
  after: number;
}

/** No subject stands here: a preposition, أن, a pronoun or a function word comes first. */
export const NO_SUBJECT = 'none' as const;
/** A noun phrase stands here that is no name, title or source («الجميع», «السكان» after دعا, «ضرورة»). */
export const OTHER = 'other' as const;
export type PhraseReading = Phrase | typeof NO_SUBJECT | typeof OTHER;

export function isMedia(r: Reader, entity: number): boolean {
  const a = r.actors[entity];
  return a !== undefined && isNewsMedium(a);
}

/** How far an unnamed source's phrase may run. */
const MAX_UNNAMED = 6;

/** The knowledge base's index of the country with this ISO code (a state institution speaks for it). */
export type CountryIndex = (code: string) => number | undefined;

export class Phrases {
  constructor(
    private readonly r: Reader,
    private readonly countryOf: CountryIndex,
  ) {}

  /**
   * Is the phrase grammatically feminine: a state or a city, or a body whose head noun ends in ة
   * («الحكومة», «حركة حماس»)? People are left out: a name does not show its gender.
   */
  feminine(ph: Phrase, at = ph.first): boolean {
    const r = this.r;
    const noun = r.bare(at);
    // «بيان منظمة المؤتمر الإسلامي»: the head noun before the name is what agrees.
    if (at !== ph.first || ph.kind === 'unnamed') return noun.endsWith('ه') && noun.length > 3;
    if (ph.kind === 'title') return false;
    const type = r.actors[ph.entity]?.type;
    if (type === 'person') return false;
    return type === 'place' || (noun.endsWith('ه') && noun.length > 3);
  }

  /** Is the actor a news medium (an agency, a newspaper, a channel)? */
  isMediaEntity(entity: number): boolean {
    return isMedia(this.r, entity);
  }

  private name(m: TokenMention, title?: TitleRead): Phrase {
    return { kind: 'name', first: m.firstToken, end: m.endToken, entity: m.entity, title, after: m.endToken };
  }

  /** Is the mention an object or a genitive: after a preposition, «نظيره», «لقائه», a glued ب/ل/ك? */
  governed(m: TokenMention): boolean {
    if (m.preposition) return true;
    const p = m.firstToken - 1;
    if (p < 0) return false;
    if (this.r.has(W.PREPOSITION | W.GOVERNING, p)) return true;
    const w = this.r.bare(p);
    return w === 'ب' || w === 'ل' || w === 'ك';
  }

  /**
   * Reads the speaker's phrase at token p (up to `limit`). `afterPreposition`: the phrase is the
   * object of a preposition that names a source («عن X قوله», «على لسان X»): it may be governed.
   */
  phraseAt(p: number, limit: number, afterPreposition = false): PhraseReading {
    const r = this.r;
    if (p >= limit) return NO_SUBJECT;
    if (r.has(W.THAT, p) || r.isColon(p) || r.isPunct(p) || r.isBreak(p)) return NO_SUBJECT;
    if (r.isQuote(p)) {
      // «وقال "كيري"»: a quoted name; any other quotation opens the content.
      const m = r.mentionAt(p + 1);
      if (m && r.isQuote(m.endToken) && r.actorOf(m).type !== 'place') return this.joint(this.name(m), m.endToken + 1, limit);
      return NO_SUBJECT;
    }
    const m = r.mentionAt(p);
    if (m) {
      if (!afterPreposition && this.governed(m)) return NO_SUBJECT;
      const ph = this.name(m);
      return this.joint(this.withApposition(ph, limit), ph.after, limit);
    }
    if (r.has(W.HONORIFIC_PRONOUN, p)) return NO_SUBJECT;
    if (r.has(W.TITLE | W.HONORIFIC, p)) return this.titled(p, limit);
    if (r.has(W.INSTITUTION, p)) {
      const inst = this.institution(p, limit);
      if (inst) return inst;
      // «قالت الشرطة إنها ...»: an institution with no country named is an unnamed source.
      if (r.definite(p)) return this.unnamed(p, limit);
    }
    if (r.has(W.DOCUMENT, p)) {
      const issuer = this.issuer(p, limit);
      if (issuer) return issuer;
    }
    // «مكتب الرئيس الفرنسي», «مكتب رئيس الوزراء نوري المالكي»: an office speaks for whom it serves.
    if ((r.bare(p) === 'مكتب' || r.bare(p) === 'المكتب') && (r.has(W.TITLE, p + 1) || (r.mentionAt(p + 1) && r.actorOf(r.mentionAt(p + 1)!).type === 'person'))) {
      const inner = this.phraseAt(p + 1, limit);
      if (inner !== NO_SUBJECT && inner !== OTHER && inner.kind !== 'unnamed') return { ...inner, first: p, members: undefined };
    }
    if (r.has(W.UNNAMED, p)) return this.unnamed(p, limit);
    if (r.has(W.ORG_HEAD, p)) {
      // «وكالة الأناضول», «حركة "حماس"», «صحيفة يديعوت»: the head noun before a known name.
      let q = p + 1;
      if (r.isQuote(q)) q++;
      const org = r.mentionAt(q);
      if (org && r.actorOf(org).type !== 'person' && !org.preposition) return this.joint(this.name(org), r.isQuote(org.endToken) ? org.endToken + 1 : org.endToken, limit);
      const inst = this.institution(p, limit);
      if (inst) return inst;
      // «وزارة الصحة في غزة»: a body the knowledge base lacks speaks as an unnamed source, kept as text.
      if (q < limit && (r.definite(q) || r.isQuote(p + 1))) return this.unnamed(p, limit);
      return OTHER;
    }
    if (r.has(W.PREPOSITION | W.FUNCTION | W.WHAT | W.RELATIVE, p)) return NO_SUBJECT;
    const w = r.bare(p);
    if (/^(ب|ل|ك)/.test(w) && r.isArabic(p) && /^(بال|لل|كال)/.test(w)) return NO_SUBJECT;
    return OTHER;
  }

  /** A title, then the name it is given (if any): «وزير الخارجية الأمريكي كولن باول», «الوزير الفرنسي». */
  private titled(p: number, limit: number): PhraseReading {
    const r = this.r;
    const t = readTitle(r, p, limit);
    if (!t) return OTHER;
    let j = t.end;
    if (r.isComma(j) && r.mentionAt(j + 1) && r.actorOf(r.mentionAt(j + 1)!).type === 'person') j++;
    const quoted = r.isQuote(j) && r.opens(j);
    if (quoted) j++;
    const m = r.mentionAt(j);
    if (m && r.actorOf(m).type === 'person') {
      const ph = this.name(m, t);
      if (quoted && r.isQuote(ph.after)) ph.after++;
      return this.joint(this.withApposition(ph, limit), ph.after, limit);
    }
    // An honorific alone («الشيخ», «السيد») with no name after it says nothing about who speaks.
    if (t.honorific) return OTHER;
    const title: Phrase = { kind: 'title', first: t.start, end: t.end, entity: -1, title: t, after: t.end };
    // «المتحدث باسم البيت الأبيض»: the spokesperson speaks for the body.
    if (r.has(W.UNNAMED, p) && r.eq(p + 1, 'باسم')) {
      const body = r.mentionAt(p + 2);
      if (body && body.endToken <= t.end) title.body = body.entity;
    }
    return this.joint(title, t.end, limit);
  }

  /** «الحكومة اليابانية», «الشرطة العراقية», «القوات الأمريكية»: an institution of a state speaks for that state. */
  private institution(p: number, limit: number): Phrase | undefined {
    const r = this.r;
    let q = p + 1;
    // «وزارة الخارجية الروسية», «وزارة الاقتصاد الألمانية»: the ministry's name between the head and the nationality.
    if (q < limit && r.definite(q) && !countryOfNationality(r.bare(q)) && (r.has(W.INSTITUTION, q) || /^(وزاره|الوزاره|رئاسه|الرئاسه)$/.test(r.bare(p)))) q++;
    if (q >= limit) return undefined;
    const code = countryOfNationality(r.bare(q));
    if (!code || !r.definite(q)) return undefined;
    const entity = this.countryOf(code);
    if (entity === undefined) return undefined;
    return { kind: 'name', first: p, end: q + 1, entity, after: q + 1 };
  }

  /** «بيان وزارة الخارجية», «بيان لرئاسة الوزراء», «بيان صادر عن مكتب أولمرت»: the issuer speaks. */
  private issuer(p: number, limit: number): Phrase | undefined {
    const r = this.r;
    let q = p + 1;
    if (r.bare(q) === 'صادر' || r.bare(q) === 'الصادر') q += r.eq(q + 1, 'عن') || r.eq(q + 1, 'من') ? 2 : 1;
    if (q >= limit) return undefined;
    const m = r.mentionAt(q);
    if (!m || r.actorOf(m).type === 'place') return undefined;
    // A glued ل is the genitive of a document («بيان لرئاسة الوزراء»), not an addressee.
    return { kind: 'name', first: m.firstToken, end: m.endToken, entity: m.entity, after: m.endToken };
  }

  /** An unnamed source: «مسؤول أمريكي كبير», «مصادر مطلعة», «المتحدث باسم البيت الأبيض» with no name. */
  private unnamed(p: number, limit: number): PhraseReading {
    const r = this.r;
    let e = p + 1;
    const max = Math.min(limit, p + MAX_UNNAMED);
    // («مصدر مطلع لـ"الشرق الأوسط"»: a preposition written apart, one letter, ends the phrase.)
    while (e < max && r.isWord(e) && r.end(e) - r.start(e) > 1 && !r.has(W.THAT | W.VERB | W.PARTICIPLE | W.RELATIVE | W.TIME | W.FUNCTION, e) && !r.mentionAt(e)) {
      if (r.has(W.PREPOSITION, e) && !r.eq(e, 'في') && !r.eq(e, 'من')) break;
      // «ونشرت وسائل إعلام صورا للدمار»: an accusative («صوراً») or a glued preposition begins what follows the source.
      const w = r.bare(e);
      if (r.tanween(e) || (w.endsWith('ا') && w.length > 3 && !r.isQuote(e + 1)) || /^(لل|بال)/.test(w)) break;
      e++;
    }
    // «في الخارجية الإسرائيلية» inside the phrase: the body it belongs to is part of it.
    while (e < max && r.mentionAt(e) && r.has(W.PREPOSITION, e - 1)) e = r.mentionAt(e)!.endToken;
    // («الوزارة في بيانها»: a preposition left at the end belongs to what follows.)
    while (e - 1 > p && r.has(W.PREPOSITION, e - 1)) e--;
    // A person named in apposition speaks: «مسؤول في الحزب، أسامة حمدان،».
    let a = e;
    if (r.isComma(a)) a++;
    const m = r.mentionAt(a);
    if (m && r.actorOf(m).type === 'person' && (a > e || this.r.has(W.TITLE, p))) return this.joint(this.name(m), m.endToken, limit);
    return { kind: 'unnamed', first: p, end: e, entity: -1, after: e };
  }

  /** «X، وزير الخارجية الروسي،» after a name: the apposition is skipped. */
  private withApposition(ph: Phrase, limit: number): Phrase {
    const r = this.r;
    let j = ph.after;
    const comma = r.isComma(j);
    if (comma) j++;
    if (!r.has(W.TITLE, j) || r.actorOf(r.mentionAt(ph.first)!).type !== 'person') return ph;
    const t = readTitle(r, j, limit);
    if (!t) return ph;
    let after = t.end;
    if (comma && r.isComma(after)) after++;
    else if (comma) return ph; // an opened apposition that does not close is something else
    return { ...ph, after };
  }

  /** «قال بوش وبلير», «شدد الرئيس الأمريكي جورج بوش ورئيس الوزراء البريطاني توني بلير»: every member speaks. */
  private joint(first: PhraseReading, after: number, limit: number): PhraseReading {
    if (first === NO_SUBJECT || first === OTHER || first.kind !== 'name') return first;
    const r = this.r;
    const members: Phrase[] = [first];
    let j = after;
    for (let guard = 0; guard < 4 && j < limit; guard++) {
      let k = j;
      while (r.isQuote(k)) k++;
      if (r.eq(k, 'و')) k++;
      else if (!r.hasConjunction(k)) break;
      while (r.isQuote(k)) k++;
      const m = r.mentionAt(k);
      let next: Phrase | undefined;
      // Places speak together with places («قالت فرنسا وبريطانيا»), people and bodies with each other.
      const firstIsPlace = r.actors[first.entity]?.type === 'place';
      if (m && !m.preposition && (r.actorOf(m).type === 'place') === firstIsPlace) next = this.name(m);
      else if (r.has(W.TITLE, k)) {
        const t = readTitle(r, k, limit);
        const n = t ? r.mentionAt(t.end) : undefined;
        if (t && n && r.actorOf(n).type === 'person') next = this.name(n, t);
      }
      if (!next) break;
      members.push(next);
      j = next.after;
    }
    if (members.length === 1) return { ...first, after: Math.max(first.after, after) };
    return { ...first, members, after: j };
  }
}
