/**
 * The compiled matcher: every name and alias of the knowledge base in one token trie, matched in
 * one pass over the text, longest match first (DESIGN.md, "Matching Arabic names").
 */
import { stems, withoutConjunction } from '../arabic/clitics';
import { normalize } from '../arabic/normalize';
import { nameTokens, tokenText, TokenKind, type Tokens } from '../arabic/tokenize';
import { isStopword } from './stoplist';
import type { EntityRecord } from './types';
import { WordFilter } from '../arabic/word-filter';
import { formsOf } from './validate';
import { GIVEN_NAMES } from '../names/given-names';
import { countryOfNationality, isNationality } from '../names/nationalities';
import { REPORTING_VERB_FORMS } from '../statements/verbs';

/** Token kinds, bound once: the matcher tests them on every token. */
const ARABIC = TokenKind.Arabic;
const LATIN = TokenKind.Latin;
const QUOTE = TokenKind.Quote;
const BREAK = TokenKind.Break;

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  /** Index into `Gazetteer.entities`, or -1 for none. */
  entity: number;
  /** The form ending here needs context (contextAliases). */
  context: boolean;
}

export interface Gazetteer {
  readonly entities: readonly EntityRecord[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly root: ReadonlyMap<string, TrieNode>;
  /** The first words of all names: most text words are turned away without being sliced. */
  readonly firstWords: WordFilter;
  /** How many forms were compiled. */
  readonly formCount: number;
}

/** A match in token space. `start`/`end` are offsets in the tokenized (normalised) text. */
export interface TokenMention {
  entity: number;
  firstToken: number;
  /** One past the last token. */
  endToken: number;
  start: number;
  end: number;
  /** The first token carried a preposition (ب ل ك): this mention is never a subject. */
  preposition: boolean;
  /** Found by the in-article surname rule rather than the knowledge base. */
  bySurname: boolean;
  /**
   * Written as a description rather than a name: an institution's kind and whose it is («الجيش
   * الإسرائيلي», «وزارة الخارجية الروسية», «قوات الاحتلال»). It still tells who speaks; it is not
   * highlighted as a name.
   */
  descriptive?: boolean;
}

function newNode(): TrieNode {
  return { next: undefined, entity: -1, context: false };
}

/**
 * Compiles entities into a matcher. A later entity's form replaces an earlier one's, so the
 * user's own entities, compiled after the built-in ones, win.
 */
export function compileGazetteer(entities: readonly EntityRecord[]): Gazetteer {
  const root = new Map<string, TrieNode>();
  const indexOf = new Map<string, number>();
  let formCount = 0;
  entities.forEach((e, index) => {
    indexOf.set(e.id, index);
    for (const { form, context } of formsOf(e)) {
      const words = nameTokens(normalize(form));
      if (words.length === 0) continue;
      if (words.length === 1 && isStopword(words[0]!)) continue;
      let level: Map<string, TrieNode> = root;
      let node: TrieNode | undefined;
      for (const w of words) {
        node = level.get(w);
        if (!node) {
          node = newNode();
          level.set(w, node);
        }
        node.next ??= new Map();
        level = node.next;
      }
      if (node) {
        node.entity = index;
        node.context = context;
        formCount++;
      }
    }
  });
  const firstWords = new WordFilter();
  for (const w of root.keys()) firstWords.add(w);
  return { entities, indexOf, root, formCount, firstWords };
}

/** A word list as the matcher compares it: each word normalised (so «على», «لدى» meet the text's «علي», «لدي»). */
function wordList(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter(Boolean).map((w) => normalize(w)));
}

/** Words after which a place-only-in-context form is read as the place. */
export const PLACE_CUES = wordList(`
  في من إلى عن على نحو حول قرب داخل خارج عبر لدى بين ضد تجاه باتجاه حتى مدينة بلدة قرية محافظة ريف منطقة
  ناحية قضاء إقليم ولاية جزيرة شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط عاصمة حدود مخيم معبر`);

/** Words after which a person-only-in-context form is read as the person. */
export const PERSON_CUES = wordList(`
  الرئيس الملك الأمير الشيخ السيد السيدة الوزير الوزيرة الجنرال اللواء العميد العقيد الفريق المشير
  الزعيم القائد المرشد الإمام رئيس زعيم قائد`);

/**
 * Head nouns that make a place's name part of a longer proper name: «جامعة دمشق», «مطار بيروت
 * الدولي», «صحيفة الرياض», «ريال مدريد», «نيو مكسيكو», «جنات عدن». The longer name is matched when
 * the knowledge base has it (it starts earlier, and the longest match wins); otherwise the place
 * inside it is not highlighted: it names something else.
 */
export const NAME_HEADS = wordList(`
  جامعة جامعات مطار ميناء مرفأ مستشفى ملعب استاد نادي فندق شارع جسر بنك مصرف معهد كلية أكاديمية
  متحف مدرسة سجن صحيفة جريدة مجلة قناة إذاعة تلفزيون وكالة موقع مهرجان معرض مؤتمر اتفاق اتفاقية
  إعلان معاهدة بروتوكول مسار منتدى مجموعة شركة مصنع ريال دينامو بايرن سبورتنغ سبورتينغ أولمبيك نيو جنات جنة`);

/** Honorifics before a person's name: a place's name after one is a person's («السيدة آسيا»). */
const HONORIFICS = wordList('السيد السيدة الآنسة الشيخ الشيخة الأمير الأميرة الملك الملكة الإمام الدكتور الدكتورة الحاج الحاجة');

/** Words after a place's name that make it a longer proper name: «مانشستر يونايتد», «مانشستر سيتي». */
export const NAME_TAILS = wordList('يونايتد سيتي');

/** Words that start a person's lineage or family inside a name: «بن», «بنت», «آل». */
const LINEAGE = wordList('بن ابن بنت ابنة');
/** «آل» (family) as a word of its own: after normalisation «ال». */
const FAMILY = 'ال';

/**
 * Words before a name that describe it rather than name it: a person's title («الملك عبد الله
 * الثاني»), an organisation's or a place's kind («حركة حماس», «قطاع غزة», «دولة قطر»). When what
 * follows is a form of the same entity on its own, the highlight covers only the name.
 */
export const DESCRIPTOR_HEADS = wordList(`
  الملك الملكة الأمير الأميرة الشيخ الشيخة السلطان الرئيس الرئيسة السيد السيدة الإمام المشير الجنرال
  الدكتور الدكتورة العاهل الزعيم
  حركة صحيفة جريدة مجلة وكالة قناة إذاعة جماعة تنظيم قطاع دولة إمارة مملكة جمهورية سلطنة مدينة
  بلدة قرية محافظة إقليم ولاية جزيرة منطقة`);

/**
 * Place nouns that head a place's name in the construct state («مدينة مشهد», «ولاية كاليفورنيا»):
 * the highlight covers the name after them even when that name alone is not a form in the
 * knowledge base (the noun says what kind of place it is; the name is what follows).
 */
const PLACE_HEADS = wordList('مدينة بلدة قرية محافظة إقليم ولاية دولة إمارة مملكة سلطنة');

/**
 * What a description of a state institution begins with: its kind («الجيش», «الحكومة», «وزارة
 * الخارجية» — «وزارة» with any ministry —, «مجلس النواب»). With a country's nationality adjective
 * after it («الجيش اللبناني») or the occupation («جيش الاحتلال»), the phrase describes the
 * institution; names proper («الكونغرس الأمريكي», «الحرس الثوري الإيراني», «الجيش الوطني السوري»)
 * begin otherwise.
 */
const INSTITUTION_KINDS = wordList(`
  جيش حكومة خارجية داخلية دفاع رئاسة برلمان شرطة سلطات مخابرات استخبارات قوات بحرية وزارة`);
const INSTITUTION_PAIRS = new Set(
  ['القوات المسلحة', 'سلاح الجو', 'القوات الجوية', 'مجلس النواب', 'مجلس الشيوخ', 'مجلس الوزراء', 'المحكمة العليا', 'قوات الأمن', 'أجهزة الأمن'].map(
    (p) => normalize(p).replace(/^ال/, '').replace(/ ال/g, ' '),
  ),
);
const OCCUPATION = normalize('الاحتلال');

/** Is an organisation's mention a description of a state institution (see `descriptive`)? */
function isDescription(t: Tokens, m: TokenMention): boolean {
  if (m.endToken - m.firstToken < 2) return false;
  const firstForms = bareForms(tokenText(t, m.firstToken));
  // «دول مجلس التعاون»: the member states, described by their organisation.
  if (firstForms.includes('دول')) return true;
  // Whose it is, last: a nationality or the occupation (both with the article).
  const lastToken = m.endToken - 1;
  if (t.kind[lastToken] !== ARABIC || !t.text.startsWith('ال', t.start[lastToken]!)) return false;
  const last = tokenText(t, lastToken);
  if (countryOfNationality(last) === undefined && last !== OCCUPATION) return false;
  let kindWords = 0;
  let second = '';
  for (let k = m.firstToken; k < lastToken; k++) {
    if (t.kind[k] !== ARABIC) continue;
    if (++kindWords === 2) second = tokenText(t, k);
  }
  const isKind = (f: string) => INSTITUTION_KINDS.has(f);
  if (kindWords === 1) return firstForms.some(isKind);
  if (kindWords === 2) {
    // «وزارة الخارجية», «القوات المسلحة», «قوات الاحتلال الإسرائيلي»
    if (firstForms.includes('وزاره')) return true;
    if (second === OCCUPATION) return firstForms.some(isKind);
    const pair = second.startsWith('ال') ? second.slice(2) : second;
    for (const f of firstForms) if (INSTITUTION_PAIRS.has(`${f} ${pair}`)) return true;
  }
  return false;
}

/** A word and its stems without proclitics, each without the article: «وللجيش» → «جيش». */
function bareForms(word: string): string[] {
  const out = [word.startsWith('ال') ? word.slice(2) : word];
  if (isProclitic(word.charCodeAt(0))) for (const x of stems(word)) out.push(x.stem.startsWith('ال') ? x.stem.slice(2) : x.stem);
  return out;
}

/** Directions that, with a country's nationality adjective, describe a region: «الجنوب اللبناني». */
const DIRECTIONS = wordList('الجنوب الشمال الشرق الغرب الوسط');
/** Kinds of state or land that, with an adjective, describe a place: «المملكة المغربية», «القارة الأفريقية». */
const PLACE_KINDS = wordList('الجمهورية المملكة الدولة الإمارة السلطنة القارة الكيان');
const ZIONIST = normalize('الصهيوني');

/**
 * A place described rather than named: its direction, or its kind of state or land, and an
 * adjective saying whose it is («الجنوب اللبناني», «الشمال السوري», «المملكة المغربية», «القارة
 * الأفريقية», «الكيان الصهيوني»). The knowledge base may know the place; written so, it is not a
 * name to highlight. Longer official names («المملكة العربية السعودية») are names.
 */
function isPlaceDescription(t: Tokens, m: TokenMention): boolean {
  if (m.endToken - m.firstToken !== 2 || t.kind[m.firstToken] !== ARABIC || t.kind[m.firstToken + 1] !== ARABIC) return false;
  if (!t.text.startsWith('ال', t.start[m.firstToken + 1]!)) return false;
  const forms = bareForms(tokenText(t, m.firstToken));
  const adjective = tokenText(t, m.firstToken + 1);
  for (const f of forms) {
    if (DIRECTIONS.has('ال' + f)) return countryOfNationality(adjective) !== undefined;
    if (PLACE_KINDS.has('ال' + f)) return isNationality(adjective) || adjective === ZIONIST;
  }
  return false;
}

/**
 * An agency's initials spelled out («أ ف ب», «د ب أ»): the credit line of a wire story. It still
 * tells who relayed what; as a highlight it is page furniture.
 */
function isCreditLine(g: Gazetteer, t: Tokens, m: TokenMention): boolean {
  const kind = g.entities[m.entity]?.kind;
  if (kind !== 'agency' && kind !== 'media') return false;
  let letters = 0;
  for (let k = m.firstToken; k < m.endToken; k++) {
    if (t.kind[k] === QUOTE) continue;
    if (t.kind[k] !== ARABIC || t.end[k]! - t.start[k]! > 1) return false;
    letters++;
  }
  return letters >= 2;
}

/** Epithets after a place's or a person's name: «مكة المكرمة», «القدس الشريف». */
const EPITHETS = wordList('المكرمة المنورة الشريف المقدسة');

function previousWord(t: Tokens, i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const kind = t.kind[k];
    if (kind === QUOTE) continue;
    if (kind === ARABIC || kind === LATIN) return tokenText(t, k);
    return undefined;
  }
  return undefined;
}

/** The word at token k without a conjunction, and its other stems: what a cue list is checked with. */
function wordForms(t: Tokens, k: number): string[] {
  const w = tokenText(t, k);
  return [w, withoutConjunction(w), ...stems(w).map((x) => x.stem)];
}

/**
 * Is the Arabic word just before token i (quotation marks skipped), or that word without its
 * proclitics, in one of the lists? The stems are only worked out when the word may have some.
 */
function wordBeforeIn(t: Tokens, i: number, a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let k = i - 1;
  while (k >= 0 && t.kind[k] === QUOTE) k--;
  // (No word of the lists is longer than twelve letters with its proclitics.)
  if (k < 0 || t.kind[k] !== ARABIC || t.end[k]! - t.start[k]! > 12) return false;
  const w = tokenText(t, k);
  if (a.has(w) || b.has(w)) return true;
  if (!isProclitic(w.charCodeAt(0))) return false;
  for (const f of wordForms(t, k)) if (a.has(f) || b.has(f)) return true;
  return false;
}

/** Follows the trie over tokens [from, to) exactly; the node reached, or undefined. */
function nodeOver(g: Gazetteer, t: Tokens, from: number, to: number): TrieNode | undefined {
  let level: ReadonlyMap<string, TrieNode> | undefined = g.root;
  let node: TrieNode | undefined;
  for (let k = from; k < to; k++) {
    if (t.kind[k] === QUOTE) continue;
    node = level?.get(tokenText(t, k));
    if (!node) return undefined;
    level = node.next;
  }
  return node;
}

/** Do tokens [from, to) spell, on their own, a form of `entity`? */
function isFormOf(g: Gazetteer, t: Tokens, from: number, to: number, entity: number): boolean {
  return from < to && nodeOver(g, t, from, to)?.entity === entity;
}

/**
 * Is a place found at token i part of a longer proper name it does not denote on its own: after a
 * head noun of such a name («جامعة دمشق», «صحيفة الرياض»), before a tail («مانشستر يونايتد»),
 * before a lineage («آسيا بنت مزاحم»: a person), or after an honorific («السيدة آسيا»)?
 */
function insideLongerName(t: Tokens, m: TokenMention): boolean {
  // An outlet named after a place, in quotation marks after «لـ»: لـ«المدينة».
  const quoted = m.firstToken > 0 && t.kind[m.firstToken - 1] === QUOTE && m.endToken < t.count && t.kind[m.endToken] === QUOTE;
  if (quoted && m.firstToken > 1 && t.kind[m.firstToken - 2] === ARABIC && tokenText(t, m.firstToken - 2) === 'ل') return true;
  if (m.start === t.start[m.firstToken]) {
    if (wordBeforeIn(t, m.firstToken, NAME_HEADS, HONORIFICS)) return true;
    // After a given name, a place's name is the person's epithet or family name: «إبراهيم الخليل».
    if (m.firstToken > 0 && t.kind[m.firstToken - 1] === ARABIC && GIVEN_NAMES.has(tokenText(t, m.firstToken - 1))) return true;
  }
  if (m.endToken >= t.count || t.kind[m.endToken] !== ARABIC || t.end[m.endToken]! - t.start[m.endToken]! > 7) return false;
  const next = tokenText(t, m.endToken);
  // «مسقط رأسه» is a birthplace, not Muscat.
  if (next.startsWith('راس') && tokenText(t, m.endToken - 1) === 'مسقط') return true;
  return NAME_TAILS.has(next) || LINEAGE.has(next);
}

/**
 * Is a name that begins with a nisba here an adjective agreeing with the definite noun before it:
 * «الصحافة السعودية», «السلطات السعودية» (a feminine noun, then a feminine nisba), «بالاهتمام العربي
 * الجديد» (a masculine one, then «العربي الجديد» the outlet's name)? The country is named by
 * «السعودية» on its own or after a verb or a preposition, not after a definite noun.
 */
function isNisbaAdjective(t: Tokens, m: TokenMention): boolean {
  if (m.start !== t.start[m.firstToken]) return false;
  const word = tokenText(t, m.firstToken);
  if (!word.startsWith('ال')) return false;
  const feminine = word.endsWith('يه');
  // A masculine nisba only as the first of several words: a one-word masculine form is a name.
  const masculine = !feminine && word.endsWith('ي') && word.length > 4 && m.endToken - m.firstToken > 1;
  if (!feminine && !masculine) return false;
  if (feminine && m.endToken - m.firstToken !== 1) return false;
  const prev = m.firstToken - 1;
  // After a name in quotation marks it qualifies that name: صحيفة «الشرق الأوسط» السعودية.
  if (feminine && prev >= 0 && t.kind[prev] === QUOTE && prev > 1 && t.kind[prev - 1] === ARABIC && t.kind[prev - 2] !== BREAK) return true;
  if (prev < 0 || t.kind[prev] !== ARABIC) return false;
  const noun = withoutConjunction(tokenText(t, prev));
  if (!/^(ال|لل|بال|كال)/.test(noun)) return false;
  const nounFeminine = noun.endsWith('ه') || noun.endsWith('ات');
  return feminine ? nounFeminine : !nounFeminine && !noun.endsWith('ي');
}

/**
 * A person found by a one-word form that is the last word of their name (a surname, «بايدن»)
 * right after another given name («هانتر بايدن»), or after a compound one in «عبد» («عبد الرحمن
 * مودي»), is another person.
 */
function isOtherPerson(g: Gazetteer, t: Tokens, m: TokenMention): boolean {
  if (m.endToken - m.firstToken !== 1 || m.start !== t.start[m.firstToken]) return false;
  const e = g.entities[m.entity];
  if (e?.type !== 'person') return false;
  const prev = m.firstToken - 1;
  if (prev < 0 || t.kind[prev] !== ARABIC) return false;
  const compound = prev > 0 && t.kind[prev - 1] === ARABIC && tokenText(t, prev - 1) === ABD;
  const given = compound ? `${ABD} ${tokenText(t, prev)}` : tokenText(t, prev);
  if (!compound && !GIVEN_NAMES.has(given)) return false;
  const own = nameWordsOf(e);
  const ownGiven = compound ? own.slice(0, 2).join(' ') : own[0];
  return own.length >= 2 && ownGiven !== given && own[own.length - 1] === tokenText(t, m.firstToken);
}

/** «عبد», the first word of a compound given name («عبد الرحمن»). */
const ABD = normalize('عبد');

const NAME_WORDS = new WeakMap<EntityRecord, readonly string[]>();
/** An entity's name as normalised words (worked out once per entity). */
function nameWordsOf(e: EntityRecord): readonly string[] {
  let words = NAME_WORDS.get(e);
  if (!words) NAME_WORDS.set(e, (words = nameTokens(normalize(e.name))));
  return words;
}

/**
 * A person's lineage or family inside their name: «حمد بن عيسى آل خليفة» for the person known as
 * «حمد بن عيسى», «محمد بن زايد بن سلطان آل نهيان» for «محمد بن زايد». From a person's mention, takes
 * in what follows: «بن/بنت X» links (only when the knowledge base's form ends there) and «آل X».
 */
function withFamily(g: Gazetteer, t: Tokens, m: TokenMention): TokenMention {
  if (g.entities[m.entity]?.type !== 'person') return m;
  let end = m.endToken;
  // «X بن Y» forms end at Y: more links may follow («بن سلطان»), then the family.
  while (end + 1 < t.count && t.kind[end] === ARABIC && LINEAGE.has(tokenText(t, end)) && t.kind[end + 1] === ARABIC && tokenText(t, end - 2) === 'بن') end += 2;
  if (end + 1 < t.count && t.kind[end] === ARABIC && tokenText(t, end) === FAMILY && t.kind[end + 1] === ARABIC) end += 2;
  return end === m.endToken ? m : { ...m, endToken: end, end: t.end[end - 1]! };
}

/**
 * The words that name, without those that describe: a title or kind before the name when the rest
 * is a form of the same entity («الملك عبد الله الثاني» → «عبد الله الثاني», «حركة حماس» → «حماس»,
 * «قطاع غزة» → «غزة»), a place noun before a place's name and a title before a person's in any case
 * («مدينة مشهد» → «مشهد», «الملك خوان كارلوس» → «خوان كارلوس»), and
 * a nationality adjective or an epithet after it when what precedes is a form of the entity
 * («حزب الله اللبناني» → «حزب الله», «مكة المكرمة» → «مكة»).
 */
function namePart(g: Gazetteer, t: Tokens, m: TokenMention): TokenMention {
  let { firstToken, endToken, start, end } = m;
  // A head with a preposition on it («لوكالة فرانس برس») stays: the phrase is governed from there.
  if (endToken - firstToken >= 2 && t.kind[firstToken] === ARABIC && !m.preposition) {
    // (No preposition on it: at most a conjunction, «وحركة حماس».)
    const len = t.end[firstToken]! - t.start[firstToken]!;
    const head = len >= 3 && len <= 8 ? withoutConjunction(tokenText(t, firstToken)) : '';
    const type = g.entities[m.entity]?.type;
    if (
      DESCRIPTOR_HEADS.has(head) &&
      (isFormOf(g, t, firstToken + 1, endToken, m.entity) ||
        (type === 'place' && PLACE_HEADS.has(head)) ||
        (type === 'person' && (HONORIFICS.has(head) || head === 'السلطان' || head === 'الرئيس')))
    ) {
      firstToken++;
      while (firstToken < endToken && t.kind[firstToken] === QUOTE) firstToken++;
      start = t.start[firstToken]!;
    }
  }
  // (Both an epithet and a nationality adjective have the article.)
  if (endToken - firstToken >= 2 && t.kind[endToken - 1] === ARABIC && t.text.startsWith('ال', t.start[endToken - 1]!)) {
    const tail = tokenText(t, endToken - 1);
    // A nationality after an organisation's name («حزب الله اللبناني»), not after a place's: «الولايات المتحدة الأمريكية» is one name.
    const nationality = g.entities[m.entity]?.type === 'organization' && countryOfNationality(tail) !== undefined;
    if ((EPITHETS.has(tail) || nationality) && isFormOf(g, t, firstToken, endToken - 1, m.entity)) {
      endToken--;
      end = t.end[endToken - 1]!;
    }
  }
  return firstToken === m.firstToken && endToken === m.endToken ? m : { ...m, firstToken, endToken, start, end };
}

function contextHolds(g: Gazetteer, node: TrieNode, t: Tokens, i: number, preposition: boolean): boolean {
  if (!node.context) return true;
  const type = g.entities[node.entity]?.type;
  // A preposition glued to a place is its context («بسورية»), except on a word of three letters or
  // fewer («بنوك» is "banks" before it is «ب» + «نوك») and on a definite word, which is a common
  // noun as often as a name («للباب» "to the door", «للعمارة»); the word before it governs the
  // preposition, not the name.
  if (preposition) return type !== 'person' && t.end[i]! - t.start[i]! > 4 && !/^(لل|[بك]ال)/.test(tokenText(t, i));
  const prev = previousWord(t, i);
  const cues = type === 'person' ? PERSON_CUES : PLACE_CUES;
  const cued =
    prev !== undefined &&
    (cues.has(prev) ||
      cues.has(withoutConjunction(prev)) ||
      // The subject of a reporting verb is someone: «وقال الأسد», «أكد بري».
      (type === 'person' && REPORTING_VERB_FORMS.has(withoutConjunction(prev))));
  return cued;
}

interface Walk {
  node: TrieNode;
  endToken: number;
}

/** Follows the trie from `first` (already matched at token i); returns the longest terminal. */
function walk(first: TrieNode, t: Tokens, i: number): Walk | undefined {
  let best: Walk | undefined = first.entity >= 0 ? { node: first, endToken: i + 1 } : undefined;
  let node = first;
  let k = i + 1;
  while (node.next !== undefined && node.next.size > 0 && k < t.count) {
    // Quotation marks inside a name are skipped: تنظيم “الدولة الإسلامية”.
    while (k < t.count && t.kind[k] === QUOTE) k++;
    if (k >= t.count || t.kind[k] === BREAK) break;
    const child = node.next.get(tokenText(t, k));
    if (!child) break;
    node = child;
    k++;
    if (node.entity >= 0) best = { node, endToken: k };
  }
  return best;
}

const WAW_ = 0x0648;
const FA_ = 0x0641;
const BA_ = 0x0628;
const LAM_ = 0x0644;
const KAF_ = 0x0643;
/** Can a word begin with a proclitic (و ف ب ل ك)? */
const isProclitic = (c: number) => c === WAW_ || c === FA_ || c === BA_ || c === LAM_ || c === KAF_;

/** Is token j «بن», «ابن», «بنت» or «ابنة» (checked before the word is sliced)? */
function isLineageAt(t: Tokens, j: number): boolean {
  const len = t.end[j]! - t.start[j]!;
  if (len < 2 || len > 4) return false;
  const c = t.text.charCodeAt(t.start[j]!);
  return (c === BA_ || c === ALEF) && LINEAGE.has(tokenText(t, j));
}

const longer = (a: Walk | undefined, b: Walk | undefined) => (!b || (a && a.endToken >= b.endToken) ? a : b);

/**
 * A person known as «X Z» written with their lineage between: «X بن Y Z», «X بن Y بن W Z». From the
 * first word's node, skips the «بن Y» links and follows the rest of a person's form after them.
 */
function lineageWalk(g: Gazetteer, first: TrieNode, t: Tokens, i: number): Walk | undefined {
  if (!first.next?.size) return undefined;
  let j = i + 1;
  while (j + 1 < t.count && t.kind[j] === ARABIC && isLineageAt(t, j) && t.kind[j + 1] === ARABIC) j += 2;
  if (j === i + 1 || j >= t.count) return undefined;
  let node = first;
  let best: Walk | undefined;
  for (let k = j; k < t.count && node.next !== undefined; k++) {
    if (t.kind[k] !== ARABIC) break;
    const child = node.next.get(tokenText(t, k));
    if (!child) break;
    node = child;
    if (node.entity >= 0 && g.entities[node.entity]?.type === 'person') best = { node, endToken: k + 1 };
  }
  return best;
}

/** Finds every knowledge-base name in the tokens, longest match first, in one pass. */
export function matchTokens(g: Gazetteer, t: Tokens): TokenMention[] {
  const out: TokenMention[] = [];
  const root = g.root;
  for (let i = 0; i < t.count; i++) {
    const kind = t.kind[i];
    if (kind !== ARABIC && kind !== LATIN) continue;
    const s0 = t.start[i]!;
    const e0 = t.end[i]!;
    const exactMay = g.firstWords.mayHave(t.text, s0, e0);
    const stemMay = kind === ARABIC && e0 - s0 > 3 && mayHaveStem(g.firstWords, t.text, s0, e0);
    const shortMay =
      kind === ARABIC && !exactMay && !stemMay && e0 - s0 >= 3 && e0 - s0 <= 4 && isProclitic(t.text.charCodeAt(s0)) &&
      (g.firstWords.mayHave(t.text, s0 + 1, e0) || g.firstWords.mayHave(t.text, s0 + 2, e0));
    if (!exactMay && !stemMay && !shortMay) continue;
    const word = tokenText(t, i);
    let best: TokenMention | undefined;
    const exact = exactMay ? root.get(word) : undefined;
    // A given name is never split into a proclitic and a name: «كلاوس» is not ك + «لاوس», «فاطمة» not ف + «اطمة».
    const whole = stemMay && (GIVEN_NAMES.has(word) || UNSPLIT.has(word));
    if (exact) {
      const w = longer(walk(exact, t, i), lineageWalk(g, exact, t, i));
      if (w && contextHolds(g, w.node, t, i, false)) {
        best = mention(w, t, i, 0, false);
      }
    }
    if (stemMay && !whole) {
      const all = stems(word);
      for (let si = 0; si < all.length; si++) {
        const s = all[si]!;
        const node = root.get(s.stem);
        if (!node) continue;
        // «للحج» is ل + «الحج» (the article after ل loses its alef) before it is ل + «لحج».
        if (s.stem.length <= 3 && s.stem.charCodeAt(0) === LAM_ && word.startsWith('لل')) continue;
        const w = longer(walk(node, t, i), lineageWalk(g, node, t, i));
        if (!w || !contextHolds(g, w.node, t, i, s.preposition)) continue;
        // Longest wins; on a tie the exact token (tried first) stays.
        if (!best || w.endToken > best.endToken) best = mention(w, t, i, s.stripped, s.preposition);
      }
    }
    if (shortMay) best ??= shortProclitic(g, t, i, word);
    if (best && !inTitle(g, t, best) && !rejected(g, t, best)) {
      const whole = withFamily(g, t, best);
      const named = namePart(g, t, whole);
      const type = g.entities[named.entity]?.type;
      if (type === 'organization' && (isDescription(t, whole) || isCreditLine(g, t, whole))) named.descriptive = true;
      if (type === 'place' && isPlaceDescription(t, whole)) named.descriptive = true;
      out.push(named);
      i = whole.endToken - 1;
    }
  }
  return out;
}

/**
 * Is a match to be dropped: a common noun after a demonstrative, a place inside a longer name, used
 * as an adjective or qualified as another, a person's namesake?
 */
function rejected(g: Gazetteer, t: Tokens, m: TokenMention): boolean {
  if (afterDemonstrative(t, m)) return true;
  const type = g.entities[m.entity]?.type;
  if (type === 'place') return insideLongerName(t, m) || isNisbaAdjective(t, m) || isOtherPlace(g, t, m);
  if (type === 'person') return isOtherPerson(g, t, m);
  return isNisbaAdjective(t, m);
}

const DEMONSTRATIVES = wordList('هذا هذه ذلك تلك ذاك تلكم هذان هاتان هؤلاء أولئك');

/**
 * «هذا الباب», «ذاك الرباط», «هذه القاعدة»: a definite word after a demonstrative is the noun the
 * demonstrative points to, a common noun; news names a place or a group without one.
 */
function afterDemonstrative(t: Tokens, m: TokenMention): boolean {
  if (m.start !== t.start[m.firstToken] || !tokenText(t, m.firstToken).startsWith('ال')) return false;
  const prev = m.firstToken - 1;
  if (prev < 0 || t.kind[prev] !== ARABIC) return false;
  const demonstrative = withoutConjunction(tokenText(t, prev));
  if (!DEMONSTRATIVES.has(demonstrative)) return false;
  // «بما في ذلك البيت الأبيض», «إلى ذلك»: «ذلك» after a preposition stands for what was said.
  return !(demonstrative === 'ذلك' && prev > 0 && t.kind[prev - 1] === ARABIC && PREPOSITIONS.has(withoutConjunction(tokenText(t, prev - 1))));
}

const PREPOSITIONS = wordList('في إلى الى على عن من مع بعد قبل رغم منذ حول خلال مثل');

const DIRECTION_ADJECTIVES = wordList(`
  الشرقي الشرقية الغربي الغربية الشمالي الشمالية الجنوبي الجنوبية`);

/**
 * Is a place's one-word form here qualified as another place: by another country's nationality
 * («العمارة الصينية» is Chinese architecture, not Amarah in Iraq), or by another direction than the
 * one its full name has («الضفة الجنوبية» of a gulf is not «الضفة الغربية»)?
 */
function isOtherPlace(g: Gazetteer, t: Tokens, m: TokenMention): boolean {
  if (m.endToken - m.firstToken !== 1 || m.endToken >= t.count || t.kind[m.endToken] !== ARABIC) return false;
  const e = g.entities[m.entity];
  if (!e) return false;
  const next = tokenText(t, m.endToken);
  if (!next.startsWith('ال')) return false;
  const word = tokenText(t, m.firstToken);
  // Only a definite word that agrees with the adjective is qualified by it: in «لاعب مانشستر
  // البرتغالي» the adjective qualifies the player.
  const definite = /^(ال|لل|بال|كال)/.test(withoutConjunction(word)) && word.endsWith('ه') === next.endsWith('يه');
  if (definite && e.type === 'place' && e.kind !== 'country' && e.country) {
    const country = countryOfNationality(next);
    if (country !== undefined && country !== e.country) return true;
  }
  if (DIRECTION_ADJECTIVES.has(next)) {
    const own = nameWordsOf(e);
    if (own.length === 2 && DIRECTION_ADJECTIVES.has(own[1]!) && own[1] !== next && word.endsWith(own[0]!)) return true;
  }
  return false;
}

/**
 * A proclitic on a short first word of a longer name: «وتل أبيب», «ودير الزور». Stems shorter than
 * three letters are not tried as names of their own (too many words begin so), but a name of two
 * words or more may begin with one.
 */
function shortProclitic(g: Gazetteer, t: Tokens, i: number, word: string): TokenMention | undefined {
  if (t.kind[i] !== ARABIC || word.length < 3 || word.length > 4) return undefined;
  let best: TokenMention | undefined;
  for (const s of shortStems(word)) {
    const node = g.root.get(s.stem);
    if (!node?.next) continue;
    const w = walk(node, t, i);
    if (!w || w.endToken <= i + 1 || !contextHolds(g, w.node, t, i, s.preposition)) continue;
    if (!best || w.endToken > best.endToken) best = mention(w, t, i, s.stripped, s.preposition);
  }
  return best;
}

/** The two-letter stems of a three- or four-letter word: و/ف, then ب/ل/ك («وتل» → «تل», «وبتل» → «تل»). */
function shortStems(word: string): { stem: string; stripped: number; preposition: boolean }[] {
  const out: { stem: string; stripped: number; preposition: boolean }[] = [];
  let rest = word;
  let stripped = 0;
  if (rest[0] === 'و' || rest[0] === 'ف') {
    rest = rest.slice(1);
    stripped = 1;
    if (rest.length === 2) out.push({ stem: rest, stripped, preposition: false });
  }
  if (rest[0] === 'ب' || rest[0] === 'ل' || rest[0] === 'ك') {
    const after = rest.slice(1);
    if (after.length === 2) out.push({ stem: after, stripped: stripped + 1, preposition: true });
  }
  return out;
}

const ALEF = 0x0627;

/** Common words of the news that begin as a proclitic would: «بليون» is a billion, not ب + «ليون». */
const UNSPLIT = wordList('بليون بلايين وبليون');

/** Could any stem of the word at [s, e) (one or two proclitics off, or لل read as ال) be a first word? */
function mayHaveStem(f: WordFilter, text: string, s: number, e: number): boolean {
  return (
    f.mayHave(text, s + 1, e) ||
    f.mayHave(text, s + 2, e) ||
    f.mayHaveWithFirst(ALEF, text, s + 1, e) ||
    f.mayHaveWithFirst(ALEF, text, s + 2, e)
  );
}

/** Words a ministry's short name follows when it is part of a title: «وزيرة الدفاع الفرنسية». */
const MINISTER = wordList('وزير وزيرة وزيرا لوزير لوزيرة ووزير ووزيرة');

/** «وزيرة الدفاع الفرنسية» names a minister, not the ministry «الدفاع الفرنسية». */
function inTitle(g: Gazetteer, t: Tokens, m: TokenMention): boolean {
  if (g.entities[m.entity]?.type !== 'organization' || m.firstToken === 0) return false;
  const prev = m.firstToken - 1;
  return t.kind[prev] === ARABIC && MINISTER.has(tokenText(t, prev));
}

function mention(w: Walk, t: Tokens, i: number, stripped: number, preposition: boolean): TokenMention {
  const last = w.endToken - 1;
  return {
    entity: w.node.entity,
    firstToken: i,
    endToken: w.endToken,
    start: t.start[i]! + stripped,
    end: t.end[last]!,
    preposition,
    bySurname: false,
  };
}

/** Regnal numbers and other ordinals that end a name («عبد الله الثاني») but are no surname: «كانون الثاني». */
const ORDINALS = wordList('الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر عشر الأكبر الأصغر');

/**
 * Can the last word of a full name stand for the person alone? Not an ordinal, a nationality or
 * affiliation adjective («المصري»: «الوفد المصري»), or an honorific («الشيخ»).
 */
function surnameLike(word: string): boolean {
  return !ORDINALS.has(word) && !isNationality(word) && !HONORIFICS.has(word) && !PERSON_CUES.has(word);
}

const PATRONYMIC = wordList('بن ابن بنت أبو أم آل عبد دي دو فان فون');

/**
 * Within one article, a person named in full earlier or later ("آشتون كارتر") is meant by the bare
 * surname ("كارتر") too. Surnames shared by two people named in the article, function words, and
 * names that are knowledge-base entries of their own are left alone.
 */
export function matchSurnames(g: Gazetteer, t: Tokens, found: readonly TokenMention[]): TokenMention[] {
  const { surnameOf } = articleSurnames(g, t, found);
  if (surnameOf.size === 0) return [];
  const filter = new WordFilter();
  for (const w of surnameOf.keys()) filter.add(w);
  const covered = new Uint8Array(t.count);
  for (const m of found) covered.fill(1, m.firstToken, m.endToken);
  const out: TokenMention[] = [];
  for (let i = 0; i < t.count; i++) {
    if (covered[i] || t.kind[i] !== ARABIC) continue;
    const s0 = t.start[i]!;
    const e0 = t.end[i]!;
    if (!filter.mayHave(t.text, s0, e0) && !(e0 - s0 > 3 && mayHaveStem(filter, t.text, s0, e0))) continue;
    const word = tokenText(t, i);
    let entity = surnameOf.get(word);
    let stripped = 0;
    let preposition = false;
    if (entity === undefined) {
      const all = stems(word);
      for (let si = 0; si < all.length; si++) {
        const s = all[si]!;
        const e = surnameOf.get(s.stem);
        if (e !== undefined) {
          entity = e;
          stripped = s.stripped;
          preposition = s.preposition;
          break;
        }
      }
    }
    if (entity === undefined) continue;
    out.push({ entity, firstToken: i, endToken: i + 1, start: t.start[i]! + stripped, end: t.end[i]!, preposition, bySurname: true });
  }
  return out;
}

/**
 * The surnames of the people the article names in full, each with its person: the word alone
 * stands for them. A surname two of them share is no one's. A surname that is a knowledge-base
 * name of its own is left to it — unless that name is another person's one-word form and the
 * article never names that person otherwise: «جيروم باول … وقال باول» is Jerome Powell, though
 * «باول» alone is Colin Powell's; the one the article introduced is the one it goes on to mean.
 */
function articleSurnames(g: Gazetteer, t: Tokens, found: readonly TokenMention[]): Surnames {
  const surnameOf = new Map<string, number>();
  const ambiguous = new Set<string>();
  let named: Set<number> | undefined;
  for (const m of found) {
    if (m.endToken - m.firstToken < 2) continue;
    if (g.entities[m.entity]?.type !== 'person') continue;
    const last = tokenText(t, m.endToken - 1);
    const before = tokenText(t, m.endToken - 2);
    if (last.length < 3 || isStopword(last) || PATRONYMIC.has(before) || !surnameLike(last)) continue;
    // A form the user excluded («this is not X») stays excluded here too.
    const exclude = g.entities[m.entity]?.exclude;
    if (exclude?.some((x) => normalize(x).trim() === last)) continue;
    const own = g.root.get(last);
    // A name of its own (maybe someone else's) — unless it is this person's own form that needs
    // context («الأسد» after «بشار الأسد»): named in full, the person gives it that context.
    if (own !== undefined && own.entity >= 0) {
      if (own.entity === m.entity) {
        if (!own.context) continue;
      } else {
        if (g.entities[own.entity]?.type !== 'person') continue;
        named ??= namedOtherwise(found);
        // Both named in full: the word alone is either's.
        if (named.has(own.entity)) {
          ambiguous.add(last);
          continue;
        }
      }
    }
    const had = surnameOf.get(last);
    if (had !== undefined && had !== m.entity) ambiguous.add(last);
    surnameOf.set(last, m.entity);
  }
  for (const a of ambiguous) surnameOf.delete(a);
  return { surnameOf, ambiguous };
}

interface Surnames {
  /** A surname, and the one person the article named in full with it. */
  surnameOf: Map<string, number>;
  /** The surnames two people the article named in full share. */
  ambiguous: Set<string>;
}

/** The entities the mentions name by more than one word: named in full, not by a surname alone. */
function namedOtherwise(found: readonly TokenMention[]): Set<number> {
  const named = new Set<number>();
  for (const m of found) if (m.endToken - m.firstToken > 1) named.add(m.entity);
  return named;
}

/**
 * A one-word name the knowledge base gives one person, where the article names another person of
 * that surname in full and never the first otherwise, is the second («جيروم باول … باول»): the
 * mentions found for the first are given to the second (see `articleSurnames`). Where the article
 * names both in full, the word alone is either's, and is no one's.
 */
export function yieldSurnames(g: Gazetteer, t: Tokens, found: readonly TokenMention[]): TokenMention[] {
  let surnames: Surnames | undefined;
  let out: (TokenMention | undefined)[] | undefined;
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    if (m.endToken - m.firstToken !== 1 || m.bySurname || g.entities[m.entity]?.type !== 'person') continue;
    surnames ??= articleSurnames(g, t, found);
    const { surnameOf, ambiguous } = surnames;
    if (surnameOf.size === 0 && ambiguous.size === 0) return found as TokenMention[];
    const word = tokenText(t, m.firstToken);
    const forms = [word, ...stems(word).map((s) => s.stem)];
    const claimed = forms.map((f) => surnameOf.get(f)).find((e) => e !== undefined);
    if (claimed === m.entity) continue;
    if (claimed !== undefined) {
      out ??= found.slice();
      out[k] = { ...m, entity: claimed, bySurname: true };
    } else if (forms.some((f) => ambiguous.has(f))) {
      out ??= found.slice();
      out[k] = undefined;
    }
  }
  return out ? out.filter((m) => m !== undefined) : (found as TokenMention[]);
}

/** The tokens the mentions found so far cover: what a later pass leaves alone. */
function coveredTokens(found: readonly TokenMention[]): Set<number> {
  const taken = new Set<number>();
  for (const m of found) for (let k = m.firstToken; k < m.endToken; k++) taken.add(k);
  return taken;
}

/**
 * The states whose own press names them «المملكة» alone: in a Saudi, Jordanian, Moroccan or
 * Bahraini outlet «المملكة» is the reader's kingdom. Elsewhere it is nobody in particular.
 */
const KINGDOMS: ReadonlySet<string> = new Set(['SA', 'JO', 'MA', 'BH']);
const KINGDOM = normalize('المملكة');
const KINGDOM_TAIL = KINGDOM.slice(2);
const homeCountries = new WeakMap<Gazetteer, Map<string, number>>();

/** The country entity with this ISO code (found once per knowledge base). */
function countryEntity(g: Gazetteer, code: string): number | undefined {
  let byCode = homeCountries.get(g);
  if (!byCode) {
    byCode = new Map();
    g.entities.forEach((e, k) => {
      if (e.type === 'place' && e.kind === 'country' && e.country && !byCode!.has(e.country)) byCode!.set(e.country, k);
    });
    homeCountries.set(g, byCode);
  }
  return byCode.get(code);
}

/**
 * Adds «المملكة» standing alone (not «المملكة المتحدة», not «المملكة المغربية») as the outlet's own
 * kingdom, when the outlet's country (ISO code) is one whose press says so. All mentions, in text order.
 */
export function matchHomeKingdom(g: Gazetteer, t: Tokens, found: TokenMention[], country: string | undefined): TokenMention[] {
  if (!country || !KINGDOMS.has(country)) return found;
  const entity = countryEntity(g, country);
  if (entity === undefined) return found;
  const taken = coveredTokens(found);
  const added: TokenMention[] = [];
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== ARABIC || taken.has(i)) continue;
    if (!t.text.startsWith(KINGDOM_TAIL, t.end[i]! - KINGDOM_TAIL.length)) continue;
    const word = tokenText(t, i);
    const stripped = kingdomPrefix(word);
    if (stripped < 0) continue;
    // An adjective or a name after it says which kingdom: «المملكة المتحدة», «المملكة الأردنية».
    if (i + 1 < t.count && t.kind[i + 1] === ARABIC && tokenText(t, i + 1).startsWith('ال')) continue;
    added.push({
      entity,
      firstToken: i,
      endToken: i + 1,
      start: t.start[i]! + stripped,
      end: t.end[i]!,
      preposition: /^[وف]?(ب|ل|ك)/.test(word),
      bySurname: false,
    });
  }
  return added.length ? [...found, ...added].sort((a, b) => a.firstToken - b.firstToken) : found;
}

/** How many letters of proclitics come before «المملكة» in the word, or -1 when it is another word. */
function kingdomPrefix(word: string): number {
  if (word === KINGDOM) return 0;
  // «للمملكة» is ل + المملكة with the alef dropped: the word is kept whole.
  const m = /^([وف]?)(?:(لل)|([بك]?)ال)مملكه$/.exec(word);
  if (!m) return -1;
  return m[2] ? m[1]!.length : m[1]!.length + m[3]!.length;
}

/**
 * Agencies the press names by their nationality adjective alone where the agency is a source:
 * «الفرنسية» for Agence France-Presse (Al Jazeera's «(الفرنسية)», «المصدر: الجزيرة + الفرنسية»,
 * «نقلت الفرنسية عن ...», «وقال للفرنسية»). Elsewhere the word is the adjective or the language.
 */
const AGENCY_NISBAS: ReadonlyMap<string, string> = new Map([[normalize('الفرنسية'), 'org:afp']]);
/** The ending all of AGENCY_NISBAS share: most words are turned away by it without being sliced. */
const AGENCY_TAIL = 'يه';
const CREDIT_OPEN = new Set(['(', '+', '[']);
const CREDIT_CLOSE = new Set([')', '+', '-', '–', '،', ',', ']', '/']);
const SOURCE = normalize('المصدر');
const INTERVIEW_NOUNS = wordList('تصريح تصريحات حديث مقابلة بيان');

const COLON = new Set([':']);

/** Does an agency or an outlet end right before token i: «الجزيرة والفرنسية»? */
function afterMedium(g: Gazetteer, found: readonly TokenMention[], i: number): boolean {
  const m = found.find((x) => x.endToken === i);
  const kind = m ? g.entities[m.entity]?.kind : undefined;
  return kind === 'agency' || kind === 'media';
}

/** Is the token a punctuation mark in `set`? */
function punctIn(t: Tokens, i: number, set: ReadonlySet<string>): boolean {
  return i >= 0 && i < t.count && t.kind[i] === TokenKind.Punct && set.has(tokenText(t, i));
}

/** Adds an agency named by its nationality adjective where it is a source. All mentions, in text order. */
export function matchAgencyCredits(g: Gazetteer, t: Tokens, found: TokenMention[]): TokenMention[] {
  let added: TokenMention[] | undefined;
  let taken: Set<number> | undefined;
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== ARABIC || !t.text.startsWith(AGENCY_TAIL, t.end[i]! - AGENCY_TAIL.length)) continue;
    const word = tokenText(t, i);
    // «الفرنسيه», «والفرنسيه», «للفرنسيه»: the adjective, after a conjunction or the preposition ل.
    const told = word.startsWith('لل');
    const bare = told ? 'ال' + word.slice(2) : withoutConjunction(word);
    const id = AGENCY_NISBAS.get(bare);
    if (id === undefined) continue;
    const entity = g.indexOf.get(id);
    if (entity === undefined) continue;
    taken ??= coveredTokens(found);
    if (taken.has(i)) continue;
    const prev = previousWord(t, i);
    const next = i + 1 < t.count && t.kind[i + 1] === ARABIC ? tokenText(t, i + 1) : undefined;
    const credit =
      !told &&
      (punctIn(t, i - 1, CREDIT_OPEN) || (punctIn(t, i - 1, COLON) && i > 1 && tokenText(t, i - 2) === SOURCE) || (word !== bare && afterMedium(g, found, i))) &&
      (i + 1 >= t.count || t.kind[i + 1] === BREAK || punctIn(t, i + 1, CREDIT_CLOSE));
    // «نقلت الفرنسية عن»: a reporting verb, the agency, its source.
    const reporting = !told && prev !== undefined && REPORTING_VERB_FORMS.has(withoutConjunction(prev)) && next === 'عن';
    // «وقال للفرنسية», «في تصريح للفرنسية»: told to the agency.
    const toldTo = told && prev !== undefined && (REPORTING_VERB_FORMS.has(withoutConjunction(prev)) || INTERVIEW_NOUNS.has(withoutConjunction(prev)));
    if (!credit && !reporting && !toldTo) continue;
    (added ??= []).push({
      entity,
      firstToken: i,
      endToken: i + 1,
      start: t.start[i]! + (told ? 0 : word.length - bare.length),
      end: t.end[i]!,
      preposition: told,
      bySurname: false,
      // A credit line («(الفرنسية)», «المصدر: ...») says where a picture or a report came from, like
      // «أ ف ب»: it is known, and not highlighted in the running text.
      ...(credit ? { descriptive: true } : {}),
    });
  }
  return added ? [...found, ...added].sort((a, b) => a.firstToken - b.firstToken) : found;
}
