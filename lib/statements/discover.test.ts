/**
 * Discovered names beyond speakers (discover.ts): a person after a title, rank or honorific whatever
 * the verb, a person named by a given name and a family name or nasab, an organisation named by
 * its head and a name, a place after its place noun — and the descriptions that must not be taken
 * for names. Sentences written for these tests; the names are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze';
import { builtinGazetteer } from '../knowledge/builtin';
import { discoveredId } from './discover';

const g = builtinGazetteer();

/** The discovered mentions of a text, as [type, text as highlighted]. */
function discovered(text: string): [string, string][] {
  const a = analyze(text, g, { mentionsOnly: true });
  return a.entities.filter((e) => e.discovered).flatMap((e) => e.mentions.map((m): [string, string] => [e.type, m.text]));
}

describe('a person after a title, rank or honorific, whatever the verb', () => {
  it('after a rank, the name and not the rank', () => {
    expect(discovered('واستقبل اللواء فيصل العتيبي وفدا من المحافظة.')).toEqual([['person', 'فيصل العتيبي']]);
  });
  it('after an honorific glued to its preposition', () => {
    expect(discovered('التقى وزير الزراعة بالمهندس كمال الدباغ في مكتبه.')).toEqual([['person', 'كمال الدباغ']]);
  });
  it('after an office with its nationality, without the object in the accusative', () => {
    expect(discovered('وشن المندوب الكندي بول هاينريش هجوما على الاقتراح.')).toEqual([['person', 'بول هاينريش']]);
  });
  it('a given name alone after a whole title, without the object that follows it', () => {
    expect(discovered('وحضرت السيدة خديجة الحفل الختامي.')).toEqual([['person', 'خديجة']]);
  });
  it('gives the discovered actor its title as its role', () => {
    const a = analyze('واستقبل اللواء فيصل العتيبي وفدا من المحافظة.', g, { mentionsOnly: true });
    expect(a.entities.find((e) => e.discovered)).toMatchObject({ name: 'فيصل العتيبي', role: 'اللواء' });
  });
  it('not a verb, a team or a direction after a word that is also a title', () => {
    expect(discovered('وقال المدرب إن الفريق جاهز للمباراة.')).toEqual([]);
    expect(discovered('وانطلق اللاعب إلى الأمام لعب الكرة.')).toEqual([]);
  });
  it('not a title inside the name of a place or a thing', () => {
    expect(discovered('وافتتح الوزير جناحا في مستشفى الملك حمدان التخصصي.')).toEqual([]);
  });
});

describe('a person named by a given name and a family name or nasab', () => {
  it('in a list of names, each name on its own, without the conjunction', () => {
    expect(discovered('وحصل على الجائزة كل من ياسر العمري ومريم الحداد.')).toEqual([
      ['person', 'ياسر العمري'],
      ['person', 'مريم الحداد'],
    ]);
  });
  it('behind a preposition, without it', () => {
    expect(discovered('ومنح المجلس جائزته لأحمد عبد الله الحسن تقديرا لجهوده.')).toEqual([['person', 'أحمد عبد الله الحسن']]);
  });
  it('a nasab with its particles', () => {
    expect(discovered('والتقى الوفد بخالد بن سيف المنصوري في القصر.')).toEqual([['person', 'خالد بن سيف المنصوري']]);
  });
  it('an ambiguous given name before a given name begins the name', () => {
    expect(discovered('وعين المجلس صالح مروان الدوري مديرا للمصرف.')).toEqual([['person', 'صالح مروان الدوري']]);
  });
  it('links the family name alone later in the article', () => {
    const found = discovered('ومنح المجلس جائزته لياسر العمري. وقال العمري إن الجائزة لفريقه.');
    expect(found).toEqual([
      ['person', 'ياسر العمري'],
      ['person', 'العمري'],
    ]);
  });
  it('a given name alone is a person, without the object that follows it', () => {
    expect(discovered('وعقد عباس اجتماعا طارئا للحكومة.')).toEqual([['person', 'عباس']]);
  });
  it('traps: a common given name alone, a verb’s object, «على», praise of God, a thing named after a person', () => {
    expect(discovered('يسكن محمد قرية صغيرة قرب النهر.')).toEqual([]);
    expect(discovered('وأكد على محمد أن يحضر الاجتماع.')).toEqual([]);
    expect(discovered('احمد الله على نعمته.')).toEqual([]);
    expect(discovered('وتقع المحطة في شارع محمد الخامس وسط المدينة.')).toEqual([]);
    expect(discovered('وأقلعت المقاتلات من حاملة الطائرات "جورج كينان" فجرا.')).toEqual([]);
    expect(discovered('وقال: لدينا مشاريع كثيرة، وبدأنا نفقد الأمل.')).toEqual([]);
  });
});

describe('where a person’s name ends', () => {
  it('particles inside a name, strong and weak', () => {
    expect(discovered('ووقع المبعوث جان بول دو لا فونتين الاتفاق أمس.')).toEqual([['person', 'جان بول دو لا فونتين']]);
    expect(discovered('وفاز المرشح محمد سالم ولد المختار بالمقعد.')).toEqual([['person', 'محمد سالم ولد المختار']]);
  });
  it('a regnal number after a ruler’s name', () => {
    expect(discovered('وحكم الملك هنري الثامن البلاد ثلاثين عاما.')).toEqual([['person', 'هنري الثامن']]);
    expect(discovered('ووقع الملك ألفونسو الثالث عشر المرسوم.')).toEqual([['person', 'ألفونسو الثالث عشر']]);
  });
  it('not the verb after a nasab, an elative, a negation, a verb in the past', () => {
    expect(discovered('وكان القائد حسان بن نعمان غزا المدينة.')).toEqual([['person', 'حسان بن نعمان']]);
    expect(discovered('ويعد الروائي نبيل فرحات أشهر كتاب جيله.')).toEqual([['person', 'نبيل فرحات']]);
    expect(discovered('ويرى المدرب أن سامر بلخير لا يريد الرحيل.')).toEqual([['person', 'سامر بلخير']]);
    expect(discovered('وكان المخرج كريم الشناوي استطاع إقناع المنتج.')).toEqual([['person', 'كريم الشناوي']]);
  });
  it('not a noun in the accusative after an Arab given name', () => {
    expect(discovered('وقدمت الفنانة هالة صدقي برنامجا جديدا.')).toEqual([['person', 'هالة صدقي']]);
  });
  it('traps: after أن a title and its predicate', () => {
    expect(discovered('وقال ماركو إن الفريق جاهز.')).toEqual([['person', 'ماركو']]);
    expect(discovered('وأكد الناطق أن المدرب سعيد.')).toEqual([]);
  });
});

describe('more of the places a person’s name stands', () => {
  it('after an office closed by a definite word, two words of a name', () => {
    expect(discovered('وتصدى الحارس غويلرمو أوتشوا للكرة ببراعة.')).toEqual([['person', 'غويلرمو أوتشوا']]);
  });
  it('after a nationality standing as a noun', () => {
    expect(discovered('وسجل البرازيلي جواو مارتينيز الهدف الثاني.')).toEqual([['person', 'جواو مارتينيز']]);
    expect(discovered('وفاز على الصربي يانكو ميلوفيتش في الدور الأول.')).toEqual([['person', 'يانكو ميلوفيتش']]);
  });
  it('after a noun of kinship or company with its pronoun, and after a work’s credits', () => {
    expect(discovered('وشارك زميله فيكتور أوسيمين في التدريبات.')).toEqual([['person', 'فيكتور أوسيمين']]);
    expect(discovered('والمسلسل من تأليف هشام ماجد وإخراج سامح عبد العزيز.')).toEqual([
      ['person', 'هشام ماجد'],
      ['person', 'سامح عبد العزيز'],
    ]);
  });
  it('joined by و to a person’s name', () => {
    expect(discovered('وغاب عن التدريب اللاعب جيمس ميلر وبول سكوت بسبب الإصابة.')).toEqual([
      ['person', 'جيمس ميلر'],
      ['person', 'بول سكوت'],
    ]);
  });
  it('a one-word subject that begins with ب, or a family name with the article and the nisba', () => {
    expect(discovered('وأضاف بلازي أن الوضع صعب.')).toEqual([['person', 'بلازي']]);
    expect(discovered('وقال الجعفري إن الحكومة باقية.')).toEqual([['person', 'الجعفري']]);
  });
  it('a given name alone is the person named in full with it', () => {
    const a = analyze('ووصل المدرب ماركو سيلفا أمس. وتحدث ماركو عن خطته.', g, { mentionsOnly: true });
    expect(a.entities.filter((e) => e.discovered).map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['ماركو سيلفا', ['ماركو سيلفا', 'ماركو']]]);
  });
  it('traps: an adverb, an ordinal, a verb, an object after an office, a feminine noun', () => {
    expect(discovered('وقال بوضوح إن الوضع صعب.')).toEqual([]);
    expect(discovered('وقال الثاني إن الحكومة باقية.')).toEqual([]);
    expect(discovered('وبحث رئيس الوزراء سبل تعزيز التعاون.')).toEqual([]);
    expect(discovered('وأكد اللاعب رغبته في البقاء.')).toEqual([]);
    expect(discovered('وقصف الجيش الإسرائيلي مواقع في الجنوب.')).toEqual([]);
    expect(discovered('وتوقعت مصادر الحلف أن يستغرق نقل القوات أسابيع.')).toEqual([]);
    expect(discovered('وقال إن الحكومة تدرس تجهيز كشف طبي بشأن السجناء.')).toEqual([]);
    expect(discovered('وبعث الأمير ابن أخيه ليفاوض الملك.')).toEqual([]);
    expect(discovered('وحقق الفريق فوزه عن طريق الضربات الترجيحية.')).toEqual([]);
    expect(discovered('وأقيمت المباراة على ملعب هزاع بن زايد مساء.')).toEqual([]);
    expect(discovered('وتعاقدت الإدارة مع محمد لمدة عامين.')).toEqual([]);
    expect(discovered('وارتفع عدد السكان فيصل إلى مليون.')).toEqual([]);
  });
});

describe('an organisation named by its head and a name', () => {
  it('a head and an abstract noun organisations are named with (the head is part of the name)', () => {
    expect(discovered('وانضم النائب إلى تيار الكرامة ثم استقال.')).toEqual([['organization', 'تيار الكرامة']]);
  });
  it('with a second name word and a nisba, without the preposition glued to the head', () => {
    expect(discovered('ووجه الشكر لحزب الصمود والتغيير الشعبي على موقفه.')).toEqual([['organization', 'حزب الصمود والتغيير الشعبي']]);
  });
  it('a name in quotation marks after its head', () => {
    expect(discovered('وقالت صحيفة "المرصد الحر" إن الاتفاق قريب.')).toEqual([['organization', 'المرصد الحر']]);
  });
  it('a club after «نادي», a company after «شركة»: the name without its head', () => {
    expect(discovered('وانتقل اللاعب إلى نادي الظفرة الإماراتي.')).toEqual([['organization', 'الظفرة']]);
    expect(discovered('وأعلنت شركة نوكيا أرباحها.')).toEqual([['organization', 'نوكيا']]);
  });
  it('traps: a company described, not named', () => {
    expect(discovered('وأسس شركة طيران خاصة.')).toEqual([]);
    expect(discovered('وارتفعت أسهم شركة السيارات.')).toEqual([]);
    expect(discovered('وتملك شركة للإنتاج الفني.')).toEqual([]);
    expect(discovered('وتعمل شركة مساهمة في القطاع.')).toEqual([]);
  });
  it('traps: descriptions after an organisation’s head', () => {
    expect(discovered('وشكل البرلمان لجنة تحقيق في الحادث وطلب مجلس الإدارة تقريرا.')).toEqual([]);
    expect(discovered('وأسس الناشطون حزبا سياسيا جديدا.')).toEqual([]);
    expect(discovered('وتوقفت حركة المرور في الشارع الرئيسي.')).toEqual([]);
    expect(discovered('وشارك في حركة الاحتجاج آلاف الطلاب.')).toEqual([]);
    expect(discovered('وعرضت القناة برنامج "ليالي السمر" مساء.')).toEqual([]);
  });
});

describe('a place after its place noun', () => {
  it('the name, not the place noun, with or without a preposition on the noun', () => {
    expect(discovered('وانتقل الوفد إلى مدينة تشيانغماي في الشمال.')).toEqual([['place', 'تشيانغماي']]);
    expect(discovered('وضربت العاصفة سواحل بإقليم كوراندا صباحا.')).toEqual([['place', 'كوراندا']]);
  });
  it('a definite name after «حي», a two-word name after its first word', () => {
    expect(discovered('وسقطت القذيفة في حي الصفصاف شرق المدينة.')).toEqual([['place', 'الصفصاف']]);
    expect(discovered('وزار الوفد بلدة كفر الزيت ثم عاد.')).toEqual([['place', 'كفر الزيت']]);
  });
  it('traps: adjectives, directions, a definite description, a term of office', () => {
    expect(discovered('وأقام النازحون في قرية صغيرة داخل منطقة عازلة قرب الحدود.')).toEqual([]);
    expect(discovered('وتجمع الأهالي في منطقة شمال النهر وفي منطقة الحدود.')).toEqual([]);
    expect(discovered('ويسكن في حي سكني مجاور للمطار.')).toEqual([]);
    expect(discovered('وفاز الرئيس بولاية ثانية بعد ولاية سالم الأولى.')).toEqual([]);
    expect(discovered('وأقيم المخيم في جزيرة صغيرة.')).toEqual([]);
  });
});

describe('ids of discovered names', () => {
  it('are stable for a name, whatever the article', () => {
    const id = (text: string) => analyze(text, g, { mentionsOnly: true }).entities.find((e) => e.discovered)!.id;
    const a = id('وانتقل الوفد إلى مدينة تشيانغماي في الشمال.');
    expect(id('وتقع مدينة تشيانغماي في الشمال.')).toBe(a);
    expect(a).toBe(discoveredId('place', 'تشيانغماي'));
    expect(id('ووجه الشكر لحزب الصمود والتغيير الشعبي.')).toBe(discoveredId('organization', 'حزب الصمود والتغيير الشعبي'));
  });
});

describe('ids of discovered people', () => {
  const ids = (text: string) => analyze(text, g).entities.filter((e) => e.discovered && e.type === 'person').map((e) => [e.name, e.id]);

  it('a name of two words or more is one person in every text; one word alone is this text’s own', () => {
    const a = ids('وقال جواو مارتينيز إن الفريق جاهز. وعقد عباس اجتماعا مع الوفد.');
    const b = ids('وقال جواو مارتينيز إن المباراة صعبة. وعقد عباس اجتماعا مع اللجنة.');
    expect(a.map(([n]) => n)).toEqual(['جواو مارتينيز', 'عباس']);
    expect(a[0]).toEqual(b[0]);
    expect(a[1]![1]).not.toBe(b[1]![1]);
    // The same text gives the same ids (a page saved twice).
    expect(ids('وقال جواو مارتينيز إن الفريق جاهز. وعقد عباس اجتماعا مع الوفد.')).toEqual(a);
  });
});
