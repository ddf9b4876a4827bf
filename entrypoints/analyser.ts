import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ignoreStartAnnouncements, QUIET_CONTEXT } from '../features/page/announce';
import { runSession } from '../features/page/session';

/**
 * The analyser, injected into a tab by the background (the quick check found Arabic) or by the
 * popup ("Analyse this page"): reads, highlights and answers the popup.
 */
export default defineUnlistedScript(() => {
  const ctx = new ContentScriptContext('marsad-analyser', QUIET_CONTEXT);
  ignoreStartAnnouncements(ctx);
  void runSession(ctx);
});
