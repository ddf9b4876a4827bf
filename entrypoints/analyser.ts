import { startSession } from '../features/page/session';

/**
 * The analyser, injected into a tab by the background (the quick check found Arabic) or by the
 * popup ("Analyse this page"): reads, highlights and answers the popup. Injected again while it
 * runs, it does nothing.
 */
export default defineUnlistedScript(() => {
  startSession('marsad-analyser');
});
