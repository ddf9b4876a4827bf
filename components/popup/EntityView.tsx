/**
 * One entity: its statement history across the corpus (newest first, filtered by words and by verb
 * class, paginated), its saved articles and who appears with it. A discovered actor is marked as
 * not in the knowledge base, with the form that adds it. Everything comes from the background,
 * names included (`describeEntity`, the overview's co-mentioned entities): the popup holds neither
 * the knowledge base nor the database.
 *
 * Every question to the background has its AbortController: a newer question (another entity,
 * other filter words or classes) aborts the one before, and a reply to an aborted question never
 * renders, nor does a late "More" for a list that has since changed.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { VerbClass } from '../../lib/analyze/types';
import type { HistoryEntry } from '../../lib/corpus/corpus';
import { linkableUrl } from '../../lib/corpus/urls';
import type { EntityType } from '../../lib/knowledge/types';
import { genderOf } from '../../lib/knowledge/gender';
import { lineColorOf } from '../../lib/highlight/highlighter';
import type { AddDiscoveredReply, EntityDescription, NamedOverview, PageEntity } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { AddToMarsad } from '../discovered/AddToMarsad';
import { entityWords, formatDate, stringsFor, typeName, type Locale } from '../../lib/i18n/strings';
import { useClient } from '../client';
import { ClassFilter, HistoryItem } from './HistoryItem';

const PAGE = 20;
const FILTER_DELAY = 250;

interface Props {
  locale: Locale;
  settings: Settings;
  entityId: string;
  known: PageEntity | undefined;
  onBack: (() => void) | undefined;
  onOpen(id: string): void;
}

/** A discovered actor, as the page or the corpus knows it. */
interface Found {
  name: string;
  type: EntityType;
  role: string | null;
  forms: string[];
}

export function EntityView({ locale, settings, entityId, known, onBack, onOpen }: Props) {
  const client = useClient();
  const t = stringsFor(locale);
  const [described, setDescribed] = useState<EntityDescription | undefined>();
  const [added, setAdded] = useState<AddDiscoveredReply | undefined>();
  const [classes, setClasses] = useState<VerbClass[]>([]);
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [total, setTotal] = useState<number | null | undefined>();
  const [hasMore, setHasMore] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  /** The question the history on screen answers; "More" continues it, unless it was aborted since. */
  const historyAsked = useRef<AbortController>();
  const [query, setQuery] = useState('');
  const [appliedQuery, setAppliedQuery] = useState('');
  const [overview, setOverview] = useState<NamedOverview | undefined>();
  const [error, setError] = useState<string | undefined>();

  // Asked again for each entity: one added a moment ago is the user's own now.
  useEffect(() => {
    const asked = new AbortController();
    setDescribed(undefined);
    client.call('describeEntity', { entityId }).then(
      (d) => {
        if (!asked.signal.aborted) setDescribed(d);
      },
      () => {
        if (!asked.signal.aborted) setDescribed({ entity: null, corpusEmpty: false });
      },
    );
    return () => asked.abort();
  }, [entityId]);

  useEffect(() => {
    const timer = setTimeout(() => setAppliedQuery(query), FILTER_DELAY);
    return () => clearTimeout(timer);
  }, [query]);

  // The two questions to the background are asked as soon as the view is in the DOM (a layout
  // effect), not after the next frame as useEffect would; the slower one, the overview, first.
  useLayoutEffect(() => {
    const asked = new AbortController();
    setOverview(undefined);
    setError(undefined);
    void client.call('overview', { entityId, limit: 8 }).then(
      (o) => {
        if (!asked.signal.aborted) setOverview(o);
      },
      (e: Error) => {
        if (!asked.signal.aborted) setError(e.message);
      },
    );
    return () => asked.abort();
  }, [entityId]);

  const classKey = classes.join(',');
  useLayoutEffect(() => {
    const asked = new AbortController();
    historyAsked.current = asked;
    setEntries((old) => (old.length ? [] : old));
    setTotal(undefined);
    setHasMore(false);
    setLoadingMore(false);
    client.call('history', { entityId, offset: 0, limit: PAGE, query: appliedQuery, verbClasses: classes }).then(
      (h) => {
        // An answer to a question the user has since changed is dropped.
        if (asked.signal.aborted) return;
        setEntries(h.entries);
        setTotal(h.total);
        setHasMore(h.hasMore);
      },
      (e: Error) => {
        if (!asked.signal.aborted) setError(e.message);
      },
    );
    return () => asked.abort();
  }, [entityId, appliedQuery, classKey]);

  /** The next page of the same question; one at a time, and only while that question stands. */
  const more = () => {
    const asked = historyAsked.current;
    if (!asked || asked.signal.aborted || loadingMore) return;
    setLoadingMore(true);
    client.call('history', { entityId, offset: entries.length, limit: PAGE, query: appliedQuery, verbClasses: classes }).then(
      (h) => {
        if (asked.signal.aborted) return;
        setEntries((old) => [...old, ...h.entries]);
        setHasMore(h.hasMore);
        // A filtered reading that reached the end has counted every match.
        if (h.total !== null) setTotal(h.total);
        setLoadingMore(false);
      },
      (e: Error) => {
        if (asked.signal.aborted) return;
        setError(e.message);
        setLoadingMore(false);
      },
    );
  };

  const label = described?.entity ?? undefined;
  const record = label && !label.discovered ? label : undefined;
  const stored = label?.discovered ? label : undefined;
  const page = known?.id === entityId ? known : undefined;
  const found: Found | undefined = record
    ? undefined
    : page?.discovered
      ? { name: page.name, type: page.type, role: page.role ?? stored?.role ?? null, forms: stored?.forms ?? page.forms ?? [] }
      : stored
        ? { name: stored.name, type: stored.type, role: stored.role ?? null, forms: stored.forms ?? [] }
        : undefined;
  const justAdded = added?.id === entityId ? added : undefined;
  const name = page?.name ?? record?.name ?? found?.name ?? justAdded?.name ?? entityId;
  const nameEn = page?.nameEn ?? record?.nameEn ?? '';
  const type = page?.type ?? record?.type ?? found?.type ?? justAdded?.type;
  const gender = page?.gender ?? record?.gender ?? (type ? genderOf({ type, role: found?.role }) : 'm');
  const words = entityWords(locale, { type: type ?? 'person', gender });
  const filtered = appliedQuery.trim() !== '' || classes.length > 0;

  return (
    <section class="entity-view" aria-live="polite">
      <div class="entity-head">
        {onBack ? (
          <button type="button" class="link" onClick={onBack}>
            {locale === 'ar' ? '→' : '←'} {t.back}
          </button>
        ) : null}
        {/* In the interface's direction (the swatch, then the name, at the line's start); the name isolated. */}
        <h2>
          {type ? (
            <span
              class={`swatch${found ? ' found' : ''}`}
              style={found ? { borderColor: lineColorOf(settings.colors[type]) } : { background: settings.colors[type] }}
              aria-hidden="true"
            />
          ) : null}
          <bdi lang="ar">{name}</bdi>
        </h2>
        <p class="muted">
          {nameEn ? <span lang="en">{nameEn} · </span> : null}
          {type ? typeName(locale, type) : ''}
        </p>
      </div>
      {found ? (
        <div class="found-note" data-testid="not-in-kb">
          <p class="not-in-kb" title={t.notInKbHelp}>
            {words.notInKb}
          </p>
          {found.role ? (
            <p class="role">
              {t.role}:{' '}
              <bdi lang="ar" dir="rtl">
                {found.role}
              </bdi>
            </p>
          ) : null}
          <AddToMarsad
            key={entityId}
            locale={locale}
            actor={{ id: entityId, name: found.name, type: found.type, forms: found.forms, role: found.role }}
            onAdd={(req) => client.call('addDiscovered', req)}
            onAdded={(reply) => {
              // Its history is the new entity's now: show that one.
              setAdded(reply);
              onOpen(reply.id);
            }}
          />
        </div>
      ) : null}
      {justAdded ? (
        <div class="note ok" role="status" data-testid="added">
          <p>{words.addedToMarsad}</p>
          {settings.paintOwnEntities ? null : <p>{t.ownNotPainted}</p>}
        </div>
      ) : null}
      {error ? <p class="note error" role="alert">{`${t.failed}: ${error}`}</p> : null}
      {described?.corpusEmpty ? <p class="note">{t.emptyCorpus}</p> : null}

      <h3>
        {t.history}
        {typeof total === 'number' ? ` (${total})` : ''}
      </h3>
      <input
        type="search"
        class="filter"
        placeholder={t.filter}
        aria-label={t.filter}
        dir="auto"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <ClassFilter locale={locale} classes={classes} onChange={setClasses} />
      {total !== undefined && entries.length === 0 ? (
        <p class="muted" data-testid="history-empty">
          {filtered ? t.noMatch : words.noStatements}
        </p>
      ) : null}
      <ol class="history" data-testid="history">
        {entries.map((s) => (
          <HistoryItem key={s.id} locale={locale} entityId={entityId} entry={s} byTitleHelp={words.byTitleHelp} />
        ))}
      </ol>
      {hasMore ? (
        <button type="button" onClick={more} disabled={loadingMore}>
          {t.loadMore}
          {typeof total === 'number' ? ` (${total - entries.length})` : ''}
        </button>
      ) : null}

      {overview ? (
        <>
          <h3>
            {words.relatedArticles} ({overview.articleCount})
          </h3>
          <ul class="articles" data-testid="articles">
            {overview.articles.map((a) => (
              <li key={a.id}>
                {/* The title on its line, in its own direction; the site and date on the next. */}
                <a class="title" href={linkableUrl(a.url)} target="_blank" rel="noopener noreferrer" dir="auto">
                  {a.title || a.url}
                </a>
                <span class="meta">
                  {a.site ? <bdi>{a.site}</bdi> : null}
                  {a.site && a.publishedAt ? ' · ' : ''}
                  <bdi>{formatDate(locale, a.publishedAt)}</bdi>
                </span>
              </li>
            ))}
          </ul>
          {overview.coMentioned.length ? (
            <>
              <h3>{words.coMentioned}</h3>
              <ul class="chips">
                {overview.coMentioned.map((c) => (
                  <li key={c.id}>
                    <button type="button" class={`chip${c.discovered ? ' found' : ''}`} onClick={() => onOpen(c.id)}>
                      <bdi lang="ar">{c.name}</bdi> <span class="count">{c.articles}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
