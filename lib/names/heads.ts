/**
 * The head nouns a name the knowledge base lacks may follow, and the words that tell a
 * description from a name after them. Every list is normalised when it is built.
 */
import { normalize } from '../arabic/normalize';

function words(...lists: string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) for (const w of list.split(/\s+/)) if (w) set.add(normalize(w));
  return set;
}

/**
 * Nouns whose genitive names a place, a building, a prize, an event or a ship after a person: «شارع
 * محمد الخامس», «مسجد عمر بن الخطاب», «جائزة الملك فيصل», «حاملة الطائرات شارل ديغول». The
 * person's name after one is not the person.
 */
export const NAMED_AFTER_HEADS: ReadonlySet<string> = words(`
  شارع جادة طريق ساحة ميدان دوار جسر نفق سد قناة مسجد جامع كنيسة كاتدرائية ضريح مقام مرقد قبر
  مستشفى مستوصف مدرسة جامعة كلية معهد أكاديمية مكتبة متحف مسرح قاعة قصر برج فندق منتجع مجمع
  ملعب استاد ستاد مطار ميناء قاعدة معسكر ثكنة سجن مركز مؤسسة جائزة كأس بطولة دورة مهرجان
  مدينة حي بلدة قرية منطقة مخيم حديقة مصنع مشروع صندوق وقف
  حاملة الطائرات سفينة السفينة مدمرة المدمرة فرقاطة الفرقاطة غواصة الغواصة باخرة الباخرة
`);

/** Words that follow a given name without being its family name: «محمد صلى الله عليه وسلم». */
export const NOT_FAMILY_NAMES: ReadonlySet<string> = words(`
  صلى رضي رحمه كرم عليه عليها نفسه نفسها مما عما رسول نبي صاحب صاحبة
  شقيق شقيقة نجل نجلة زوجة أرملة حفيد حفيدة والد والدة
  الابن الإبن الاب الجديد الجديدة السابق السابقة الراحل الراحلة الشهير الشهيرة المعروف المعروفة
  الملقب الملقبة الحالي الحالية المقبل
  الحفل المعرض الهدف الأهداف المباراة الكرة اللقب الجائزة الرسالة الوفد المنصب الاجتماع القرار
  الاتفاق البيان الزيارة المؤتمر الجلسة الملف الأمر الموضوع البطولة الكأس الميدالية المركز الفوز
  الحكم السلطة المنزل البيت المدينة البلاد العالم الشعب الفريق المنتخب النادي الموسم
  المسؤولية الدعوة التهنئة الشكر الكلمة الخطاب الحوار الصلاة العرش الحكومة الرئاسة الوزارة
`);

/**
 * Nouns of places a name follows: «مدينة تشوانتشو», «إقليم هونان», «حي الزيتون». The feminine ones
 * (ending in ة) take feminine adjectives: «منطقة عازلة», «قرية صغيرة» are descriptions.
 */
export const PLACE_HEADS: ReadonlySet<string> = words(`
  مدينة بلدة قرية محافظة ولاية إقليم منطقة حي مخيم جزيرة مقاطعة قضاء
`);

/** Place nouns whose definite genitive is a name, not a description: «حي الزيتون», «مخيم اليرموك». */
export const PLACE_HEADS_DEFINITE: ReadonlySet<string> = words('حي مخيم');

/**
 * First words of two-word place names: «عين الحلوة», «دير البلح», «بيت لاهيا», «سان فيسينتي»,
 * «نيو جيرسي». After a place noun, one of them takes the next word with it.
 */
export const TOPONYM_FIRST: ReadonlySet<string> = words(`
  عين دير بيت بني أبو رأس تل جسر كفر خان سيدي مرج حمام برج بئر جبل وادي باب قلعة
  سان سانت سانتا نيو بورت لوس لاس ريو بور
`);

/**
 * Nouns that follow a place noun in a description, not a name: directions («منطقة شمال بغداد»),
 * and the genitives of «منطقة نفوذ», «منطقة حظر الطيران», «مدينة ملاهي», «ولاية ثانية».
 */
export const PLACE_DESCRIPTIONS: ReadonlySet<string> = words(`
  شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي أقصى قلب أطراف ضواحي محيط قرب
  نفوذ حظر جزاء نزاع حرب قتال اشتباك تماس توتر عبور حدود سكن تجارة صناعة زراعة أشباح ملاهي
  عمليات أخرى آخر ما كل أي واحد واحدة جديد كبير صغير قديم ثاني ثالث أول مما عما
`);

/**
 * Heads of organisations' names: «حركة أمل», «تيار المستقبل», «حزب العمال الكردستاني».
 */
export const ORG_NAME_HEADS: ReadonlySet<string> = words(`
  حزب حركة جبهة كتائب سرايا ألوية هيئة مجلس لجنة جمعية منظمة اتحاد تجمع تيار ائتلاف جماعة
  تنظيم رابطة نقابة تحالف
`);

/**
 * Abstract nouns that organisations are named with: after an organisation's head, a definite one
 * makes a name («حزب العدالة والتنمية», «حركة النهضة», «تيار المستقبل»), where another definite
 * noun makes a description («لجنة التحقيق», «مجلس الإدارة», «حركة المرور»).
 */
export const ORG_NAME_WORDS: ReadonlySet<string> = words(`
  العدالة التنمية الحرية النهضة الدعوة البعث الاستقلال الوفاق الوفد المستقبل الأمة العمال العمل
  التحرير الإصلاح الكرامة الوحدة التجديد الأصالة الفضيلة النور التقدم الخضر الأحرار المحافظين
  الخلاص الجهاد الإخوان التوحيد الأنصار الأقصى العودة الإنقاذ التغيير الحراك البناء
  الرسالة المواطنين الشعب الوطن الديمقراطيين الاشتراكيين الشيوعيين الليكود المردة الطليعة
  الفتح الصحوة المهاجرين التضامن الوسط اليسار اليمين السلفيين النصرة الوعد الصمود
`);

/**
 * Nouns of kinship and company with a pronoun, which a person's name follows in apposition: «زوجته
 * رودا», «ابنه أسامة», «زميله ليبرون جيمس», «منافسه التركي». («أمه», «عمه», «خاله» are left out:
 * folded, they are also «أمة» a nation, «عمة», «خالة».)
 */
export const KIN_NOUNS: ReadonlySet<string> = words(`
  زوجته زوجها ابنه ابنها ابنته ابنتها نجله نجلها نجلي كريمته شقيقه شقيقها شقيقته شقيقتها
  أخوه أخيه أخاه أخته أختها والده والدها والدته والدتها أبوه أبيه أباه جده جدها جدته حفيده حفيدته
  زميله زميلها زميلته زميلتها مواطنه مواطنها مواطنته مساعده مساعدها نائبه نائبها مدربه مدربها
  صديقه صديقها صديقته صديقتها رفيقه رفيقته رفيقها خليفته سلفه خصمه خصمها منافسه منافسها غريمه
  شريكه شريكها شريكته خطيبته خطيبها حفيدها مستشاره مستشارها محاميه موكله
`);

/**
 * Nouns a work's credits put before a person's name: «تأليف X وإخراج Y», «بطولة يسرا», «ألحان X»,
 * «بقيادة X». A name begun by a given name follows one.
 */
export const CREDIT_NOUNS: ReadonlySet<string> = words(`
  تأليف إخراج ألحان توزيع سيناريو بطولة بقيادة برئاسة بإشراف إشراف غناء تلحين
`);
