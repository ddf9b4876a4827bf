/**
 * Marsad on one page: answers the popup, shows the background's notices, and reads the page
 * (page-reading.ts) when it is an Arabic article, now or once its story has arrived. Everything is
 * tied to the content-script context, so an update or a disabled extension leaves the page as it was.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ignoreStartAnnouncements, QUIET_CONTEXT } from './announce';
import { FORCE_ANALYSIS, type PageState } from '../../lib/messages';
import { builtinSiteOf } from '../../lib/sites/builtin';
import { servePage } from '../../platform/messaging';
import { loadSettings } from '../../platform/settings';
import { PageReading } from './page-reading';
import { looksArabic, takeQuickLook } from './quick-check';
import { Toast } from './toast';
import { pageTooLargeText } from '../../lib/i18n/strings';
import { watchUntil } from './watch';

/** Marks a page whose isolated world already runs a session: how to ask whether it is still alive. */
const RUNNING = Symbol.for('marsad.session');
const world = globalThis as Record<string | symbol, unknown>;

/** Pages that fetch their story after loading start as menus and footers: read again, a few times. */
const LATE_ARTICLE_DELAY = 800;
/** ... and at the latest this long after a change, for pages that never stop changing. */
const LATE_ARTICLE_MAX_WAIT = 1000;
const LATE_ARTICLE_ATTEMPTS = 12;

/** Is a session running in this isolated world (and not left behind by an update of the extension)? */
function sessionAlive(): boolean {
  const running = world[RUNNING] as { alive(): boolean } | undefined;
  return running?.alive() === true;
}

/**
 * The analyser's start: a session for this page, unless one is already alive here. Injected twice
 * ("Analyse this page", the context menu, on a page where Marsad already runs), the second is a
 * no-op and the first one answers. The check comes before the context is made: a new context
 * stops the one running under its name (WXT's "newer script started" event), which took the
 * guard down with it and read the whole page again. Returns the new session's context, if any.
 */
export function startSession(name: string): ContentScriptContext | undefined {
  if (sessionAlive()) {
    delete world[FORCE_ANALYSIS];
    return undefined;
  }
  const ctx = new ContentScriptContext(name, QUIET_CONTEXT);
  ignoreStartAnnouncements(ctx);
  void runSession(ctx);
  return ctx;
}

async function runSession(ctx: ContentScriptContext): Promise<void> {
  const guard = { alive: () => !ctx.isInvalid };
  world[RUNNING] = guard;
  ctx.onInvalidated(() => {
    if (world[RUNNING] === guard) delete world[RUNNING];
  });
  const forced = world[FORCE_ANALYSIS] === true;
  delete world[FORCE_ANALYSIS];

  let state: PageState = { url: location.href, analysed: false, isArabic: false, isArabicNews: false, entities: [], article: null };
  let reading: PageReading | undefined;
  let settle!: () => void;
  const ready = new Promise<void>((resolve) => (settle = resolve));
  // One listener for the whole life of the page. It answers once the first reading is done (a
  // popup opened while the page is being analysed waits for it rather than read a blank state).
  ctx.onInvalidated(
    servePage('getPage', async () => {
      await ready;
      return reading?.state ?? state;
    }),
  );
  // Notices for what was done from outside the page (the context menu's save and add).
  const toast = new Toast(document);
  ctx.onInvalidated(() => toast.hide());
  ctx.onInvalidated(servePage('notify', (data) => toast.show(data.kind, data.text, data.lang)));
  try {
    // The content script's quick check found the page Arabic just before it asked for the analyser,
    // with the settings it had just read.
    const look = takeQuickLook();
    const settings = look?.settings ?? (await loadSettings());
    if (ctx.isInvalid) return;
    const site = builtinSiteOf(location.href);
    if (!forced && site && settings.disabledSites.includes(site.id)) {
      state = { ...state, reason: 'disabled on this site' };
      return;
    }
    let looked = look !== undefined;
    const attempt = async (): Promise<boolean> => {
      // The cheap check first: a page in another script costs a few thousand characters of reading.
      const arabic = looked || looksArabic(document);
      looked = false;
      if (!arabic) {
        state = { ...state, reason: 'not Arabic script' };
        return false;
      }
      const r = new PageReading(ctx, settings, forced);
      if (await r.start()) {
        reading = r;
        return true;
      }
      state = r.state;
      r.destroy();
      // Too large to read: the reader is told why nothing is highlighted, once; it is not read again.
      if (state.tooLarge) {
        toast.show('error', pageTooLargeText(r.locale, state.tooLarge), r.locale);
        return true;
      }
      return false;
    };
    if (!(await attempt())) watchUntil(ctx, { delay: LATE_ARTICLE_DELAY, maxWait: LATE_ARTICLE_MAX_WAIT, attempts: LATE_ARTICLE_ATTEMPTS, check: attempt });
  } finally {
    settle();
  }
}
