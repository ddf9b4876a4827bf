/**
 * Nationality and affiliation adjectives (nisba) as news writes them: «الفرنسي», «الأمريكية»,
 * «الروس», «الإسرائيليين». After a title they say whose title it is («وزير الخارجية الفرنسي»);
 * after a name they end it («محمد الشربيني» goes on, «جورج بوش الأمريكي» does not).
 *
 * Stems are written in the masculine singular without the article and normalised when the set is
 * built; `nationalityStem` strips the article, the feminine and plural endings.
 */
import { normalize } from '../arabic/normalize';

const STEMS = `
  أمريكي أميركي امريكي اميركي فرنسي روسي بريطاني صيني ألماني الماني إسرائيلي اسرائيلي فلسطيني لبناني سوري عراقي
  مصري سعودي أردني اردني إيراني ايراني تركي قطري إماراتي اماراتي كويتي بحريني عماني يمني ليبي تونسي
  جزائري مغربي سوداني موريتاني صومالي جيبوتي قمري ياباني كوري هندي باكستاني أفغاني افغاني بنغالي
  إيطالي ايطالي إسباني اسباني برتغالي هولندي بلجيكي سويسري نمساوي سويدي نرويجي دنماركي فنلندي
  أيرلندي ايرلندي إيرلندي بولندي تشيكي مجري روماني بلغاري يوناني قبرصي صربي كرواتي ألباني
  أوكراني اوكراني بيلاروسي جورجي أرميني ارميني أذربيجاني اذربيجاني كازاخي أوزبكي اوزبكي تركماني طاجيكي قرغيزي
  كندي مكسيكي برازيلي أرجنتيني ارجنتيني تشيلي كوبي فنزويلي كولومبي بيروفي أسترالي استرالي نيوزيلندي
  إندونيسي اندونيسي ماليزي فلبيني تايلاندي فيتنامي سنغافوري سريلانكي نيبالي ميانماري
  نيجيري كيني إثيوبي اثيوبي إريتري اريتري تشادي مالي نيجري سنغالي غاني كاميروني كونغولي أوغندي رواندي
  تنزاني زيمبابوي أفريقي افريقي إفريقي أوروبي اوروبي آسيوي اسيوي عربي خليجي مغاربي لاتيني
  غربي شرقي دولي أممي اممي أطلسي اطلسي إسلامي اسلامي كردي شيعي سني درزي مسيحي قبطي يهودي علوي
  إسكتلندي اسكتلندي ويلزي كتالوني باسكي
`;

const SET: ReadonlySet<string> = new Set(
  STEMS.split(/\s+/)
    .filter(Boolean)
    .map((w) => normalize(w)),
);

/**
 * Affiliations that are no country's nationality («العربي», «الإسلامي», «الشيعي», «الدولي»):
 * as nouns they name no person («العربي» is also a magazine, «الدولي» an adjective).
 */
const AFFILIATIONS: ReadonlySet<string> = new Set(
  `أفريقي افريقي إفريقي أوروبي اوروبي آسيوي اسيوي عربي خليجي مغاربي لاتيني غربي شرقي دولي أممي اممي
   أطلسي اطلسي إسلامي اسلامي كردي شيعي سني درزي مسيحي قبطي يهودي علوي`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => normalize(w)),
);

/**
 * The definite singular forms of the countries' nationality adjectives («الفرنسي», «الفرنسية»):
 * standing as a noun, one names a person whose name may follow («وسجل الفرنسي لودوفيك جيولي»).
 */
export const NATIONALITY_NOUNS: ReadonlySet<string> = new Set(
  [...SET].filter((w) => !AFFILIATIONS.has(w)).flatMap((w) => ['ال' + w, 'ال' + w + 'ه']),
);

/** Plural forms that do not end in -يون/-يين: الروس، الأكراد، العرب ... (normalised, without ال). */
const BROKEN_PLURALS: ReadonlySet<string> = new Set(
  'روس أكراد اكراد عرب أتراك اتراك أفغان افغان ألمان المان إنجليز انجليز فرس يهود'.split(' ').map((w) => normalize(w)),
);

/** The masculine singular stem of a nationality adjective, or undefined when the word is not one. */
export function nationalityStem(word: string): string | undefined {
  let w = word.startsWith('ال') ? word.slice(2) : word;
  if (BROKEN_PLURALS.has(w)) return w;
  if (w.endsWith('يون') || w.endsWith('يين')) w = w.slice(0, -2);
  else if (w.endsWith('يه')) w = w.slice(0, -1);
  else if (w.endsWith('يات')) w = w.slice(0, -2);
  return SET.has(w) ? w : undefined;
}

/** Is the (normalised) word a nationality or affiliation adjective, with or without the article? */
export function isNationality(word: string): boolean {
  return nationalityStem(word) !== undefined;
}

/** The country (ISO 3166-1 alpha-2) a nationality adjective points to, for the stems that name one country. */
const COUNTRY_OF: ReadonlyMap<string, string> = new Map(
  (
    `أمريكي US أميركي US امريكي US اميركي US فرنسي FR روسي RU بريطاني GB صيني CN ألماني DE الماني DE
     إسرائيلي IL اسرائيلي IL فلسطيني PS لبناني LB سوري SY عراقي IQ مصري EG سعودي SA أردني JO اردني JO
     إيراني IR ايراني IR تركي TR قطري QA إماراتي AE اماراتي AE كويتي KW بحريني BH عماني OM يمني YE
     ليبي LY تونسي TN جزائري DZ مغربي MA سوداني SD موريتاني MR صومالي SO جيبوتي DJ ياباني JP هندي IN
     باكستاني PK أفغاني AF افغاني AF إيطالي IT ايطالي IT إسباني ES اسباني ES برتغالي PT هولندي NL
     بلجيكي BE سويسري CH نمساوي AT سويدي SE نرويجي NO دنماركي DK فنلندي FI بولندي PL يوناني GR
     قبرصي CY أوكراني UA اوكراني UA كندي CA مكسيكي MX برازيلي BR أسترالي AU استرالي AU إندونيسي ID
     اندونيسي ID ماليزي MY نيجيري NG كيني KE إثيوبي ET اثيوبي ET إريتري ER اريتري ER تشادي TD روس RU
     أتراك TR اتراك TR ألمان DE المان DE
     فنزويلي VE كوبي CU أرجنتيني AR ارجنتيني AR كولومبي CO تشيلي CL بيروفي PE مجري HU أيرلندي IE
     ايرلندي IE إيرلندي IE تشيكي CZ روماني RO بلغاري BG صربي RS كرواتي HR ألباني AL بيلاروسي BY
     جورجي GE أرميني AM ارميني AM أذربيجاني AZ اذربيجاني AZ كازاخي KZ أوزبكي UZ اوزبكي UZ تركماني TM
     طاجيكي TJ نيوزيلندي NZ بنغالي BD تايلاندي TH فيتنامي VN سنغافوري SG سريلانكي LK نيبالي NP
     ميانماري MM فلبيني PH غاني GH كاميروني CM أوغندي UG رواندي RW تنزاني TZ زيمبابوي ZW سنغالي SN
     نيجري NE`
  )
    .trim()
    .split(/\s+/)
    .reduce<[string, string][]>((pairs, w, i, all) => (i % 2 === 0 ? [...pairs, [normalize(w), all[i + 1]!]] : pairs), []),
);

/** The ISO code of the country a nationality adjective («الفرنسية», «الأمريكيين») points to, or undefined. */
export function countryOfNationality(word: string): string | undefined {
  const stem = nationalityStem(word);
  return stem === undefined ? undefined : COUNTRY_OF.get(stem);
}
