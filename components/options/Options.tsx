/**
 * The options page: four tabs (knowledge base, sites, corpus, appearance) in a WAI-ARIA tablist,
 * in the interface language of the settings (Arabic right-to-left, or English).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openCorpus, type MarsadDB } from '../../lib/corpus/schema';
import { readSettings, type Settings } from '../../lib/settings';
import { resolveLocale } from '../../lib/i18n/strings';
import { useClient } from '../client';
import { AppearanceTab } from './AppearanceTab';
import { OptionsContext, type OptionsContextValue } from './context';
import { CorpusTab } from './CorpusTab';
import { KnowledgeTab } from './KnowledgeTab';
import { SitesTab } from './SitesTab';
import { optionsStrings, type OptionsStrings } from '../../lib/i18n/options';
import { failure } from './ui';

export const TABS = ['knowledge', 'sites', 'corpus', 'appearance'] as const;
export type TabId = (typeof TABS)[number];

const tabLabel = (t: OptionsStrings, id: TabId) =>
  ({ knowledge: t.tabKnowledge, sites: t.tabSites, corpus: t.tabCorpus, appearance: t.tabAppearance })[id];

function initialTab(): TabId {
  const h = typeof location !== 'undefined' ? location.hash.slice(1) : '';
  return (TABS as readonly string[]).includes(h) ? (h as TabId) : 'knowledge';
}

function Tabs({ t, dir, selected, onSelect }: { t: OptionsStrings; dir: 'rtl' | 'ltr'; selected: TabId; onSelect: (id: TabId) => void }) {
  const refs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.indexOf(selected);
    // Arrow keys follow the visual order, which right-to-left reverses.
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    if (e.key === forward) next = (i + 1) % TABS.length;
    else if (e.key === back) next = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = TABS.length - 1;
    else return;
    e.preventDefault();
    const id = TABS[next]!;
    onSelect(id);
    refs.current[id]?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t.tabsLabel} onKeyDown={onKeyDown}>
      {TABS.map((id) => (
        <button
          key={id}
          ref={(el) => {
            refs.current[id] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={selected === id}
          aria-controls={selected === id ? `panel-${id}` : undefined}
          tabIndex={selected === id ? 0 : -1}
          onClick={() => onSelect(id)}
        >
          {tabLabel(t, id)}
        </button>
      ))}
    </div>
  );
}

export function Options({ db }: { db?: MarsadDB }) {
  const client = useClient();
  const database = useMemo(() => db ?? openCorpus(), [db]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [tab, setTab] = useState<TabId>(initialTab);

  useEffect(() => {
    let live = true;
    client.settings.load().then(
      (s) => live && setSettings(s),
      (e: unknown) => live && setLoadError(e),
    );
    const unwatch = client.settings.watch((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const locale = resolveLocale(settings?.language ?? 'auto', client.app.language);
  const t = optionsStrings(locale);
  const dir = locale === 'ar' ? 'rtl' : 'ltr';

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
    document.title = t.title;
  }, [locale, dir, t]);

  // A link to another tab of the open page («options.html#appearance») changes only the hash.
  useEffect(() => {
    const onHash = () => setTab(initialTab());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const selectTab = useCallback((id: TabId) => {
    setTab(id);
    if (typeof history !== 'undefined' && typeof location !== 'undefined') history.replaceState(null, '', `#${id}`);
  }, []);

  const updateSettings = useCallback(async (change: Partial<Settings>) => {
    // Shown at once; the stored value (or, on failure, what is really stored) follows.
    setSettings((s) => (s ? readSettings({ ...s, ...change }) : s));
    try {
      setSettings(await client.settings.save(change));
    } catch (e) {
      client.settings.load().then(setSettings, () => undefined);
      throw e;
    }
  }, []);

  const context = useMemo<OptionsContextValue | null>(
    () => (settings ? { t, locale, db: database, settings, updateSettings } : null),
    [t, locale, database, settings, updateSettings],
  );

  return (
    <div class="options" lang={locale} dir={dir}>
      <header class="page-head">
        <h1>
          <span class="app-name">{t.appName}</span> <span class="muted">— {t.settings}</span>
        </h1>
        <p class="privacy">{t.privacy}</p>
      </header>
      {loadError ? (
        <div class="notice error" role="alert">
          <p>{failure(t, loadError)?.text}</p>
        </div>
      ) : null}
      {context ? (
        <OptionsContext.Provider value={context}>
          <Tabs t={t} dir={dir} selected={tab} onSelect={selectTab} />
          <section class="panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={0}>
            <h2 class="visually-hidden">{tabLabel(t, tab)}</h2>
            {tab === 'knowledge' ? <KnowledgeTab /> : tab === 'sites' ? <SitesTab /> : tab === 'corpus' ? <CorpusTab /> : <AppearanceTab />}
          </section>
        </OptionsContext.Provider>
      ) : loadError ? null : (
        <p>{t.loading}</p>
      )}
    </div>
  );
}
