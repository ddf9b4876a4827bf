/** One entity: its statement history across the corpus (newest first, filterable, paginated), its saved articles and who appears with it. */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { HistoryEntry } from '../../lib/corpus/corpus';
import { openCorpus } from '../../lib/corpus/schema';
import { BUILTIN_ENTITIES } from '../../lib/gazetteer/builtin';
import type { EntityRecord } from '../../lib/gazetteer/types';
import { applyEdits } from '../../lib/gazetteer/user';
import { sendMessage, type EntityOverview, type PageEntity } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { textFragmentUrl } from '../../lib/text-fragment';
import { formatDate, stringsFor, typeName, type Locale } from '../strings';

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

export function EntityView({ locale, settings, entityId, known, onBack, onOpen }: Props) {
  const t = stringsFor(locale);
  const [entities, setEntities] = useState<Map<string, EntityRecord>>();
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [total, setTotal] = useState<number | null | undefined>();
  const [hasMore, setHasMore] = useState(false);
  const [query, setQuery] = useState('');
  const [appliedQuery, setAppliedQuery] = useState('');
  const [overview, setOverview] = useState<EntityOverview | undefined>();
  const [corpusEmpty, setCorpusEmpty] = useState(false);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void sendMessage('knowledgeEdits')
      .catch(() => [])
      .then((edits) => setEntities(new Map(applyEdits(BUILTIN_ENTITIES, edits).map((e) => [e.id, e]))));
    void openCorpus()
      .articles.limit(1)
      .primaryKeys()
      .then((keys) => setCorpusEmpty(keys.length === 0), () => undefined);
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => setAppliedQuery(query), FILTER_DELAY);
    return () => clearTimeout(timer);
  }, [query]);

  // The two questions to the background are asked as soon as the view is in the DOM (a layout
  // effect), not after the next frame as useEffect would; the slower one, the overview, first.
  useLayoutEffect(() => {
    setOverview(undefined);
    void sendMessage('overview', { entityId, limit: 8 }).then(setOverview, (e: Error) => setError(e.message));
  }, [entityId]);

  useLayoutEffect(() => {
    setEntries((old) => (old.length ? [] : old));
    setTotal(undefined);
    setHasMore(false);
    sendMessage('history', { entityId, offset: 0, limit: PAGE, query: appliedQuery }).then(
      (h) => {
        setEntries(h.entries);
        setTotal(h.total);
        setHasMore(h.hasMore);
      },
      (e: Error) => setError(e.message),
    );
  }, [entityId, appliedQuery]);


  const more = () =>
    void sendMessage('history', { entityId, offset: entries.length, limit: PAGE, query: appliedQuery }).then(
      (h) => {
        setEntries((old) => [...old, ...h.entries]);
        setHasMore(h.hasMore);
      },
      (e: Error) => setError(e.message),
    );

  const record = entities?.get(entityId);
  const name = known?.name ?? record?.name ?? entityId;
  const nameEn = known?.nameEn ?? record?.nameEn ?? '';
  const type = known?.type ?? record?.type;
  const nameOf = useMemo(() => (id: string) => entities?.get(id)?.name ?? id, [entities]);

  return (
    <section class="entity-view" aria-live="polite">
      <div class="entity-head">
        {onBack ? (
          <button type="button" class="link" onClick={onBack}>
            {locale === 'ar' ? '→' : '←'} {t.back}
          </button>
        ) : null}
        <h2 lang="ar" dir="rtl">
          {type ? <span class="swatch" style={{ background: settings.colors[type] }} aria-hidden="true" /> : null}
          {name}
        </h2>
        <p class="muted">
          <span lang="en">{nameEn}</span>
          {type ? ` · ${typeName(locale, type)}` : ''}
        </p>
      </div>
      {error ? <p class="note">{`${t.failed}: ${error}`}</p> : null}
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
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {total !== undefined && entries.length === 0 ? <p class="muted">{t.noStatements}</p> : null}
      <ol class="history" data-testid="history">
        {entries.map((s) => (
          <li key={s.id}>
            <div class="meta">
              {/* Each piece isolated: Arabic and English pieces side by side keep their own order. */}
              <bdi class="verb">{s.verb}</bdi>
              {' · '}
              <bdi>{formatDate(locale, s.publishedAt)}</bdi>
              {s.article.site ? (
                <>
                  {' · '}
                  <bdi>{s.article.site}</bdi>
                </>
              ) : null}
              {s.direct ? ` · ${t.direct}` : ''}
            </div>
            <p class="text" lang="ar" dir="rtl">
              {s.text}
            </p>
            <a href={textFragmentUrl(s.article.url, s.text)} target="_blank" rel="noopener noreferrer">
              {s.article.title || s.article.url}
            </a>
          </li>
        ))}
      </ol>
      {hasMore ? (
        <button type="button" onClick={more}>
          {t.loadMore}
          {typeof total === 'number' ? ` (${total - entries.length})` : ''}
        </button>
      ) : null}

      {overview ? (
        <>
          <h3>
            {t.relatedArticles} ({overview.articleCount})
          </h3>
          <ul class="articles">
            {overview.articles.map((a) => (
              <li key={a.id}>
                <a href={a.url} target="_blank" rel="noopener noreferrer">
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
              <h3>{t.coMentioned}</h3>
              <ul class="chips">
                {overview.coMentioned.map((c) => (
                  <li key={c.id}>
                    <button type="button" class="chip" onClick={() => onOpen(c.id)}>
                      {nameOf(c.id)} <span class="count">{c.articles}</span>
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
