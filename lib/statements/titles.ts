/**
 * Titles and who holds them. A title read in the text («وزير الخارجية الأمريكي», «الأمين العام
 * للأمم المتحدة») is reduced to a key: its head noun (feminine folded, synonyms merged: العاهل →
 * ملك), its complement (the ministry, the body), and its country (a nationality adjective or a
 * country's name). Two sources give a bare title its holder:
 * - the article: the title given to a person earlier («وزير الدفاع الفرنسي جان إيف لودريان» ...
 *   «ونفى الوزير الفرنسي»);
 * - the knowledge base's dated roles: whoever held that role on the article's date.
 */
import { normalize } from '../arabic/normalize';
import { tokenize } from '../arabic/tokenize';
import { matchTokens, type Gazetteer, type TokenMention } from '../knowledge/matcher';
import { countryOfNationality, nationalityStem } from '../names/nationalities';
import { readTitle, type TitleRead } from './phrase';
import { Reader, W as WORD_CLASSES } from './reader';

/** The word classes, bound once here: hot loops read them on every token. */
const W = WORD_CLASSES;

export interface TitleKey {
  head: string;
  /** The words after the head, without articles and prepositions, in order: «خارجيه», «امين عام امم متحده». */
  complement: string;
  /** ISO code of the country the title belongs to, when it names one. */
  country: string;
  /** «السابق»: a former holder, never resolved by date. */
  former: boolean;
}

const HEAD_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['عاهل', 'ملك'],
  ['ناطق', 'متحدث'],
]);
const COMPLEMENT_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['حكومه', 'وزراء'],
  ['جيوش', 'دفاع'],
]);
/** Words of a title that say nothing of which office it is. */
const NOISE = new Set([
  'باسم', 'لدي', 'في', 'الي', 'عن', 'من', 'حاليا', 'الحالي', 'الحاليه', 'الجديد', 'الجديده', 'المنتخب', 'المنتخبه',
  // «المرشد الأعلى الإيراني» is «المرشد الإيراني»; «رئيس السلطة الفلسطينية» is «الرئيس الفلسطيني».
  'الاعلي', 'السلطه', 'وزاره',
]);
const FORMER = new Set(['السابق', 'السابقه', 'الاسبق', 'الاسبقه', 'سابق']);

/** Strips the article, a glued ل/ب, and the feminine: «للأمم» → امم, «الوزيرة» → وزير. */
function stem(w: string): string {
  let s = w;
  if (s.startsWith('لل')) s = s.slice(2);
  else if ((s.startsWith('بال') || s.startsWith('لال')) && s.length > 4) s = s.slice(3);
  else if (s.startsWith('ال') && s.length > 3) s = s.slice(2);
  return s;
}
function headOf(w: string): string {
  let h = stem(w);
  if (h.endsWith('ه') && h.length > 3) h = h.slice(0, -1);
  return HEAD_SYNONYMS.get(h) ?? h;
}

/** The key of a title read at `t` (mentions inside it give its country or body). */
export function titleKeyOf(r: Reader, t: TitleRead): TitleKey {
  const head = headOf(r.bare(t.head));
  let country = '';
  let former = false;
  const parts: string[] = [];
  for (let k = t.head + 1; k < t.end; k++) {
    if (!r.isWord(k)) continue;
    const m = r.mentionAt(k);
    // A national body is read word by word («الحكومة اللبنانية» as حكومة + Lebanon), so that
    // «رئيس الحكومة اللبنانية» is «رئيس الوزراء اللبناني»; an international one by its id.
    if (m && !(r.actorOf(m).type === 'organization' && r.actorOf(m).country)) {
      const a = r.actorOf(m);
      if (a.type === 'place' && a.kind === 'country' && a.country) country ||= a.country;
      else parts.push(a.id);
      k = m.endToken - 1;
      continue;
    }
    const w = r.bare(k);
    if (FORMER.has(w)) {
      former = true;
      continue;
    }
    if (NOISE.has(w) || r.has(W.HONORIFIC, k)) continue;
    const c = countryOfNationality(w);
    if (c) {
      country ||= c;
      continue;
    }
    const s = stem(w);
    parts.push(COMPLEMENT_SYNONYMS.get(s) ?? (nationalityStem(w) ?? s));
  }
  // «خادم الحرمين الشريفين» is the Saudi king's title: whoever is king on the article's date.
  if (head === 'خادم' && parts.join(' ') === CUSTODIAN) return { head: 'ملك', complement: '', country: 'SA', former };
  return { head, complement: parts.join(' '), country, former };
}

const CUSTODIAN = 'حرمين شريفين';

export const keyString = (k: TitleKey): string => `${k.head}|${k.complement}|${k.country}`;

/** Could a bare title with key `bare` be a shortened form of `given`? («الوزير الفرنسي» of «وزير الدفاع الفرنسي»). */
function shortens(bare: TitleKey, given: TitleKey): boolean {
  if (bare.head !== given.head || bare.country !== given.country) return false;
  if (bare.complement === given.complement) return true;
  // A minister may be called by his head and country only; a head of government is not a head of state.
  return bare.complement === '' && bare.country !== '' && bare.head === 'وزير';
}

interface Given {
  key: TitleKey;
  entity: number;
  token: number;
}

/** The titles an article gives to the people it names, in text order, by head noun. */
export class ArticleTitles {
  private readonly byHead = new Map<string, Given[]>();

  /** Titles are added in text order. */
  add(key: TitleKey, entity: number, token: number): void {
    const list = this.byHead.get(key.head);
    if (list) list.push({ key, entity, token });
    else this.byHead.set(key.head, [{ key, entity, token }]);
  }

  /**
   * The person a bare title at token `at` points back to: the last one given a title it shortens.
   * A title with neither a country nor a complement («الملك», «الرئيس») resolves only when the
   * article has given that head to one person alone.
   */
  resolve(key: TitleKey, at: number): number | undefined {
    const list = this.byHead.get(key.head);
    if (!list) return undefined;
    const before = countBefore(list, at);
    if (key.complement === '' && key.country === '') {
      let holder: number | undefined;
      for (let k = 0; k < before; k++) {
        if (holder !== undefined && list[k]!.entity !== holder) return undefined;
        holder = list[k]!.entity;
      }
      return holder;
    }
    for (let k = before - 1; k >= 0; k--) if (shortens(key, list[k]!.key)) return list[k]!.entity;
    return undefined;
  }
}

/** How many of the (text-ordered) titles stand before token `at`. */
function countBefore(list: readonly Given[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.token < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Holder {
  entity: number;
  from: string;
  to: string;
}

const roleIndexes = new WeakMap<Gazetteer, Map<string, Holder[]>>();

/** The knowledge base's dated roles, by title key (built once per knowledge base). */
function roleIndex(g: Gazetteer): Map<string, Holder[]> {
  let index = roleIndexes.get(g);
  if (index) return index;
  index = new Map();
  g.entities.forEach((e, entity) => {
    for (const role of e.roles ?? []) {
      if (!role.ar || role.from === undefined) continue;
      const tokens = tokenize(normalize(role.ar));
      const r = new Reader(tokens);
      r.setMentions(matchTokens(g, tokens) as TokenMention[], g.entities);
      const t = readTitle(r, 0, tokens.count);
      if (!t) continue;
      const key = titleKeyOf(r, t);
      const from = role.fromDate ?? `${role.from}`;
      const to = role.toDate ?? (role.to === undefined ? '9999' : `${role.to}`);
      const k = keyString(key);
      const list = index.get(k) ?? [];
      list.push({ entity, from: startOf(from), to: endOf(to) });
      index.set(k, list);
    }
  });
  roleIndexes.set(g, index);
  return index;
}

/** A year or a month or a day as the first day it covers, and as the last. */
const startOf = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const endOf = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/**
 * Who held the title on `date` (YYYY-MM-DD), by the knowledge base's dated roles: the one holder
 * whose term covers the day, or undefined (no holder known, or two in a year of change whose
 * exact dates the knowledge base lacks).
 */
export function holderOn(g: Gazetteer, key: TitleKey, date: string): number | undefined {
  if (key.former || (key.country === '' && key.complement === '')) return undefined;
  const holders = roleIndex(g).get(keyString(key)) ?? roleIndex(g).get(keyString({ ...key, head: key.head }));
  if (!holders) return undefined;
  const day = date.slice(0, 10);
  const on = new Set(holders.filter((h) => h.from <= day && day <= h.to).map((h) => h.entity));
  return on.size === 1 ? [...on][0] : undefined;
}
