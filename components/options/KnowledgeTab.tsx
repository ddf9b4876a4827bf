/**
 * The knowledge base tab: search every entity (built-in and the user's own, edits applied), open
 * one to edit it, add an entity of one's own, the names found in the corpus that it lacks, the
 * excluded forms, and the entities file.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { usableEdits } from '../../lib/knowledge/edit';
import { ENTITY_TYPES, type EntityType } from '../../lib/knowledge/types';
import { idsOf, userEntityId } from '../../lib/knowledge/user';
import { genderOf } from '../../lib/knowledge/gender';
import { useBuiltin } from './builtin';
import { useOptions } from './context';
import { DamagedRecords } from './DamagedRecords';
import { DiscoveredActors } from './DiscoveredActors';
import { EntityEditor, useSendEdit } from './EntityEditor';
import { EntityForm, type ValidEntity } from './EntityForm';
import { knowledgeRows, recordFor, searchKnowledge, type KnowledgeRow, type ShowFilter } from '../../lib/knowledge/catalogue';
import { KnowledgeTransfer } from './KnowledgeTransfer';
import { useLiveQuery } from './live';
import { failure, Notice, type NoticeState } from './ui';

/** How many entities the list shows at first, and how many more each «Show more» adds. */
export const MAX_RESULTS = 100;

function EntityRow({ row, open, onToggle, onDeleted }: { row: KnowledgeRow; open: boolean; onToggle: () => void; onDeleted: (name: string) => void }) {
  const { t } = useOptions();
  const editorId = `editor-${row.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const names = [...row.aliases, ...row.added];
  return (
    <li class={`entity${row.hidden ? ' is-hidden' : ''}`} data-id={row.id}>
      <div class="entity-head">
        <span class={`type-badge ${row.type}`}>{t.type(row.type)}</span>
        <span class="entity-names">
          <bdi class="name" lang="ar">
            {row.name}
          </bdi>
          {row.nameEn ? (
            <bdi class="name-en" lang="en">
              {row.nameEn}
            </bdi>
          ) : null}
        </span>
        {!row.builtin ? <span class="badge mine">{t.kbBadgeMine}</span> : null}
        {row.hidden ? <span class="badge hidden">{t.kbBadgeHidden}</span> : null}
        {row.builtin && row.edit && !row.hidden ? <span class="badge edited">{t.kbBadgeEdited}</span> : null}
        <button type="button" class="small" aria-expanded={open} aria-controls={open ? editorId : undefined} aria-label={t.kbEditOf(row.name)} onClick={onToggle}>
          {open ? t.kbClose : t.kbEdit}
        </button>
      </div>
      {names.length ? (
        <p class="aliases">
          <span class="muted">{t.kbAliases}: </span>
          <bdi lang="ar">{names.join('، ')}</bdi>
        </p>
      ) : null}
      {open ? (
        <div id={editorId}>
          <EntityEditor row={row} onDeleted={onDeleted} />
        </div>
      ) : null}
    </li>
  );
}

function AllExcluded({ rows, onNotice }: { rows: readonly KnowledgeRow[]; onNotice: (n: NoticeState) => void }) {
  const sendEdit = useSendEdit();
  const { t } = useOptions();
  const withExcluded = rows.filter((r) => r.excluded.length);
  if (!withExcluded.length) return null;
  const allow = async (row: KnowledgeRow, form: string) => {
    try {
      await sendEdit(recordFor(row, { excluded: row.excluded.filter((f) => f !== form) }, new Date()));
      onNotice({ kind: 'ok', text: t.saved });
    } catch (e) {
      onNotice(failure(t, e));
    }
  };
  return (
    <section class="card" aria-labelledby="kb-excluded">
      <h3 id="kb-excluded">{t.kbAllExcluded}</h3>
      <p class="muted">{t.kbAllExcludedIntro}</p>
      <ul class="excluded-all">
        {withExcluded.flatMap((row) =>
          row.excluded.map((form) => (
            <li key={`${row.id}|${form}`}>
              <bdi lang="ar" class="form">
                {form}
              </bdi>
              <span aria-hidden="true"> ≠ </span>
              <bdi lang="ar">{row.name}</bdi>
              {row.nameEn ? <span class="muted"> ({row.nameEn})</span> : null}{' '}
              <button type="button" class="small" aria-label={t.kbUnexcludeForm(form, row.name)} onClick={() => void allow(row, form)}>
                {t.kbUnexclude}
              </button>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}

export function KnowledgeTab() {
  const sendEdit = useSendEdit();
  const { t, db } = useOptions();
  const edits = useLiveQuery(() => db.entities.toArray(), [db]);
  const [query, setQuery] = useState('');
  const [type, setType] = useState<EntityType | 'all'>('all');
  const [show, setShow] = useState<ShowFilter>('all');
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<NoticeState>(null);
  const [limit, setLimit] = useState(MAX_RESULTS);
  // Another search starts again from its first hundred.
  useEffect(() => setLimit(MAX_RESULTS), [query, type, show]);

  const builtin = useBuiltin();
  const loaded = edits.value !== undefined && builtin !== undefined;
  // The records every reader takes; the damaged ones are listed apart, to be deleted.
  const stored = useMemo(() => (builtin ? usableEdits(edits.value ?? [], idsOf(builtin)) : { edits: [], damaged: [] }), [builtin, edits.value]);
  const rows = useMemo(() => (builtin ? knowledgeRows(builtin, stored.edits) : []), [builtin, stored]);
  const result = useMemo(() => searchKnowledge(rows, { query, type, show, limit }), [rows, query, type, show, limit]);

  const add = async (v: ValidEntity) => {
    try {
      await sendEdit({
        id: userEntityId(v.type, v.name),
        origin: 'user',
        type: v.type,
        name: v.name,
        nameEn: v.nameEn,
        aliases: v.aliases,
        excluded: [],
        hidden: false,
        updatedAt: new Date().toISOString(),
      });
      setAdding(false);
      setQuery(v.name);
      setShow('all');
      setType('all');
      setNotice({ kind: 'ok', text: t.kbAdded(v.name, genderOf({ type: v.type })) });
    } catch (e) {
      setNotice(failure(t, e));
    }
  };

  return (
    <div class="knowledge">
      <p class="intro">{t.kbIntro}</p>
      {edits.error ? <Notice notice={failure(t, edits.error)} /> : null}
      <DamagedRecords damaged={stored.damaged} />
      <div class="toolbar">
        <div class="field grow">
          <label for="kb-search">{t.kbSearch}</label>
          <input
            id="kb-search"
            type="search"
            dir="auto"
            value={query}
            placeholder={t.kbSearchPlaceholder}
            onInput={(e) => setQuery(e.currentTarget.value)}
            autoComplete="off"
          />
        </div>
        <div class="field">
          <label for="kb-type">{t.kbTypeFilter}</label>
          <select id="kb-type" value={type} onChange={(e) => setType(e.currentTarget.value as EntityType | 'all')}>
            <option value="all">{t.kbAllTypes}</option>
            {ENTITY_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t.typePlural(ty)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="kb-show">{t.kbShowFilter}</label>
          <select id="kb-show" value={show} onChange={(e) => setShow(e.currentTarget.value as ShowFilter)}>
            <option value="all">{t.kbShowAll}</option>
            <option value="mine">{t.kbShowMine}</option>
            <option value="edited">{t.kbShowEdited}</option>
            <option value="hidden">{t.kbShowHidden}</option>
          </select>
        </div>
      </div>
      <div class="actions">
        <button type="button" class="primary" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
          {t.kbAdd}
        </button>
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {adding ? (
        <section class="card" aria-labelledby="kb-add-title">
          <h3 id="kb-add-title">{t.kbAddTitle}</h3>
          <EntityForm initial={{ type: 'person', name: '', nameEn: '', aliases: '' }} submitLabel={t.kbAdd} onSubmit={add} onCancel={() => setAdding(false)} />
        </section>
      ) : null}
      <section aria-labelledby="kb-results">
        <h3 id="kb-results" class="visually-hidden">
          {t.kbResults}
        </h3>
        <p class="count" role="status" data-testid="kb-count">
          {!loaded ? t.loading : result.total === 0 ? t.kbNone : t.kbCount(result.rows.length, result.total)}
        </p>
        {loaded ? (
          <ul class="entities" data-testid="kb-results">
            {result.rows.map((row) => (
              <EntityRow
                key={row.id}
                row={row}
                open={openId === row.id}
                onToggle={() => setOpenId((id) => (id === row.id ? null : row.id))}
                onDeleted={(name) => {
                  setOpenId(null);
                  setNotice({ kind: 'ok', text: t.kbDeleted(name, row.gender) });
                }}
              />
            ))}
          </ul>
        ) : null}
        {loaded && result.rows.length < result.total ? (
          <button type="button" class="show-more" data-testid="kb-more" onClick={() => setLimit((n) => n + MAX_RESULTS)}>
            {t.kbShowMore(Math.min(MAX_RESULTS, result.total - result.rows.length))}
          </button>
        ) : null}
      </section>
      <DiscoveredActors />
      <AllExcluded rows={rows} onNotice={setNotice} />
      <section class="card" aria-labelledby="kb-transfer">
        <h3 id="kb-transfer">{t.transferTitle}</h3>
        <KnowledgeTransfer edits={loaded ? stored.edits : undefined} />
      </section>
    </div>
  );
}
