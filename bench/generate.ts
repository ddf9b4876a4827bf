/**
 * Deterministic input for the analyzer benchmark: Arabic news-like text built from sentence
 * templates and vocabulary written here, with the names of a knowledge base in it; and synthetic
 * knowledge-base entries to make a large knowledge base.
 *
 * Nothing here is copied from an article: the templates are made up, the names are the knowledge
 * base's own.
 */
import { hasArabicLetter } from '../lib/arabic/letters';
import type { EntityRecord, EntityType } from '../lib/knowledge/types';

/** A small seeded PRNG (mulberry32): the same seed gives the same text on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

const words = (s: string): string[] => s.split('\n').map((w) => w.trim()).filter(Boolean);

// ---------------------------------------------------------------------------------------------
// Vocabulary (written for this benchmark)

const OPENERS = words(`
  من جهته،
  في المقابل،
  وفي سياق متصل،
  إلى ذلك،
  وفي وقت سابق،
  بدوره،
  من ناحية أخرى،
  وفي تطور لافت،
  وفي الأثناء،
  على صعيد آخر،
`);

/** Reporting verbs, masculine, with the word that opens their content. */
const VERBS_M: readonly (readonly [string, string])[] = [
  ['قال', 'إن'], ['أكد', 'أن'], ['أعلن', 'أن'], ['أوضح', 'أن'], ['صرح', 'بأن'], ['شدد', 'على أن'],
  ['أضاف', 'أن'], ['حذر', 'من أن'], ['اعتبر', 'أن'], ['ذكر', 'أن'], ['كشف', 'أن'], ['نفى', 'أن'],
  ['أشار', 'إلى أن'],
];
/** Feminine forms, for organisations and agencies. */
const VERBS_F: readonly (readonly [string, string])[] = [
  ['قالت', 'إن'], ['أكدت', 'أن'], ['أعلنت', 'أن'], ['ذكرت', 'أن'], ['أوضحت', 'أن'], ['حذرت', 'من أن'],
  ['نفت', 'أن'], ['كشفت', 'أن'],
];
const PARTICIPLES = words(`
  مشيرا إلى أن
  مضيفا أن
  مؤكدا أن
  موضحا أن
  لافتا إلى أن
  محذرا من أن
`);

const TIMES = words(`
  أمس
  اليوم
  الأحد
  الاثنين
  الثلاثاء
  الأربعاء
  الخميس
  مساء الجمعة
  صباح السبت
  في وقت متأخر من مساء أمس
`);

/** Titles not tied to one person; a person's own role from the knowledge base is used too. */
const TITLES = words(`
  الرئيس الفرنسي
  وزير الخارجية الروسي
  وزير الدفاع الأمريكي
  رئيس الوزراء البريطاني
  وزيرة الاقتصاد الألمانية
  السفير الصيني
  المبعوث الأممي
  رئيس البرلمان التركي
  مستشار الأمن القومي
  نائب الرئيس الإيراني
  وزير الداخلية العراقي
  المتحدث باسم الحكومة
`);

const NATIONALITIES = words(`
  أمريكي
  أوروبي
  روسي
  فرنسي
  تركي
  عراقي
  مصري
  أممي
  إسرائيلي
  سعودي
`);

const SUBJECTS = words(`
  الحكومة
  المفاوضات الجارية
  الأوضاع الأمنية
  أسعار المواد الغذائية
  اللجنة المشتركة
  الهدنة المعلنة
  العملية السياسية
  المساعدات الإنسانية
  الجهود الدولية
  قوات الأمن
  المرحلة المقبلة
  الأطراف المعنية
  الموازنة العامة
  خطة إعادة الإعمار
  المحادثات الثنائية
  السلطات المحلية
`);

const PREDICATES = words(`
  تسير في الاتجاه الصحيح
  تواجه تحديات كبيرة
  لن تتوقف قبل تحقيق أهدافها
  تحتاج إلى مزيد من الوقت
  ستشهد تحسنا خلال الأشهر المقبلة
  باتت أكثر تعقيدا من أي وقت مضى
  تتطلب تعاونا أوسع بين الجميع
  لا تزال تراوح مكانها
  حققت تقدما ملموسا على الأرض
  تبقى مفتوحة على كل الاحتمالات
  يجب أن تحظى بالأولوية القصوى
  ستكون محور النقاش في الجولة القادمة
`);

const TAILS = words(`
  على الرغم من الضغوط المتزايدة
  في ظل الظروف الراهنة
  خلال الفترة المقبلة
  وفق الجدول الزمني المتفق عليه
  مع اقتراب موعد الانتخابات
  بعد أسابيع من التوتر
  في أسرع وقت ممكن
  دون شروط مسبقة
`);

const EVENTS = words(`
  احتجاجات واسعة
  اشتباكات متقطعة
  انقطاعا في التيار الكهربائي
  ارتفاعا في درجات الحرارة
  حركة نزوح جديدة
  إجراءات أمنية مشددة
  افتتاح مشاريع خدمية
  موجة من الأمطار الغزيرة
`);

const TOPICS = words(`
  سبل التهدئة
  ملف اللاجئين
  التعاون الاقتصادي
  أمن الحدود
  تبادل الأسرى
  إمدادات الطاقة
  إعادة فتح المعابر
  مكافحة الفساد
`);

// ---------------------------------------------------------------------------------------------
// Names

const AL = 'ال';

interface Cast {
  people: readonly EntityRecord[];
  orgs: readonly EntityRecord[];
  places: readonly EntityRecord[];
}

class Writer {
  /** Words written so far, and how many of them belong to a name. */
  words = 0;
  nameWords = 0;
  private readonly byType: Record<EntityType, EntityRecord[]> = { person: [], organization: [], place: [] };

  constructor(
    private readonly rng: Rng,
    entities: readonly EntityRecord[],
  ) {
    for (const e of entities) if (hasArabicLetter(e.name)) this.byType[e.type].push(e);
  }

  cast(): Cast {
    const r = this.rng;
    const few = (type: EntityType, n: number) => Array.from({ length: n }, () => pick(r, this.byType[type]));
    return { people: few('person', 1 + Math.floor(r() * 3)), orgs: few('organization', 1 + Math.floor(r() * 2)), places: few('place', 2 + Math.floor(r() * 2)) };
  }

  /** A name of `e` as news writes it, with a proclitic (و ب ل) glued on when given. */
  name(e: EntityRecord, proclitic = ''): string {
    const r = this.rng;
    const aliases = (e.aliases ?? []).filter(hasArabicLetter);
    const form = aliases.length && chance(r, 0.3) ? pick(r, aliases) : e.name;
    this.nameWords += form.split(' ').length;
    if (proclitic === 'ل' && form.startsWith(AL)) return 'ل' + form.slice(1); // ل + الأمم → للأمم
    return proclitic + form;
  }

  /** A person's surname only (for a second mention), or the full name. */
  shortName(e: EntityRecord): string {
    const parts = e.name.split(' ');
    if (parts.length >= 2 && chance(this.rng, 0.5)) {
      this.nameWords++;
      return parts[parts.length - 1]!;
    }
    return this.name(e);
  }

  title(e: EntityRecord): string {
    const own = (e.roles ?? []).map((role) => role.ar).filter((t): t is string => t !== undefined);
    return own.length && chance(this.rng, 0.6) ? pick(this.rng, own) : pick(this.rng, TITLES);
  }

  /** An ordinary clause, now and then mentioning a place or organisation of the cast. */
  clause(c: Cast): string {
    const r = this.rng;
    let s = `${pick(r, SUBJECTS)} ${pick(r, PREDICATES)}`;
    const roll = r();
    if (roll < 0.1) s += ` في ${this.name(pick(r, c.places))}`;
    else if (roll < 0.15) s += ` ب${this.name(pick(r, c.places))}`;
    else if (roll < 0.2) s += ` بين ${this.twoPlaces(c)}`;
    else if (roll < 0.25) s += ` بالتنسيق مع ${this.name(pick(r, c.orgs))}`;
    if (chance(r, 0.6)) s += ` ${pick(r, TAILS)}`;
    if (chance(r, 0.4)) s += `، كما أن ${pick(r, SUBJECTS)} ${pick(r, PREDICATES)}`;
    return s;
  }

  /** Two different places of the cast (or two of the knowledge base), «X وY». */
  twoPlaces(c: Cast): string {
    const a = pick(this.rng, c.places);
    let b = pick(this.rng, c.places);
    if (b === a) b = pick(this.rng, this.byType.place);
    return `${this.name(a)} ${this.name(b, 'و')}`;
  }

  /** One sentence: reported speech most of the time, narrative otherwise. */
  sentence(c: Cast, first: boolean): string {
    const r = this.rng;
    const person = pick(r, c.people);
    const org = pick(r, c.orgs);
    const place = pick(r, c.places);
    const [verb, that] = pick(r, VERBS_M);
    const [verbF, thatF] = pick(r, VERBS_F);
    const opener = first ? '' : chance(r, 0.3) ? pick(r, OPENERS) + ' ' : '';
    const and = first || opener ? '' : 'و';
    switch (Math.floor(r() * 15)) {
      case 0:
      case 1:
        return `${opener}${and}${verb} ${this.title(person)} ${this.name(person)} ${pick(r, TIMES)} ${that} ${this.clause(c)}.`;
      case 2:
        return `${opener}${and}${verbF} ${this.name(org)} في بيان ${thatF} ${this.clause(c)}، ${pick(r, PARTICIPLES).replace(/ا(?= |$)/, 'ة')} ${this.clause(c)}.`;
      case 3:
        return `${opener}${and}${verb} ${this.shortName(person)} ${that} ${this.clause(c)}، ${pick(r, PARTICIPLES)} ${this.clause(c)}.`;
      case 4:
        return `${this.clause(c)}، حسب ما ${pick(r, ['أعلن', 'أكد', 'ذكر', 'أوضح'])} ${this.name(person)} في مؤتمر صحفي عقده ${pick(r, ['في ', 'ب'])}${this.name(place)}.`;
      case 5:
        return `${and}قال ${this.name(person)}: “${this.clause(c)}، و${this.clause(c)}”.`;
      case 6:
        return `ونقلت ${this.name(org)} عن ${this.title(person)} ${this.name(person)} قوله إن ${this.clause(c)}.`;
      case 7:
        return `${opener}${and}قال مسؤول ${pick(r, NATIONALITIES)} طلب عدم الكشف عن اسمه إن ${this.clause(c)}.`;
      case 8:
        return `وشهدت ${this.name(place)} ${pick(r, EVENTS)} ${pick(r, TIMES)}، في حين ${this.clause(c)}.`;
      case 9:
        return `وكان ${this.name(person)} قد زار ${this.name(place)} الشهر الماضي ضمن جولة شملت ${this.twoPlaces(c)}.`;
      case 10:
        return `وعقد ${this.name(org)} اجتماعا طارئا ${pick(r, ['في ', 'ب'])}${this.name(place)} لبحث ${pick(r, TOPICS)} و${pick(r, TOPICS)}، ${pick(r, TAILS)}.`;
      case 12:
        return `وتأتي هذه التطورات في وقت تشهد فيه المنطقة ${pick(r, EVENTS)} ${pick(r, TAILS)}، بينما ${this.clause(c)}.`;
      case 13:
        return `${opener}${and}أفادت مصادر محلية بأن ${this.clause(c)}، وأن ${pick(r, SUBJECTS)} ${pick(r, PREDICATES)} ${pick(r, TAILS)}.`;
      default:
        return `ويرى مراقبون أن ${this.clause(c)}، وأن ${this.clause(c)} ${pick(r, TAILS)}.`;
    }
  }

  paragraph(c: Cast): string {
    const n = 2 + Math.floor(this.rng() * 4);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.sentence(c, i === 0));
    const p = out.join(' ');
    this.words += p.split(' ').length;
    return p;
  }
}

export interface GeneratedText {
  text: string;
  /** The same text as separate articles (each cast's paragraphs), as pages and files come. */
  articles: string[];
  /** UTF-8 bytes. */
  bytes: number;
  paragraphs: number;
  words: number;
  /** Words that belong to a knowledge-base name. */
  nameWords: number;
}

/**
 * Arabic news text of at least `bytes` UTF-8 bytes: articles of 3–8 paragraphs (each article with
 * its own cast of people, organisations and places), paragraphs separated by blank lines.
 */
export function generateNews(entities: readonly EntityRecord[], bytes: number, seed: number): GeneratedText {
  const w = new Writer(mulberry32(seed), entities);
  const rng = mulberry32(seed ^ 0x9e3779b9);
  const paragraphs: string[] = [];
  const articles: string[] = [];
  let size = 0;
  while (size < bytes) {
    const cast = w.cast();
    const n = 3 + Math.floor(rng() * 6);
    const first = paragraphs.length;
    for (let i = 0; i < n; i++) {
      const p = w.paragraph(cast);
      paragraphs.push(p);
      size += Buffer.byteLength(p, 'utf8') + 2;
    }
    articles.push(paragraphs.slice(first).join('\n\n'));
  }
  const text = paragraphs.join('\n\n');
  return { text, articles, bytes: Buffer.byteLength(text, 'utf8'), paragraphs: paragraphs.length, words: w.words, nameWords: w.nameWords };
}

// ---------------------------------------------------------------------------------------------
// Synthetic knowledge base

const CONSONANTS = [...'بتثجحخدذرزسشصضطظعغفقكلمنهوي'];
const VOWELS = ['ا', 'و', 'ي', '', '', ''];
const TYPES: readonly EntityType[] = ['person', 'person', 'organization', 'place'];

function syntheticWord(rng: Rng): string {
  const syllables = 2 + Math.floor(rng() * 2);
  let w = chance(rng, 0.15) ? AL : '';
  for (let i = 0; i < syllables; i++) w += pick(rng, CONSONANTS) + pick(rng, VOWELS);
  return w + pick(rng, CONSONANTS);
}

function syntheticName(rng: Rng): string {
  const n = 2 + Math.floor(rng() * 2);
  return Array.from({ length: n }, () => syntheticWord(rng)).join(' ');
}

/**
 * Made-up entities with `aliasCount` forms in all (names and aliases, 2–3 words each, all
 * distinct), built from a letter-syllable generator.
 */
export function syntheticEntities(aliasCount: number, seed: number): EntityRecord[] {
  const rng = mulberry32(seed);
  const seen = new Set<string>();
  const fresh = (): string => {
    for (;;) {
      const name = syntheticName(rng);
      if (!seen.has(name)) {
        seen.add(name);
        return name;
      }
    }
  };
  const out: EntityRecord[] = [];
  let forms = 0;
  while (forms < aliasCount) {
    const type = pick(rng, TYPES);
    const prefix = type === 'organization' ? 'org' : type;
    const e: EntityRecord = { id: `${prefix}:synthetic-${out.length}`, type, name: fresh(), nameEn: `Synthetic ${out.length}` };
    forms++;
    if (forms < aliasCount && chance(rng, 0.4)) {
      e.aliases = [fresh()];
      forms++;
    }
    out.push(e);
  }
  return out;
}
