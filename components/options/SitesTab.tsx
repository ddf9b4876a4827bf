/**
 * The sites tab: the built-in news sites, each with an on/off switch (settings.disabledSites), and
 * the sites the user enabled from the popup (settings.userSites), which can be removed along with
 * their host permission.
 */
import { useMemo, useState } from 'preact/hooks';
import { BUILTIN_SITES } from '../../lib/sites/builtin';
import { useClient } from '../client';
import { useOptions } from './context';
import { foldLatin, foldQuery } from '../../lib/knowledge/catalogue';
import { failure, Notice, type NoticeState } from './ui';

export function SitesTab() {
  const { t, locale, settings, updateSettings } = useOptions();
  const client = useClient();
  const [filter, setFilter] = useState('');
  const [notice, setNotice] = useState<NoticeState>(null);
  const [busyHost, setBusyHost] = useState<string | null>(null);
  const disabled = new Set(settings.disabledSites);

  const sites = useMemo(() => {
    const q = foldQuery(filter);
    const qe = foldLatin(filter);
    if (!q) return BUILTIN_SITES;
    return BUILTIN_SITES.filter((s) => foldQuery(s.nameAr).includes(q) || foldLatin(s.name).includes(qe) || s.id.includes(qe));
  }, [filter]);
  const onCount = BUILTIN_SITES.filter((s) => !disabled.has(s.id)).length;

  const toggle = async (id: string, on: boolean) => {
    setNotice(null);
    const next = on ? settings.disabledSites.filter((d) => d !== id) : [...settings.disabledSites, id];
    try {
      await updateSettings({ disabledSites: next });
    } catch (e) {
      setNotice(failure(t, e));
    }
  };

  const remove = async (host: string) => {
    setBusyHost(host);
    setNotice(null);
    try {
      await updateSettings({ userSites: settings.userSites.filter((h) => h !== host) });
      // The host permission goes too: Marsad keeps no access to a site it no longer runs on.
      await client.tabs.forgetSite(host);
      setNotice({ kind: 'ok', text: t.siteRemoved(host) });
    } catch (e) {
      setNotice(failure(t, e));
    } finally {
      setBusyHost(null);
    }
  };

  return (
    <div class="sites">
      <p class="intro">{t.sitesIntro}</p>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <section class="card">
        <label class="switch-row">
          <input
            type="checkbox"
            checked={settings.autoSave}
            data-testid="auto-save"
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              updateSettings({ autoSave: on }).catch((err: unknown) => setNotice(failure(t, err)));
            }}
          />{' '}
          {t.autoSave}
        </label>
        <p class="muted">{t.autoSaveHelp}</p>
      </section>
      <section class="card" aria-labelledby="sites-user">
        <h3 id="sites-user">{t.sitesUser}</h3>
        <p class="muted">{t.sitesUserIntro}</p>
        {settings.userSites.length === 0 ? (
          <p>{t.sitesUserNone}</p>
        ) : (
          <ul class="user-sites" data-testid="user-sites">
            {settings.userSites.map((host) => (
              <li key={host}>
                <bdi lang="en" dir="ltr" class="domain">
                  {host}
                </bdi>
                <button type="button" class="small" disabled={busyHost === host} aria-label={t.siteRemoveLabel(host)} onClick={() => void remove(host)}>
                  {t.siteRemove}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="sites-builtin">
        <h3 id="sites-builtin">{t.sitesBuiltin}</h3>
        <div class="toolbar">
          <div class="field grow">
            <label for="sites-filter">{t.sitesFilter}</label>
            <input id="sites-filter" type="search" dir="auto" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} autoComplete="off" />
          </div>
          <p class="count" role="status">
            {t.sitesOn(onCount, BUILTIN_SITES.length)}
          </p>
        </div>
        {sites.length === 0 ? <p>{t.sitesNone}</p> : null}
        <ul class="site-list" data-testid="builtin-sites">
          {sites.map((s) => {
            const name = locale === 'ar' ? s.nameAr : s.name;
            const on = !disabled.has(s.id);
            const id = `site-${s.id.replace(/[^a-z0-9]/gi, '-')}`;
            return (
              <li key={s.id}>
                <input
                  type="checkbox"
                  role="switch"
                  id={id}
                  class="switch"
                  checked={on}
                  aria-checked={on}
                  aria-label={t.siteToggle(name)}
                  onChange={(e) => void toggle(s.id, e.currentTarget.checked)}
                />
                {/* The name, and the domain under it: a long domain («independentarabia.com») has a line of its own. */}
                <label for={id} class="site-label">
                  <span class="site-name">
                    <bdi>{name}</bdi>
                  </span>
                  <bdi lang="en" dir="ltr" class="domain">
                    {s.id}
                  </bdi>
                </label>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
