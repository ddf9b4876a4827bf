/**
 * The options page's interface text, in Arabic and English. Both languages hold every key (the
 * type makes a missing one a compile error). Values that take a parameter are functions.
 */
import type { FieldError } from '../knowledge/catalogue';
import type { EditProblem } from '../knowledge/edit';
import type { Gender } from '../knowledge/gender';
import type { EntityType } from '../knowledge/types';
// The full-disk explanation is the popup's too: one wording, kept in lib/i18n/strings.ts.
import { stringsFor as shared } from './strings';

export type OptionsLocale = 'ar' | 'en';

const ar = {
  title: 'إعدادات مرصد',
  appName: 'مرصد',
  settings: 'الإعدادات',
  privacy: 'كل شيء يبقى على جهازك: لا يرسل مرصد شيئًا عبر الشبكة.',
  loading: 'جارٍ التحميل…',
  tabsLabel: 'أقسام الإعدادات',
  tabKnowledge: 'قاعدة المعرفة',
  tabSites: 'المواقع',
  tabCorpus: 'الأرشيف',
  tabAppearance: 'المظهر',
  dismiss: 'إغلاق',
  cancel: 'إلغاء',
  save: 'حفظ',
  saved: 'تم الحفظ.',
  errorPrefix: 'تعذّر ذلك:',
  unknownError: 'خطأ غير معروف',
  storageFull: shared('ar').storageFull,
  tooLarge: shared('ar').tooLarge,
  interrupted: shared('ar').interrupted,

  type: (t: EntityType) => ({ person: 'شخص', organization: 'منظمة', place: 'مكان' })[t],
  typePlural: (t: EntityType) => ({ person: 'الأشخاص', organization: 'المنظمات', place: 'الأماكن' })[t],

  // Knowledge base
  kbIntro:
    'الأشخاص والمنظمات والأماكن التي يعرفها مرصد. ابحث بالعربية (بأي تهجئة) أو بالإنجليزية، وأضف أسماء، وأخفِ ما لا تريد تمييزه، وأضف كيانات خاصة بك.',
  kbSearch: 'ابحث في الأسماء (بالعربية أو الإنجليزية)',
  kbSearchPlaceholder: 'مثلًا: ماكرون أو Macron',
  kbTypeFilter: 'النوع',
  kbAllTypes: 'كل الأنواع',
  kbShowFilter: 'عرض',
  kbShowAll: 'الكل',
  kbShowMine: 'كياناتي',
  kbShowEdited: 'ما عدّلته',
  kbShowHidden: 'المخفية',
  kbCount: (shown: number, total: number) =>
    shown < total
      ? `الكيانات المطابقة: ${total.toLocaleString('ar')}، يُعرض أول ${shown.toLocaleString('ar')} منها`
      : `الكيانات المطابقة: ${total.toLocaleString('ar')}`,
  kbNone: 'لا يطابق بحثك أي كيان.',
  kbShowMore: (n: number) => `اعرض ${n.toLocaleString('ar')} أخرى`,
  kbResults: 'النتائج',
  kbAliases: 'أسماء أخرى',
  kbContextAliases: 'أسماء لا تُميَّز إلا في سياقها',
  kbBadgeMine: 'خاص بك',
  kbBadgeHidden: 'مخفي',
  kbBadgeEdited: 'معدَّل',
  kbEdit: 'تعديل',
  kbEditOf: (name: string) => `تعديل ${name}`,
  kbClose: 'إغلاق',
  kbAdd: 'أضف كيانًا',
  kbAddTitle: 'كيان جديد خاص بك',
  kbAdded: (name: string, g: Gender) => `${g === 'f' ? 'أُضيفت' : 'أُضيف'} «${name}».`,
  kbBuiltinNames: 'الأسماء المدمجة',
  kbYourAliases: 'أسماء أضفتها (اسم في كل سطر)',
  kbSaveAliases: 'احفظ الأسماء',
  kbHide: 'أخفِ هذا الكيان (لا يُميَّز في الصفحات)',
  kbUnhide: 'أظهِر هذا الكيان من جديد',
  kbHiddenNote: 'هذا الكيان مخفي: لا يميّزه مرصد في الصفحات.',
  kbExcluded: 'صيغ استبعدتها («ليس هذا»)',
  kbExcludedNone: 'لم تستبعد أي صيغة لهذا الكيان.',
  kbUnexclude: 'اسمح بها من جديد',
  kbUnexcludeForm: (form: string, name: string) => `اسمح بـ«${form}» من جديد لـ${name}`,
  kbAllExcluded: 'كل الصيغ المستبعدة',
  kbAllExcludedIntro: 'صيغ قلت عنها «ليس هذا» في صفحة ما. لن تُميَّز لهذا الكيان حتى تسمح بها.',
  kbDelete: 'احذف هذا الكيان',
  kbDeleteConfirm: (name: string) => `أتحذف «${name}» نهائيًا؟`,
  kbDeleteYes: (g: Gender): string => (g === 'f' ? 'نعم، احذفها' : 'نعم، احذفه'),
  kbDeleted: (name: string, g: Gender) => `${g === 'f' ? 'حُذفت' : 'حُذف'} «${name}».`,

  kbDamagedTitle: (n: number) => `سجلات لا يستطيع مرصد استعمالها (${n.toLocaleString('ar')})`,
  kbDamagedIntro:
    'هذه سجلات في قاعدة معرفتك تالفة (من ملف قديم أو معدَّل يدويًا على الأرجح). يتخطاها مرصد فلا تؤثر في شيء آخر. احذفها، ثم أضف الكيان من جديد إن احتجت إليه.',
  kbDamagedDelete: 'احذف السجل',
  kbDamagedDeleteOf: (id: string) => `احذف السجل ${id}`,
  kbDamagedDeleted: (id: string) => `حُذف السجل ${id}.`,
  kbDamagedNoId: '(سجل بلا معرّف نصي)',

  foundTitle: 'أسماء وجدها مرصد في أرشيفك',
  foundIntro:
    'أشخاص ومنظمات وأماكن لا تعرفها قاعدة المعرفة، تعرّف عليها مرصد في مقالاتك المحفوظة من لقب أو صفة أو تصريح. أضف أيًّا منها إلى مرصد لتنتقل إليه تصريحاته المحفوظة.',
  foundNone: 'لم يجد مرصد في مقالاتك المحفوظة اسمًا لا تعرفه قاعدة المعرفة.',
  foundCount: (shown: number, total: number) =>
    shown < total ? `الأسماء: ${total.toLocaleString('ar')}، يُعرض أحدث ${shown.toLocaleString('ar')} منها` : `الأسماء: ${total.toLocaleString('ar')}`,
  foundArticles: (n: number) => `المقالات المحفوظة: ${n.toLocaleString('ar')}`,
  foundStatements: (n: number) => `التصريحات: ${n.toLocaleString('ar')}`,
  foundRole: 'الصفة',
  foundForms: 'كُتب',
  foundAdd: (g: Gender): string => (g === 'f' ? 'أضِفها إلى مرصد…' : 'أضِفه إلى مرصد…'),
  foundAddOf: (name: string) => `أضف «${name}» إلى مرصد`,
  foundAdded: (name: string, g: Gender) =>
    g === 'f'
      ? `أُضيفت «${name}» إلى قاعدة معرفتك، وانتقلت إليها تصريحاتها المحفوظة.`
      : `أُضيف «${name}» إلى قاعدة معرفتك، وانتقلت إليه تصريحاته المحفوظة.`,

  formType: 'النوع',
  formName: 'الاسم بالعربية (مطلوب)',
  formNameEn: 'الاسم بالإنجليزية',
  formAliases: 'أسماء أخرى، اسم في كل سطر',
  formAliasesHint: 'تهجئات أخرى أو أسماء مختصرة تدل دائمًا على هذا الكيان. تجنّب الكلمات الشائعة.',
  formErrorsTitle: 'صحّح ما يلي:',
  errNameRequired: 'الاسم بالعربية مطلوب.',
  errNameNotArabic: 'اكتب الاسم بالحروف العربية.',
  errNameStopword: (w: string) => `«${w}» كلمة شائعة لا يصلح أن تكون اسمًا وحدها؛ اكتب الاسم كاملًا.`,
  errAliasStopword: (w: string) => `«${w}» كلمة شائعة (حرف جر أو ضمير أو ما شابه) ولا يصلح اسمًا وحدها؛ احذفها.`,
  errAliasShort: (w: string) => `«${w}» أقصر من أن يكون اسمًا.`,
  errTooLong: 'النص أطول من اللازم.',

  kbExport: 'صدّر كياناتي وتعديلاتي',
  kbImport: 'استورد ملف كيانات',
  kbExported: (n: number) => `صُدّرت السجلات (${n.toLocaleString('ar')}).`,
  kbExportEmpty: 'لا توجد كيانات خاصة بك ولا تعديلات لتصديرها.',
  kbImporting: 'جارٍ الاستيراد…',
  kbImportDone: (added: number, updated: number, unchanged: number) =>
    `اكتمل الاستيراد. جديد: ${added.toLocaleString('ar')}؛ محدَّث: ${updated.toLocaleString('ar')}؛ دون تغيير: ${unchanged.toLocaleString('ar')}.`,
  kbImportProblems: 'لم يُستورد شيء: في الملف مشكلات. لم يتغير شيء مما لديك.',
  kbImportFailed: (msg: string) => `لم يُستورد شيء (${msg}). لم يتغير شيء مما لديك.`,
  problemAt: (entry: number | null) => (entry === null ? 'الملف' : `السجل ${entry.toLocaleString('ar')}`),
  probNotJson: (msg: string) => `ليس ملف JSON صالحًا (${msg}).`,
  probNotKnowledge: 'ليس ملف كيانات من مرصد (ينقصه "format": "marsad-knowledge").',
  probNewer: (v: string) => `صُنع بإصدار أحدث من مرصد (الصيغة ${v})؛ حدّث مرصد لاستيراده.`,
  probNoEntities: 'لا يحوي قائمة "entities".',
  probNotObject: 'ليس كائن JSON.',
  probBadId: 'معرّف الكيان غير صالح.',
  probBadOrigin: 'الحقل "origin" يجب أن يكون "user" أو "edit".',
  probUnknownBuiltin: (id: string) => `لا يوجد كيان مدمج بالمعرّف ${id}.`,
  probUserNeeds: 'الكيان الخاص يحتاج إلى اسم ونوع.',
  probBadList: (field: string) => `الحقل "${field}" يجب أن يكون قائمة أسماء.`,
  probBadHidden: 'الحقل "hidden" يجب أن يكون true أو false.',
  probDuplicate: (id: string) => `المعرّف ${id} مكرر في الملف.`,
  probBuiltinId: (id: string) => `${id} معرّف كيان مدمج؛ لا يصلح لكيان خاص بك.`,
  probBadText: (field: string) => `الحقل "${field}" يجب أن يكون نصًّا${field === 'updatedAt' ? ' بتاريخ ووقت' : ''}.`,

  // Sites
  sitesIntro: 'يعمل مرصد على مواقع الأخبار العربية التالية. أطفئ موقعًا ليكفّ مرصد عن التمييز فيه.',
  autoSave: 'احفظ تلقائيًا كل مقال إخباري عربي أفتحه على هذه المواقع',
  autoSaveHelp: 'معطّل افتراضيًا. الحفظ محلي على جهازك فقط.',
  sitesBuiltin: 'المواقع المدمجة',
  sitesFilter: 'ابحث في المواقع',
  sitesOn: (n: number, total: number) => `المفعّل: ${n.toLocaleString('ar')} من ${total.toLocaleString('ar')}`,
  siteToggle: (name: string) => `شغّل مرصد على ${name}`,
  sitesNone: 'لا يطابق بحثك أي موقع.',
  sitesUser: 'مواقع أضفتها',
  sitesUserIntro: 'لتشغيل مرصد على موقع آخر، افتح مقالًا فيه، وانقر زر مرصد في شريط المتصفح، واختر «شغّل مرصد على هذا الموقع».',
  sitesUserNone: 'لم تضف أي موقع بعد.',
  siteRemove: 'أزل',
  siteRemoveLabel: (host: string) => `أزل ${host} وأذونه`,
  siteRemoved: (host: string) => `أُزيل ${host}.`,

  // Corpus
  corpusIntro: 'المقالات التي حفظتها، وما قاله كل شخص فيها. تبقى على جهازك وحده.',
  corpusSearch: 'ابحث بالعنوان أو الموقع',
  corpusCount: (n: number) => `المقالات: ${n.toLocaleString('ar')}`,
  corpusNone: 'لم تحفظ أي مقال بعد. احفظ مقالًا من زر مرصد في شريط المتصفح.',
  corpusNoMatch: 'لا يطابق بحثك أي مقال.',
  colTitle: 'العنوان',
  colSite: 'الموقع',
  colDate: 'تاريخ النشر',
  colSaved: 'تاريخ الحفظ',
  colStatements: 'التصريحات',
  colActions: 'إجراءات',
  untitled: '(بلا عنوان)',
  noDate: '—',
  del: 'احذف',
  delLabel: (title: string) => `احذف «${title}»`,
  delConfirm: 'أتحذف هذا المقال وتصريحاته؟',
  delYes: 'نعم، احذف',
  deletedArticle: (title: string) => `حُذف «${title}».`,
  pagination: 'الصفحات',
  prev: 'السابقة',
  next: 'التالية',
  pageOf: (p: number, n: number) => `الصفحة ${p.toLocaleString('ar')} من ${n.toLocaleString('ar')}`,
  exportAll: 'صدّر كل شيء (JSON Lines)',
  exporting: 'جارٍ التصدير…',
  exportedAll: 'صُدّر الأرشيف.',
  exportProgress: (done: number, total: number) => `المقالات المصدَّرة: ${done.toLocaleString('ar')} من ${total.toLocaleString('ar')}`,
  exportCancelling: 'جارٍ إلغاء التصدير…',
  exportCancelled: 'أُلغي التصدير. لم يُنزَّل أي ملف.',
  importFile: 'استورد ملفًا (‎.jsonl)',
  importing: 'جارٍ الاستيراد…',
  importChecking: 'جارٍ فحص الملف… لم يُكتب شيء بعد.',
  importWriting: (n: number) => `الملف سليم. جارٍ استيراد ${n.toLocaleString('ar')} ${n === 1 ? 'مقال' : 'مقالًا'}…`,
  importCancelling: 'جارٍ الإلغاء…',
  importCancelled: 'أُلغي الاستيراد. لم يتغير شيء في أرشيفك.',
  importCancelledUndone: (n: number) => `أُلغي الاستيراد وحُذف ما كُتب منه (${n.toLocaleString('ar')}). أرشيفك كما كان.`,
  importReport: (a: number, as: number, e: number, eu: number, es: number) =>
    `اكتمل الاستيراد. مقالات أُضيفت: ${a.toLocaleString('ar')}؛ مقالات محفوظة من قبل تُركت كما هي: ${as.toLocaleString('ar')}؛ كيانات أُضيفت: ${e.toLocaleString('ar')}؛ كيانات موجودة من قبل دُمجت بما في الملف: ${eu.toLocaleString('ar')}؛ دون تغيير: ${es.toLocaleString('ar')}.`,
  importSettingsApplied: 'طُبّقت إعدادات الملف، إلا المواقع التي شغّلت مرصد عليها: تبقى كما هي هنا، فكل موقع يحتاج إذنك في هذا المتصفح.',
  importSettingsFailed: 'تعذّر حفظ إعدادات الملف، فبقيت إعداداتك كما هي.',
  importProblems: (n: number) => `لم يُستورد شيء: في الملف مشكلات (${n.toLocaleString('ar')}). لم يتغير شيء في أرشيفك.`,
  lineN: (n: number) => `السطر ${n.toLocaleString('ar')}`,
  importNotText: (encoding: string, line: number | null) =>
    `لم يُستورد شيء: الملف ليس نصًّا صالحًا بترميز ${encoding}${line === null ? '' : ` (السطر ${line.toLocaleString('ar')})`}؛ لعله تلف أو حُفظ بترميز آخر. لم يتغير شيء مما لديك.`,
  transferTitle: 'تصدير واستيراد',
  transferIntro: 'ملف JSON Lines واحد يحوي المقالات وتصريحاتها وكياناتك وإعداداتك. الاستيراد لا يكرر ما حفظته من قبل.',

  storageTitle: 'التخزين',
  storageUsed: (used: string, quota: string) => `مستخدم: ${used} من ${quota} متاحة لمرصد.`,
  storageUnknown: 'لا يخبر هذا المتصفح بحجم التخزين.',
  persisted: 'التخزين دائم: لن يحذف المتصفح أرشيفك حين تنقص المساحة.',
  notPersisted: 'التخزين غير دائم: قد يحذف المتصفح أرشيفك حين تنقص مساحة القرص.',
  persistUnknown: 'لا يخبر هذا المتصفح إن كان التخزين دائمًا.',
  persistAsk: 'اطلب تخزينًا دائمًا',
  persistRefused: 'رفض المتصفح الطلب. في Firefox يسأل المتصفح أولًا؛ في Chrome يُمنح عادةً للإضافات المثبّتة.',

  // Appearance
  appearanceIntro: 'كيف يميّز مرصد الأسماء في الصفحات. تُحفظ التغييرات فورًا.',
  colorsTitle: 'الأنواع والألوان',
  highlightType: (t: EntityType) => ({ person: 'ميّز الأشخاص', organization: 'ميّز المنظمات', place: 'ميّز الأماكن' })[t],
  colorOf: (t: EntityType) => ({ person: 'لون الأشخاص', organization: 'لون المنظمات', place: 'لون الأماكن' })[t],
  resetColors: 'أعد الألوان الافتراضية',
  previewTitle: 'معاينة',
  previewLabel: 'معاينة نص مميَّز بالألوان المختارة',
  modeTitle: 'ما الذي يُميَّز',
  modeEvery: 'كل ذكر للاسم',
  modeFirst: 'أول ذكر فقط',
  ownTitle: 'أسماؤك في الصفحات',
  ownPaint: 'ميّز في الصفحات كياناتي والأسماء التي أضفتها',
  ownHelp:
    'معطّل افتراضيًا: تستطيع الصفحة أن تقرأ ما يميّزه مرصد فيها، وهذه الأسماء تكشف ما تبحث فيه. ما دام معطّلًا تبقى هذه الأسماء في قائمة مرصد (زر شريط المتصفح) ولا تُميَّز في الصفحة.',
  languageTitle: 'لغة الواجهة',
  langAuto: 'لغة المتصفح',
  langAr: 'العربية',
  langEn: 'English',
  lowContrast: 'قد يصعب قراءة النص على هذا اللون؛ اختر لونًا أفتح.',
};

export type OptionsStrings = typeof ar;

const en: OptionsStrings = {
  title: 'Marsad settings',
  appName: 'Marsad',
  settings: 'Settings',
  privacy: 'Everything stays on your computer: Marsad sends nothing over the network.',
  loading: 'Loading…',
  tabsLabel: 'Settings sections',
  tabKnowledge: 'Knowledge base',
  tabSites: 'Sites',
  tabCorpus: 'Archive',
  tabAppearance: 'Appearance',
  dismiss: 'Dismiss',
  cancel: 'Cancel',
  save: 'Save',
  saved: 'Saved.',
  errorPrefix: 'That did not work:',
  unknownError: 'unknown error',
  storageFull: shared('en').storageFull,
  tooLarge: shared('en').tooLarge,
  interrupted: shared('en').interrupted,

  type: (t) => ({ person: 'Person', organization: 'Organisation', place: 'Place' })[t],
  typePlural: (t) => ({ person: 'People', organization: 'Organisations', place: 'Places' })[t],

  kbIntro:
    'The people, organisations and places Marsad knows. Search in Arabic (any spelling) or English, add names, hide what you do not want highlighted, and add entities of your own.',
  kbSearch: 'Search names (Arabic or English)',
  kbSearchPlaceholder: 'e.g. ماكرون or Macron',
  kbTypeFilter: 'Type',
  kbAllTypes: 'All types',
  kbShowFilter: 'Show',
  kbShowAll: 'All',
  kbShowMine: 'Yours',
  kbShowEdited: 'Edited by you',
  kbShowHidden: 'Hidden',
  kbCount: (shown, total) =>
    shown < total ? `Showing ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} matching entities` : `${total.toLocaleString('en')} matching ${total === 1 ? 'entity' : 'entities'}`,
  kbNone: 'No entity matches your search.',
  kbShowMore: (n) => `Show ${n.toLocaleString('en')} more`,
  kbResults: 'Results',
  kbAliases: 'Other names',
  kbContextAliases: 'Names highlighted only in context',
  kbBadgeMine: 'Yours',
  kbBadgeHidden: 'Hidden',
  kbBadgeEdited: 'Edited',
  kbEdit: 'Edit',
  kbEditOf: (name) => `Edit ${name}`,
  kbClose: 'Close',
  kbAdd: 'Add an entity',
  kbAddTitle: 'A new entity of your own',
  kbAdded: (name) => `Added “${name}”.`,
  kbBuiltinNames: 'Built-in names',
  kbYourAliases: 'Names you added (one per line)',
  kbSaveAliases: 'Save names',
  kbHide: 'Hide this entity (never highlight it)',
  kbUnhide: 'Show this entity again',
  kbHiddenNote: 'This entity is hidden: Marsad does not highlight it.',
  kbExcluded: 'Forms you excluded (“this is not …”)',
  kbExcludedNone: 'You have not excluded any form for this entity.',
  kbUnexclude: 'Allow again',
  kbUnexcludeForm: (form, name) => `Allow “${form}” again for ${name}`,
  kbAllExcluded: 'All excluded forms',
  kbAllExcludedIntro: 'Forms you marked “this is not …” on a page. They are not highlighted as that entity until you allow them again.',
  kbDelete: 'Delete this entity',
  kbDeleteConfirm: (name) => `Delete “${name}” for good?`,
  kbDeleteYes: () => 'Yes, delete it',
  kbDeleted: (name) => `Deleted “${name}”.`,

  kbDamagedTitle: (n) => `Records Marsad cannot use (${n.toLocaleString('en')})`,
  kbDamagedIntro:
    'These records in your knowledge base are damaged (from an old or hand-edited file, most likely). Marsad skips them, so nothing else is affected. Delete them, then add the entity again if you need it.',
  kbDamagedDelete: 'Delete the record',
  kbDamagedDeleteOf: (id) => `Delete the record ${id}`,
  kbDamagedDeleted: (id) => `The record ${id} was deleted.`,
  kbDamagedNoId: '(a record without a text id)',

  foundTitle: 'Names Marsad found in your archive',
  foundIntro:
    'People, organisations and places your knowledge base lacks, which Marsad recognised in your saved articles by a title, a role or a statement. Add one to Marsad and its saved statements go with it.',
  foundNone: 'Marsad has found no name outside your knowledge base in your saved articles.',
  foundCount: (shown, total) =>
    shown < total ? `Showing the latest ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} names` : `${total.toLocaleString('en')} ${total === 1 ? 'name' : 'names'}`,
  foundArticles: (n) => `${n.toLocaleString('en')} saved ${n === 1 ? 'article' : 'articles'}`,
  foundStatements: (n) => `${n.toLocaleString('en')} ${n === 1 ? 'statement' : 'statements'}`,
  foundRole: 'Role',
  foundForms: 'Written',
  foundAdd: () => 'Add to Marsad…',
  foundAddOf: (name) => `Add “${name}” to Marsad`,
  foundAdded: (name) => `Added “${name}” to your knowledge base, with the statements saved under that name.`,

  formType: 'Type',
  formName: 'Arabic name (required)',
  formNameEn: 'English name',
  formAliases: 'Other names, one per line',
  formAliasesHint: 'Other spellings or short forms that always mean this entity. Avoid common words.',
  formErrorsTitle: 'Please correct the following:',
  errNameRequired: 'The Arabic name is required.',
  errNameNotArabic: 'Write the name in Arabic letters.',
  errNameStopword: (w) => `“${w}” is a common word and cannot be a name on its own; write the full name.`,
  errAliasStopword: (w) => `“${w}” is a function word (a preposition, pronoun or the like) and cannot be a name on its own; remove it.`,
  errAliasShort: (w) => `“${w}” is too short to be a name.`,
  errTooLong: 'The text is too long.',

  kbExport: 'Export my entities and edits',
  kbImport: 'Import an entities file',
  kbExported: (n) => `Exported ${n.toLocaleString('en')} ${n === 1 ? 'record' : 'records'}.`,
  kbExportEmpty: 'You have no entities of your own and no edits to export.',
  kbImporting: 'Importing…',
  kbImportDone: (added, updated, unchanged) =>
    `Import complete: ${added.toLocaleString('en')} new, ${updated.toLocaleString('en')} updated, ${unchanged.toLocaleString('en')} unchanged.`,
  kbImportProblems: 'Nothing was imported: the file has problems. Nothing you have was changed.',
  kbImportFailed: (msg) => `Nothing was imported (${msg}). Nothing you have was changed.`,
  problemAt: (entry) => (entry === null ? 'File' : `Entry ${entry.toLocaleString('en')}`),
  probNotJson: (msg) => `Not a valid JSON file (${msg}).`,
  probNotKnowledge: 'Not a Marsad entities file (it lacks "format": "marsad-knowledge").',
  probNewer: (v) => `Made by a newer Marsad (format ${v}); update Marsad to import it.`,
  probNoEntities: 'It has no "entities" list.',
  probNotObject: 'Not a JSON object.',
  probBadId: 'The entity id is not a Marsad id.',
  probBadOrigin: 'The "origin" field must be "user" or "edit".',
  probUnknownBuiltin: (id) => `There is no built-in entity with the id ${id}.`,
  probUserNeeds: 'An entity of your own needs a name and a type.',
  probBadList: (field) => `The "${field}" field must be a list of names.`,
  probBadHidden: 'The "hidden" field must be true or false.',
  probDuplicate: (id) => `The id ${id} appears twice in the file.`,
  probBuiltinId: (id) => `${id} is a built-in entity's id; an entity of your own cannot have it.`,
  probBadText: (field) => `The "${field}" field must be text${field === 'updatedAt' ? ' with a date and time' : ''}.`,

  sitesIntro: 'Marsad runs on these Arabic news sites. Turn a site off to stop Marsad highlighting there.',
  autoSave: 'Save every Arabic news article I open on these sites automatically',
  autoSaveHelp: 'Off by default. Saved on this computer only.',
  sitesBuiltin: 'Built-in sites',
  sitesFilter: 'Filter sites',
  sitesOn: (n, total) => `${n.toLocaleString('en')} of ${total.toLocaleString('en')} on`,
  siteToggle: (name) => `Run Marsad on ${name}`,
  sitesNone: 'No site matches your filter.',
  sitesUser: 'Sites you added',
  sitesUserIntro: 'To run Marsad on another site, open an article there, click the Marsad button in the toolbar and choose “Enable on this site”.',
  sitesUserNone: 'You have not added any site yet.',
  siteRemove: 'Remove',
  siteRemoveLabel: (host) => `Remove ${host} and its permission`,
  siteRemoved: (host) => `Removed ${host}.`,

  corpusIntro: 'The articles you saved, and what each person said in them. They stay on this computer only.',
  corpusSearch: 'Search by title or site',
  corpusCount: (n) => `${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}`,
  corpusNone: 'You have not saved any article yet. Save one from the Marsad button in the toolbar.',
  corpusNoMatch: 'No article matches your search.',
  colTitle: 'Title',
  colSite: 'Site',
  colDate: 'Published',
  colSaved: 'Saved',
  colStatements: 'Statements',
  colActions: 'Actions',
  untitled: '(untitled)',
  noDate: '—',
  del: 'Delete',
  delLabel: (title) => `Delete “${title}”`,
  delConfirm: 'Delete this article and its statements?',
  delYes: 'Yes, delete',
  deletedArticle: (title) => `Deleted “${title}”.`,
  pagination: 'Pages',
  prev: 'Previous',
  next: 'Next',
  pageOf: (p, n) => `Page ${p.toLocaleString('en')} of ${n.toLocaleString('en')}`,
  exportAll: 'Export everything (JSON Lines)',
  exporting: 'Exporting…',
  exportedAll: 'Your archive was exported.',
  exportProgress: (done, total) => `${done.toLocaleString('en')} of ${total.toLocaleString('en')} ${total === 1 ? 'article' : 'articles'} exported`,
  exportCancelling: 'Cancelling the export…',
  exportCancelled: 'Export cancelled. No file was downloaded.',
  importFile: 'Import a file (.jsonl)',
  importing: 'Importing…',
  importChecking: 'Checking the file… nothing is written yet.',
  importWriting: (n) => `The file is sound. Importing ${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}…`,
  importCancelling: 'Cancelling…',
  importCancelled: 'Import cancelled. Nothing in your archive was changed.',
  importCancelledUndone: (n) => `Import cancelled; the ${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'} it had written were removed. Your archive is as it was.`,
  importReport: (a, as, e, eu, es) =>
    `Import complete: ${a.toLocaleString('en')} ${a === 1 ? 'article' : 'articles'} added (${as.toLocaleString('en')} already saved, skipped), ${e.toLocaleString('en')} ${e === 1 ? 'entity' : 'entities'} added, ${eu.toLocaleString('en')} already present merged with the file’s, ${es.toLocaleString('en')} unchanged.`,
  importSettingsApplied: 'The file’s settings were applied, except the sites you enabled Marsad on: those stay as they are here, since each site needs your permission in this browser.',
  importSettingsFailed: 'The file’s settings could not be saved; yours are as they were.',
  importProblems: (n) => `Nothing was imported: the file has ${n.toLocaleString('en')} ${n === 1 ? 'problem' : 'problems'}. Nothing in your archive was changed.`,
  lineN: (n) => `Line ${n.toLocaleString('en')}`,
  importNotText: (encoding, line) =>
    `Nothing was imported: the file is not valid ${encoding} text${line === null ? '' : ` (line ${line.toLocaleString('en')})`}; it may be damaged or saved in another encoding. Nothing you have was changed.`,
  transferTitle: 'Export and import',
  transferIntro: 'One JSON Lines file holds the articles, their statements, your entities and your settings. Importing never duplicates what you already saved.',

  storageTitle: 'Storage',
  storageUsed: (used, quota) => `Using ${used} of ${quota} available to Marsad.`,
  storageUnknown: 'This browser does not report how much storage is used.',
  persisted: 'Storage is persistent: the browser will not delete your archive when disk space runs low.',
  notPersisted: 'Storage is not persistent: the browser may delete your archive when disk space runs low.',
  persistUnknown: 'This browser does not say whether storage is persistent.',
  persistAsk: 'Ask for persistent storage',
  persistRefused: 'The browser declined. Firefox asks you first; Chrome usually grants it to installed extensions.',

  appearanceIntro: 'How Marsad highlights names on pages. Changes are saved at once.',
  colorsTitle: 'Types and colours',
  highlightType: (t) => ({ person: 'Highlight people', organization: 'Highlight organisations', place: 'Highlight places' })[t],
  colorOf: (t) => ({ person: 'Colour for people', organization: 'Colour for organisations', place: 'Colour for places' })[t],
  resetColors: 'Restore the default colours',
  previewTitle: 'Preview',
  previewLabel: 'Sample text highlighted in the chosen colours',
  modeTitle: 'What to highlight',
  modeEvery: 'Every mention',
  modeFirst: 'The first mention only',
  ownTitle: 'Your own names in pages',
  ownPaint: 'Highlight my own entities and the names I added in pages',
  ownHelp:
    'Off by default: a page can read what Marsad highlights in it, and these names tell what you research. While this is off, they are listed in Marsad’s popup (the toolbar button) but not highlighted in the page.',
  languageTitle: 'Interface language',
  langAuto: 'The browser’s language',
  langAr: 'العربية',
  langEn: 'English',
  lowContrast: 'Text may be hard to read on this colour; choose a lighter one.',
};

export function optionsStrings(locale: OptionsLocale): OptionsStrings {
  return locale === 'ar' ? ar : en;
}

/** What to tell the user about a name or alias the validator refused (lib/knowledge/catalogue.ts), wherever it was written. */
/** What to tell the user about a knowledge-base record the check every door uses refused (lib/knowledge/edit.ts). */
export function editProblemText(t: OptionsStrings, p: EditProblem): string {
  switch (p.code) {
    case 'notObject':
      return t.probNotObject;
    case 'badId':
      return t.probBadId;
    case 'badOrigin':
      return t.probBadOrigin;
    case 'userNeeds':
      return t.probUserNeeds;
    case 'badHidden':
      return t.probBadHidden;
    case 'unknownBuiltin':
      return t.probUnknownBuiltin(p.detail);
    case 'builtinId':
      return t.probBuiltinId(p.detail);
    case 'badList':
      return t.probBadList(p.detail);
    case 'badText':
      return t.probBadText(p.detail);
    case 'field':
      return fieldErrorText(t, p.error);
  }
}

export function fieldErrorText(t: OptionsStrings, e: FieldError): string {
  switch (e.code) {
    case 'required':
      return t.errNameRequired;
    case 'notArabic':
      return t.errNameNotArabic;
    case 'tooLong':
      return t.errTooLong;
    case 'stopword':
      return e.field === 'name' ? t.errNameStopword(e.word) : t.errAliasStopword(e.word);
    case 'short':
      return t.errAliasShort(e.word);
  }
}
