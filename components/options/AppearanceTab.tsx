/**
 * The appearance tab: a colour per entity type with a live preview of highlighted Arabic text,
 * which types are highlighted, every mention or the first only, whether the user's own names are
 * painted in pages (a page can read what is painted), and the interface language.
 * Every change is saved at once.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../lib/knowledge/types';
import { DEFAULT_SETTINGS, type HighlightMode, type Settings, type UiLanguage } from '../../lib/settings';
import { useOptions } from './context';
import { failure, Notice, type NoticeState } from './ui';

/** The preview: a sentence the project wrote, with its mentions marked (an entity key, to show "first mention only"). */
const SAMPLE: readonly (string | { text: string; type: EntityType; entity: string })[] = [
  'أكد الرئيس الفرنسي ',
  { text: 'إيمانويل ماكرون', type: 'person', entity: 'macron' },
  ' في ',
  { text: 'باريس', type: 'place', entity: 'paris' },
  ' أن ',
  { text: 'حلف شمال الأطلسي', type: 'organization', entity: 'nato' },
  ' سيجتمع الأسبوع المقبل، وأضاف ',
  { text: 'ماكرون', type: 'person', entity: 'macron' },
  ' أن ',
  { text: 'فرنسا', type: 'place', entity: 'france' },
  ' ستشارك في اجتماع ',
  { text: 'الحلف', type: 'organization', entity: 'nato' },
  '.',
];

/** A colour as <input type=color> wants it (#rrggbb), or the type's default. */
export function toHexColor(c: string, fallback: string): string {
  if (/^#[0-9a-f]{6}$/i.test(c)) return c.toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return fallback;
}

/** WCAG contrast ratio of black text (#1a1a1a, the preview's text colour) on a #rrggbb background. */
export function contrastWithText(hex: string): number {
  const lum = (h: string) => {
    const ch = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
  };
  const a = lum(hex);
  const b = lum('#1a1a1a');
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

function Preview({ colors, types, highlight }: { colors: Record<EntityType, string>; types: Settings['types']; highlight: HighlightMode }) {
  const { t } = useOptions();
  const seen = new Set<string>();
  return (
    <figure class="preview" aria-label={t.previewLabel}>
      <figcaption>{t.previewTitle}</figcaption>
      <p class="sample" lang="ar" dir="rtl" data-testid="preview">
        {SAMPLE.map((part, i) => {
          if (typeof part === 'string') return part;
          const first = !seen.has(part.entity);
          seen.add(part.entity);
          const on = types[part.type] && (highlight === 'every' || first);
          return on ? (
            <mark key={i} class="sample-mark" data-type={part.type} style={{ backgroundColor: colors[part.type] }}>
              {part.text}
            </mark>
          ) : (
            part.text
          );
        })}
      </p>
    </figure>
  );
}

export function AppearanceTab() {
  const { t, settings, updateSettings } = useOptions();
  const uid = useId();
  const [notice, setNotice] = useState<NoticeState>(null);
  // Colours follow the picker live; they are saved when the choice is committed (the change event).
  const [colors, setColors] = useState(settings.colors);
  useEffect(() => setColors(settings.colors), [settings.colors]);

  const save = async (change: Partial<Settings>) => {
    setNotice(null);
    try {
      await updateSettings(change);
    } catch (e) {
      setNotice(failure(t, e));
    }
  };

  const languages: { value: UiLanguage; label: string; lang?: string }[] = [
    { value: 'auto', label: t.langAuto },
    { value: 'ar', label: t.langAr, lang: 'ar' },
    { value: 'en', label: t.langEn, lang: 'en' },
  ];

  return (
    <div class="appearance">
      <p class="intro">{t.appearanceIntro}</p>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <section class="card" aria-labelledby={`${uid}-colors`}>
        <h3 id={`${uid}-colors`}>{t.colorsTitle}</h3>
        <ul class="type-settings">
          {ENTITY_TYPES.map((type) => {
            const hex = toHexColor(colors[type], DEFAULT_SETTINGS.colors[type]);
            const low = contrastWithText(hex) < 4.5;
            return (
              <li key={type}>
                <label class="inline">
                  <input type="checkbox" checked={settings.types[type]} onChange={(e) => void save({ types: { ...settings.types, [type]: e.currentTarget.checked } })} />
                  {t.highlightType(type)}
                </label>
                <label class="inline color">
                  <input
                    type="color"
                    value={hex}
                    aria-describedby={low ? `${uid}-${type}-low` : undefined}
                    onInput={(e) => {
                      const value = e.currentTarget.value;
                      setColors((c) => ({ ...c, [type]: value }));
                    }}
                    onChange={(e) => void save({ colors: { ...colors, [type]: e.currentTarget.value } })}
                  />
                  {t.colorOf(type)}
                </label>
                {low ? (
                  <p class="warn" id={`${uid}-${type}-low`}>
                    {t.lowContrast}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
        <button type="button" onClick={() => void save({ colors: { ...DEFAULT_SETTINGS.colors } })}>
          {t.resetColors}
        </button>
        <Preview colors={colors} types={settings.types} highlight={settings.highlight} />
      </section>
      <fieldset class="card">
        <legend>{t.modeTitle}</legend>
        {(
          [
            ['every', t.modeEvery],
            ['first', t.modeFirst],
          ] as const
        ).map(([value, label]) => (
          <label key={value} class="inline block">
            <input type="radio" name={`${uid}-mode`} value={value} checked={settings.highlight === value} onChange={() => void save({ highlight: value })} />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset class="card">
        <legend>{t.ownTitle}</legend>
        <label class="inline block">
          <input type="checkbox" checked={settings.paintOwnEntities} aria-describedby={`${uid}-own`} onChange={(e) => void save({ paintOwnEntities: e.currentTarget.checked })} />
          {t.ownPaint}
        </label>
        <p class="hint" id={`${uid}-own`}>
          {t.ownHelp}
        </p>
      </fieldset>
      <fieldset class="card">
        <legend>{t.languageTitle}</legend>
        {languages.map((l) => (
          <label key={l.value} class="inline block">
            <input type="radio" name={`${uid}-lang`} value={l.value} checked={settings.language === l.value} onChange={() => void save({ language: l.value })} />
            <span lang={l.lang}>{l.label}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
