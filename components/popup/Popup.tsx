/**
 * The popup: this page (status, save, its entities) or, once an entity is chosen, its statement
 * history. Opened from the card with `?entity=…`, it is the history alone, as a page in a tab: the
 * document says so (`in-tab`: a readable column in the middle, style.css) and takes the interface's
 * language and direction, so that English reads left to right.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { PageEntity } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { resolveLocale, stringsFor } from '../../lib/i18n/strings';
import { useClient } from '../client';
import { EntityView } from './EntityView';
import { PageView } from './PageView';

export function Popup() {
  const client = useClient();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const params = new URLSearchParams(location.search);
  const [entity, setEntity] = useState<{ id: string; fromPage: PageEntity | undefined } | undefined>(
    params.get('entity') ? { id: params.get('entity')!, fromPage: undefined } : undefined,
  );
  useEffect(() => {
    void client.settings.load().then(setSettings);
  }, []);
  const locale = resolveLocale(settings.language, client.app.language);
  const t = stringsFor(locale);
  const inTab = params.has('entity');
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dir = locale === 'ar' ? 'rtl' : 'ltr';
    root.classList.toggle('in-tab', inTab);
  }, [locale, inTab]);
  return (
    <main class="popup" lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
      <header class="top">
        <h1>{t.appName}</h1>
        <span class="version">
          {t.version} {client.app.version}
        </span>
        <button type="button" class="link" onClick={() => client.app.openOptions()}>
          {t.options}
        </button>
      </header>
      {entity ? (
        <EntityView
          locale={locale}
          settings={settings}
          entityId={entity.id}
          known={entity.fromPage}
          onBack={params.get('entity') ? undefined : () => setEntity(undefined)}
          onOpen={(id) => setEntity({ id, fromPage: undefined })}
        />
      ) : (
        <PageView locale={locale} settings={settings} onChoose={(e) => setEntity({ id: e.id, fromPage: e })} />
      )}
      <footer>{t.privacy}</footer>
    </main>
  );
}
