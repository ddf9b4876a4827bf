/**
 * One entity: its statement history across the corpus (newest first, filtered by words and by verb
 * class, paginated), its saved articles and who appears with it. A discovered actor is marked as
 * not in the knowledge base, with the form that adds it.
 *
 * Every question to the background has its AbortController: a newer question (another entity,
 * other filter words or classes) aborts the one before, and a reply to an aborted question never
 * renders, nor does a late "More" for a list that has since changed.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { VerbClass } from '../../lib/analyze/types';
import type { HistoryEntry } from '../../lib/corpus/corpus';
import { openCorpus } from '../../lib/corpus/schema';
import { userEntities } from '../../lib/knowledge/builtin';
import type { EntityRecord, EntityType } from '../../lib/knowledge/types';
import { genderOf } from '../../lib/knowledge/gender';
import { lineColorOf } from '../../lib/highlight/highlighter';
import type { AddDiscoveredReply, EntityOverview, PageEntity } from '../../lib/messages';
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
  const db = useMemo(() => openCorpus(), []);
  const [entities, setEntities] = useState<Map<string, EntityRecord>>();
  const [stored, setStored] = useState<Found | null | undefined>();
  const [foundNames, setFoundNames] = useState<Map<string, string>>(new Map());
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
  const [overview, setOverview] = useState<EntityOverview | undefined>();
  const [corpusEmpty, setCorpusEmpty] = useState(false);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void db.articles
      .limit(1)
      .primaryKeys()
      .then((keys) => setCorpusEmpty(keys.length === 0), () => undefined);
  }, []);

  // Read again for each entity: one added a moment ago is the user's own now.
  useEffect(() => {
    const asked = new AbortController();
    void client.call('knowledgeEdits')
      .catch(() => [])
      .then((edits) => {
        if (!asked.signal.aborted) setEntities(new Map(userEntities(edits).map((e) => [e.id, e])));
      });
    setStored(undefined);
    db.discovered.get(entityId).then(
      (r) => {
        if (!asked.signal.aborted) setStored(r ? { name: r.name, type: r.type, role: r.role, forms: r.forms } : null);
      },
      () => {
        if (!asked.signal.aborted) setStored(null);
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

  // The names of the discovered actors that appear with it (the knowledge base does not have them).
  useEffect(() => {
    const ids = overview?.coMentioned.map((c) => c.id).filter((id) => /:found-/.test(id)) ?? [];
    if (ids.length === 0) return undefined;
    const asked = new AbortController();
    db.discovered.bulkGet(ids).then(
      (records) => {
        if (!asked.signal.aborted) setFoundNames(new Map(records.flatMap((r) => (r ? [[r.id, r.name] as [string, string]] : []))));
      },
      () => undefined,
    );
    return () => asked.abort();
  }, [overview]);

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

  const record = entities?.get(entityId);
  const page = known?.id === entityId ? known : undefined;
  const found: Found | undefined = record
    ? undefined
    : page?.discovered
      ? { name: page.name, type: page.type, role: page.role ?? stored?.role ?? null, forms: stored?.forms ?? [] }
      : (stored ?? undefined);
  const justAdded = added?.id === entityId ? added : undefined;
  const name = page?.name ?? record?.name ?? found?.name ?? justAdded?.name ?? entityId;
  const nameEn = page?.nameEn ?? record?.nameEn ?? '';
  const type = page?.type ?? record?.type ?? found?.type ?? justAdded?.type;
  const words = entityWords(locale, { type: type ?? 'person', gender: type ? genderOf({ type, roles: record?.roles, role: found?.role }) : 'm' });
  const filtered = appliedQuery.trim() !== '' || classes.length > 0;
  const nameOf = useMemo(() => (id: string) => entities?.get(id)?.name ?? foundNames.get(id) ?? id, [entities, foundNames]);

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
        <p class="note ok" role="status" data-testid="added">
          {words.addedToMarsad}
        </p>
      ) : null}
      {error ? <p class="note error" role="alert">{`${t.failed}: ${error}`}</p> : null}
      {corpusEmpty ? <p class="note">{t.emptyCorpus}</p> : null}

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
                <a class="title" href={a.url} target="_blank" rel="noopener noreferrer" dir="auto">
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
                    <button type="button" class={`chip${foundNames.has(c.id) ? ' found' : ''}`} onClick={() => onOpen(c.id)}>
                      <bdi lang="ar">{nameOf(c.id)}</bdi> <span class="count">{c.articles}</span>
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
