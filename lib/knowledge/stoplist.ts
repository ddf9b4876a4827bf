import { normalize } from '../arabic/normalize';

/**
 * Single words that must never match as a name on their own: function words (folding ى→ي makes
 * على read as علي), pronouns, common nouns of news prose, and given names shared by millions. A
 * multi-word name may contain them ("علي خامنئي"); a one-word alias may not be one of them.
 */
const WORDS = `
من في على علي الى إلى عن مع أن إن ان أنه إنه انه له لها لهم به بها هو هي هم هن نحن انت أنا
ما ماذا لا لم لن قد كان كانت يكون تكون بين بعد قبل حتى ثم او أو أي اي أيضا ايضا التي الذي الذين
اللذين اللتين هذا هذه ذلك تلك هؤلاء كل بعض غير عند منذ خلال حول ضد دون لدى عبر نحو حيث كما لكن
إذا اذا إذ اذ لو يوم عام اليوم امس أمس غدا الآن بل أما اما إلا الا سوف كي لكي عندما بينما فيما
مثل وفق حسب بحسب وفقا لدي عليه عليها فيه فيها منه منها عنه عنها الي إليه اليه
قال قالت أكد اعلن أعلن أضاف اضاف تابع ذكر كشف
الدولة الدوله التنظيم الجيش الحكومة الحكومه الرئيس الوزير المجلس الحزب الحركة الجماعة القوات
الشعب الوطن البلاد المدينة المنطقة العاصمة الشرق الغرب الشمال الجنوب العالم الأمن الامن السلام
الحرب المعارضة النظام الثورة الوحدات الجبهة الرئاسة الخارجية الدفاع الداخلية
امل أمل نور سلام حرية عدالة
محمد أحمد احمد محمود علي حسن حسين عمر خالد عبدالله عبد الله إبراهيم ابراهيم يوسف مصطفى سعيد
`;

export const STOPWORDS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/).filter(Boolean).map((w) => normalize(w)),
);

/** Is this (already normalised) single word one that must never be a name on its own? */
export function isStopword(normalizedWord: string): boolean {
  return STOPWORDS.has(normalizedWord);
}
