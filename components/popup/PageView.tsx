/**
 * This page: Arabic news or not, saved or not (save / update / remove), and its entities by type.
 * Where Marsad did not read the page, it says why: a site it does not run on (offering to analyse
 * the page once or enable the site), a site the user turned off, or, on a site it runs on, a page
 * that is not Arabic news (the site is not to blame).
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntityType } from '../../lib/knowledge/types';
import type { PageEntity, PageState, TabInfo, TabState } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { builtinSiteOf } from '../../lib/sites/builtin';
import { entityWords, errorText, pageTooLargeText, stringsFor, typeGroup, type Locale } from '../../lib/i18n/strings';
import { useClient } from '../client';

interface Props {
  locale: Locale;
  settings: Settings;
  onChoose(e: PageEntity): void;
}

type Saved = { saved: boolean; articleId: number | null } | undefined;
type Note = { kind: 'ok' | 'error'; text: string };

/** Does Marsad run on this address by itself: a built-in site left on, or a site the user enabled? */
export function siteStatus(url: string, settings: Settings): 'runs' | 'off' | 'not-enabled' {
  const site = builtinSiteOf(url);
  if (site) return settings.disabledSites.includes(site.id) ? 'off' : 'runs';
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'not-enabled';
  }
  return settings.userSites.includes(host) ? 'runs' : 'not-enabled';
}

export function PageView({ locale, settings, onChoose }: Props) {
  const t = stringsFor(locale);
  const client = useClient();
  const [tab, setTab] = useState<TabInfo | undefined>();
  const [state, setState] = useState<TabState | undefined>();
  const [saved, setSaved] = useState<Saved>();
  const [busy, setBusy] = useState<string | undefined>();
  const [note, setNote] = useState<Note | undefined>();

  useEffect(() => {
    void (async () => {
      const tb = await client.tabs.current();
      setTab(tb);
      setState(tb ? await client.tabs.read(tb) : { kind: 'unreadable' });
    })();
  }, []);

  const page = state?.kind === 'page' ? state.page : undefined;
  useEffect(() => {
    if (!page?.article) return;
    void client.call('pageStatus', { url: page.article.url, canonicalUrl: page.article.canonicalUrl }).then(setSaved, () => setSaved(undefined));
  }, [page?.article?.url]);

  const run = async (label: string, f: () => Promise<void>) => {
    setBusy(label);
    setNote(undefined);
    try {
      await f();
    } catch (e) {
      setNote({ kind: 'error', text: errorText(locale, e) });
    } finally {
      setBusy(undefined);
    }
  };

  const save = () =>
    run(t.saving, async () => {
      const reply = await client.call('savePage', page!.article!);
      setNote({ kind: 'ok', text: reply.status === 'unchanged' ? t.unchanged : `${t.savedNow} ✓` });
      setSaved({ saved: true, articleId: reply.id });
    });
  const remove = () =>
    run(t.remove, async () => {
      await client.call('removePage', { url: page!.article!.url, canonicalUrl: page!.article!.canonicalUrl });
      setSaved({ saved: false, articleId: null });
    });
  const analyse = () =>
    run(t.checking, async () => {
      const p = await client.tabs.analyseOnce(tab!);
      setState(p ? { kind: 'page', page: p } : { kind: 'unreadable' });
    });
  const enable = () => {
    // permissions.request must run straight from the click: no await before it.
    const asked = client.tabs.enableSite(tab!);
    void run(t.enabling, async () => {
      if (!(await asked)) {
        setNote({ kind: 'error', text: t.permissionDenied });
        return;
      }
      const p = await client.tabs.analyseOnce(tab!);
      setState(p ? { kind: 'page', page: p } : { kind: 'unreadable' });
    });
  };

  if (!state) return <p class="status">{t.checking}</p>;
  if (state.kind === 'unreadable') return <p class="status" data-testid="page-status">{t.cannotRead}</p>;
  if (state.kind === 'absent') {
    const what = state.news ? t.arabicNews : state.arabic ? t.arabicNotArticle : t.notArabic;
    const site = tab ? siteStatus(tab.url, settings) : 'not-enabled';
    // On a site Marsad runs on, a page it left alone is not Arabic news (or not yet looked at):
    // analysing it is offered only when it is Arabic, and enabling the site never.
    const why = site === 'runs' ? (state.arabic ? t.notReadYet : t.runsHereNotNews) : site === 'off' ? t.offHere : t.notRunning;
    return (
      <section aria-live="polite">
        <h2>{t.thisPage}</h2>
        <p class="status" data-testid="page-status">
          {what}
          {state.arabic ? ` (${state.words} ${t.words})` : ''}
        </p>
        <p class="muted" data-testid="page-why">
          {why}
        </p>
        <div class="actions">
          {site !== 'runs' || state.arabic ? (
            <button type="button" onClick={analyse} disabled={busy !== undefined}>
              {t.analyseThisPage}
            </button>
          ) : null}
          {site === 'not-enabled' ? (
            <button type="button" onClick={enable} disabled={busy !== undefined || !tab?.url.startsWith('http')}>
              {t.enableOnSite}
            </button>
          ) : null}
        </div>
        {busy ? <p class="muted">{busy}</p> : null}
        {note ? <NoteLine note={note} /> : null}
      </section>
    );
  }
  const p: PageState = state.page;
  // A page too large to read says so, rather than that it is no article.
  const status = p.tooLarge ? pageTooLargeText(locale, p.tooLarge) : p.isArabicNews ? t.arabicNews : p.isArabic ? t.arabicNotArticle : t.notArabic;
  return (
    <section aria-live="polite">
      <h2>{t.thisPage}</h2>
      <p class={`status ${p.isArabicNews ? 'ok' : ''}`} data-testid="page-status">
        {status}
        {saved ? ` · ${saved.saved ? t.saved : t.notSaved}` : ''}
      </p>
      {p.article ? (
        <div class="actions">
          {/* Saving is the page's main action; once saved, updating the copy is a secondary one. */}
          <button type="button" class={saved?.saved ? undefined : 'primary'} onClick={() => void save()} disabled={busy !== undefined} data-testid="save">
            {saved?.saved ? t.update : t.save}
          </button>
          {saved?.saved ? (
            <button type="button" onClick={() => void remove()} disabled={busy !== undefined}>
              {t.remove}
            </button>
          ) : null}
        </div>
      ) : null}
      {busy ? <p class="muted">{busy}</p> : null}
      {note ? <NoteLine note={note} /> : null}
      {p.analysed ? <EntityGroups locale={locale} settings={settings} entities={p.entities} onChoose={onChoose} /> : null}
    </section>
  );
}

/** A note on what was just done: in the success colours when it went well, the error colours when not. */
function NoteLine({ note }: { note: Note }) {
  return (
    <p class={`note ${note.kind}`} role={note.kind === 'ok' ? 'status' : 'alert'} data-testid="note">
      {note.text}
    </p>
  );
}

function EntityGroups({ locale, settings, entities, onChoose }: { locale: Locale; settings: Settings; entities: PageEntity[]; onChoose(e: PageEntity): void }) {
  const t = stringsFor(locale);
  if (entities.length === 0) return <p class="muted">{t.noEntities}</p>;
  return (
    <div class="groups" data-testid="entities">
      <h2>{t.entitiesOnPage}</h2>
      {(['person', 'organization', 'place'] as EntityType[]).map((type) => {
        const of = entities.filter((e) => e.type === type);
        if (of.length === 0) return null;
        return (
          <section key={type} class="group">
            <h3>
              <span class="swatch" style={{ background: settings.colors[type] }} aria-hidden="true" />
              {typeGroup(locale, type)} ({of.length})
            </h3>
            <ul>
              {of.map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    class={`entity${e.discovered ? ' found' : ''}`}
                    onClick={() => onChoose(e)}
                    data-entity={e.id}
                    title={e.discovered ? `${entityWords(locale, { type: e.type, gender: e.gender }).notInKb}${e.role ? ` — ${e.role}` : ''}` : undefined}
                  >
                    <span class="name" lang="ar" dir="auto">
                      {e.name}
                    </span>
                    {/* A name the knowledge base lacks: said in words, not by the style alone. */}
                    {e.discovered ? <span class="found-badge">{t.notInKbShort}</span> : null}
                    <span class="count" title={t.mentions}>
                      {e.count}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
