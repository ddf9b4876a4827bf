import { useEffect, useState } from 'preact/hooks';
import { detect, type Detection } from '../lib/detect/detect';
import { localeOf, stringsFor } from './strings';

type PageState = { kind: 'checking' } | { kind: 'unreadable' } | { kind: 'read'; detection: Detection };

/** Reads the active tab's text through activeTab + scripting: no host permission needed. */
async function readActiveTab(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  const [result] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    func: () => document.body?.innerText.slice(0, 50_000) ?? '',
  });
  return typeof result?.result === 'string' ? result.result : undefined;
}

export function Popup() {
  const locale = localeOf(browser.i18n.getUILanguage());
  const t = stringsFor(locale);
  const [page, setPage] = useState<PageState>({ kind: 'checking' });

  useEffect(() => {
    readActiveTab().then(
      (text) => setPage(text === undefined ? { kind: 'unreadable' } : { kind: 'read', detection: detect(text) }),
      () => setPage({ kind: 'unreadable' }),
    );
  }, []);

  let status: string;
  let tone: 'ok' | 'muted' = 'muted';
  if (page.kind === 'checking') status = t.checking;
  else if (page.kind === 'unreadable') status = t.cannotRead;
  else if (page.detection.isArabicNews) {
    status = t.arabicNews;
    tone = 'ok';
  } else status = page.detection.isArabic ? t.arabicNotArticle : t.notArabic;

  return (
    <main class="popup" lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
      <header>
        <h1>{t.appName}</h1>
        <span class="version">
          {t.version} {browser.runtime.getManifest().version}
        </span>
      </header>
      <section aria-live="polite">
        <h2>{t.thisPage}</h2>
        <p class={`status ${tone}`} data-testid="page-status">
          {status}
          {page.kind === 'read' && page.detection.isArabic ? ` (${page.detection.words} ${t.words})` : ''}
        </p>
      </section>
      <footer>{t.privacy}</footer>
    </main>
  );
}
