/**
 * What runs on every page of an enabled site: the cheapest possible look. Only when the page is in
 * Arabic script does it ask the background to inject the analyser (the knowledge base, the
 * extractor, the highlighter); a page in another script costs a few thousand characters of reading.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { arabicScriptRatio } from '../../lib/detect/script';
import { callBackground } from '../../platform/messaging';
import { builtinSiteOf } from '../../lib/sites/builtin';
import type { Settings } from '../../lib/settings';
import { loadSettings } from '../../platform/settings';
import { watchUntil } from './watch';

const QUICK_SAMPLE = 2000;
export const MIN_QUICK_RATIO = 0.3;
/** A page that turns Arabic later (its text arrives after loading) is looked at again, a few times. */
const RECHECK_DELAY = 800;
/** ... and at the latest this long after a change, for pages that never stop changing. */
const RECHECK_MAX_WAIT = 1000;
const RECHECKS = 12;

/** Up to `limit` characters of the page's visible text, cheaply (for the script-ratio check). */
export function sampleText(doc: Document, limit = QUICK_SAMPLE): string {
  if (!doc.body) return '';
  // No filter callback: the browser would call into JavaScript for every node; the check is inline.
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < limit; n = walker.nextNode()) {
    const tag = n.parentElement?.tagName;
    if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'NOSCRIPT') out += (n as Text).data;
  }
  return out;
}

export function looksArabic(doc: Document): boolean {
  return arabicScriptRatio(sampleText(doc)) >= MIN_QUICK_RATIO;
}

/**
 * What the quick check leaves for the analyser it asks for, when it found the page Arabic: when
 * it looked, and the settings it had read (and when). Both scripts run in the extension's isolated
 * world of the page, which the page cannot read. The analyser, injected a moment later, need not
 * look again nor read the settings again (`takeQuickLook`).
 */
interface QuickLook {
  at: number;
  settings: Settings;
  settingsAt: number;
}
const QUICK_LOOK = Symbol.for('marsad.quickLook');
/** How long a look (and the settings read) holds for the analyser: its injection takes a few hundred milliseconds at most. */
const LOOK_HOLDS_MS = 5000;
const world = globalThis as Record<symbol, unknown>;

/** The quick check found this page Arabic now, with these settings read at `settingsAt` (performance.now()). */
export function rememberQuickLook(settings: Settings, settingsAt: number): void {
  world[QUICK_LOOK] = { at: performance.now(), settings, settingsAt } satisfies QuickLook;
}

/**
 * Did the quick check find this page Arabic a moment ago? Then the settings it read, when they
 * are as fresh (else none: the analyser reads them). Asked once: the look is then forgotten.
 */
export function takeQuickLook(): { settings: Settings | undefined } | undefined {
  const look = world[QUICK_LOOK] as QuickLook | undefined;
  delete world[QUICK_LOOK];
  const now = performance.now();
  if (!look || !(now - look.at < LOOK_HOLDS_MS)) return undefined;
  return { settings: now - look.settingsAt < LOOK_HOLDS_MS ? look.settings : undefined };
}

export async function runQuickCheck(ctx: ContentScriptContext): Promise<void> {
  const settings = await loadSettings();
  const settingsAt = performance.now();
  if (ctx.isInvalid) return;
  const site = builtinSiteOf(location.href);
  if (site && settings.disabledSites.includes(site.id)) return;
  const start = () => {
    rememberQuickLook(settings, settingsAt);
    // One <article>: its story may be read without Readability, which is then not injected unless asked for.
    void callBackground('startAnalyser', { marked: document.getElementsByTagName('article').length === 1 }).catch(() => undefined);
  };
  if (looksArabic(document)) {
    start();
    return;
  }
  watchUntil(ctx, {
    delay: RECHECK_DELAY,
    maxWait: RECHECK_MAX_WAIT,
    attempts: RECHECKS,
    check: () => {
      if (!looksArabic(document)) return false;
      start();
      return true;
    },
  });
}
