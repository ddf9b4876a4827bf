/** A statement history's pieces: the verb-class filter, and one statement as the history lists it. */
import { VERB_CLASSES, type VerbClass } from '../../lib/analyze/types';
import type { HistoryEntry } from '../../lib/corpus/corpus';
import { statementLink } from '../../lib/text-fragment';
import { formatDate, stringsFor, verbClassName, verbShown, type Locale } from '../../lib/i18n/strings';

/** The verb-class chips: "All", then each class; pressing a class adds it to (or takes it from) the filter. */
export function ClassFilter({ locale, classes, onChange }: { locale: Locale; classes: VerbClass[]; onChange(c: VerbClass[]): void }) {
  const t = stringsFor(locale);
  const other: Locale = locale === 'ar' ? 'en' : 'ar';
  const toggle = (c: VerbClass) => {
    const next = classes.includes(c) ? classes.filter((x) => x !== c) : [...classes, c];
    // Every class is no filter at all.
    onChange(next.length === VERB_CLASSES.length ? [] : VERB_CLASSES.filter((x) => next.includes(x)));
  };
  return (
    <div class="classes" role="group" aria-label={t.verbClasses} data-testid="verb-classes">
      <button type="button" class="chip" aria-pressed={classes.length === 0} onClick={() => onChange([])}>
        {t.allClasses}
      </button>
      {VERB_CLASSES.map((c) => (
        // The other language's name as a tooltip: a researcher may know the classes by either.
        <button key={c} type="button" class="chip" data-class={c} aria-pressed={classes.includes(c)} title={verbClassName(other, c)} onClick={() => toggle(c)}>
          {verbClassName(locale, c)}
        </button>
      ))}
    </div>
  );
}

/**
 * One statement: its verb and the verb's class, date, site, whether it is quoted, whether its
 * speaker was named by a title only; the text; the other members of a joint subject; the link to
 * the article at that sentence. Page text (the statement, the title) is laid out in its own
 * direction (dir="auto"), whatever the interface's.
 */
export function HistoryItem({ locale, entityId, entry: s, byTitleHelp }: { locale: Locale; entityId: string; entry: HistoryEntry; byTitleHelp: string }) {
  const t = stringsFor(locale);
  const verb = verbShown(locale, s.verb);
  const others = (s.speakers ?? []).filter((m) => m.id !== entityId).map((m) => m.name);
  return (
    <li data-class={s.verbClass}>
      <div class="meta">
        {/* Each piece isolated: Arabic and English pieces side by side keep their own order. */}
        {/* A headline's «X: …» has a colon where a verb would be: it is named instead. */}
        <bdi class="verb" title={verb === s.verb ? undefined : t.headlineHelp}>
          {verb}
        </bdi>
        {' · '}
        <bdi class="vclass">{verbClassName(locale, s.verbClass)}</bdi>
        {' · '}
        <bdi>{formatDate(locale, s.publishedAt)}</bdi>
        {s.article.site ? (
          <>
            {' · '}
            <bdi>{s.article.site}</bdi>
          </>
        ) : null}
        {s.direct ? ` · ${t.direct}` : ''}
        {s.speakerKind === 'title' ? (
          <>
            {' · '}
            <bdi class="by-title" title={byTitleHelp}>
              {t.byTitle}
            </bdi>
          </>
        ) : null}
      </div>
      <p class="text" lang="ar" dir="auto">
        {s.text}
      </p>
      {others.length ? (
        <p class="joint">
          {t.jointWith}:{' '}
          <bdi lang="ar" dir="rtl">
            {others.join('، ')}
          </bdi>
        </p>
      ) : null}
      <a class="title" href={statementLink(s.article.url, s)} target="_blank" rel="noopener noreferrer" dir="auto">
        {s.article.title || s.article.url}
      </a>
    </li>
  );
}
