import { BUILTIN_PATTERNS } from '../lib/sites/builtin';
import { runSession } from '../platform/content/session';

export default defineContentScript({
  // The built-in news sites; other sites are added at run time by the background (the user's
  // "Enable on this site") or get one analysis from the popup's "Analyse this page" (activeTab).
  matches: [...BUILTIN_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    void runSession(ctx);
  },
});
