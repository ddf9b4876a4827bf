/**
 * What runs on every page of an enabled site: the cheapest possible look. Only when the page is in
 * Arabic script does it ask the background to inject the analyser (the knowledge base, the
 * extractor, the highlighter); a page in another script costs a few thousand characters of reading.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { arabicScriptRatio } from '../../lib/detect/script';
import { callBackground } from '../../platform/messaging';
import { builtinSiteOf } from '../../lib/sites/builtin';
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
 * When the quick check last found the page Arabic (performance.now()), left for the analyser it
 * asks for: both run in the extension's isolated world of the page, which the page cannot read.
 * The analyser, injected a moment later, need not look again (`justLookedArabic`).
 */
const LOOKED_ARABIC = Symbol.for('marsad.lookedArabic');
/** How long a look holds for the analyser: its injection takes a few hundred milliseconds at most. */
const LOOK_HOLDS_MS = 5000;
const world = globalThis as Record<symbol, unknown>;

/** The quick check found this page Arabic now (for the analyser it is about to ask for). */
export function rememberLookedArabic(): void {
  world[LOOKED_ARABIC] = performance.now();
}

/** Did the quick check find this page Arabic a moment ago? Asked once: the answer is then forgotten. */
export function justLookedArabic(): boolean {
  const at = world[LOOKED_ARABIC];
  delete world[LOOKED_ARABIC];
  return typeof at === 'number' && performance.now() - at < LOOK_HOLDS_MS;
}

export async function runQuickCheck(ctx: ContentScriptContext): Promise<void> {
  const settings = await loadSettings();
  if (ctx.isInvalid) return;
  const site = builtinSiteOf(location.href);
  if (site && settings.disabledSites.includes(site.id)) return;
  const start = () => {
    rememberLookedArabic();
    void callBackground('startAnalyser').catch(() => undefined);
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
