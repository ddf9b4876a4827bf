/**
 * The knowledge base tab's list of discovered actors saved in the corpus: names the knowledge base
 * lacks that saved articles gave a role or a statement to, most recently seen first, each with its
 * type, role, forms and how many saved articles and statements it has, and «Add to Marsad» (the
 * hover card's form and message: the background moves its history to the new entity).
 */
import { useState } from 'preact/hooks';
import { readCounts } from '../../lib/corpus/counters';
import { discoveredActors } from '../../lib/corpus/discovered';
import type { DiscoveredRecord, MarsadDB } from '../../lib/corpus/schema';
import { genderOf } from '../../lib/knowledge/gender';
import type { AddDiscoveredReply } from '../../lib/messages';
import { AddToMarsad } from '../discovered/AddToMarsad';
import { useClient } from '../client';
import { useOptions } from './context';
import { useLiveQuery } from './live';
import { failure, Notice, type NoticeState } from './ui';

export const MAX_DISCOVERED = 100;

export interface DiscoveredRow extends DiscoveredRecord {
  articles: number;
  statements: number;
}

/** The latest discovered actors, with their counters, and how many there are in all. */
export async function discoveredRows(db: MarsadDB): Promise<{ total: number; rows: DiscoveredRow[] }> {
  const [total, actors] = await Promise.all([db.discovered.count(), discoveredActors(db, { limit: MAX_DISCOVERED })]);
  const counts = await readCounts(db, actors.map((a) => a.id));
  return { total, rows: actors.map((a, i) => ({ ...a, articles: counts[i]?.articles ?? 0, statements: counts[i]?.statements ?? 0 })) };
}

function ActorRow({ row, open, onToggle, onAdded }: { row: DiscoveredRow; open: boolean; onToggle: () => void; onAdded: (reply: AddDiscoveredReply) => void }) {
  const client = useClient();
  const { t, locale } = useOptions();
  const formId = `add-${row.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const others = row.forms.filter((f) => f !== row.name);
  return (
    <li class="entity found" data-id={row.id}>
      <div class="entity-head">
        <span class={`type-badge ${row.type}`}>{t.type(row.type)}</span>
        <span class="entity-names">
          <bdi class="name" lang="ar">
            {row.name}
          </bdi>
        </span>
        <span class="muted counts">
          {t.foundArticles(row.articles)} · {t.foundStatements(row.statements)}
        </span>
        <button type="button" class="small" aria-expanded={open} aria-controls={open ? formId : undefined} aria-label={t.foundAddOf(row.name)} onClick={onToggle}>
          {open ? t.kbClose : t.foundAdd(genderOf(row))}
        </button>
      </div>
      {row.role ? (
        <p class="aliases">
          <span class="muted">{t.foundRole}: </span>
          <bdi lang="ar">{row.role}</bdi>
        </p>
      ) : null}
      {others.length ? (
        <p class="aliases">
          <span class="muted">{t.foundForms}: </span>
          <bdi lang="ar">{others.join('، ')}</bdi>
        </p>
      ) : null}
      {open ? (
        <div id={formId}>
          <AddToMarsad
            locale={locale}
            actor={{ id: row.id, name: row.name, type: row.type, forms: row.forms, role: row.role }}
            onAdd={(req) => client.call('addDiscovered', req)}
            onAdded={onAdded}
          />
        </div>
      ) : null}
    </li>
  );
}

export function DiscoveredActors() {
  const { t, db } = useOptions();
  const list = useLiveQuery(() => discoveredRows(db), [db]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeState>(null);
  const value = list.value;
  return (
    <section class="card discovered" aria-labelledby="kb-found">
      <h3 id="kb-found">{t.foundTitle}</h3>
      <p class="muted">{t.foundIntro}</p>
      {list.error ? <Notice notice={failure(t, list.error)} /> : null}
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <p class="count" role="status" data-testid="found-count">
        {value === undefined ? t.loading : value.total === 0 ? t.foundNone : t.foundCount(value.rows.length, value.total)}
      </p>
      {value?.rows.length ? (
        <ul class="entities" data-testid="found-actors">
          {value.rows.map((row) => (
            <ActorRow
              key={row.id}
              row={row}
              open={openId === row.id}
              onToggle={() => setOpenId((id) => (id === row.id ? null : row.id))}
              onAdded={(reply) => {
                setOpenId(null);
                setNotice({ kind: 'ok', text: t.foundAdded(reply.name, genderOf({ type: reply.type, role: row.role })) });
              }}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
