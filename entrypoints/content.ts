import { BUILTIN_PATTERNS } from '../lib/sites/builtin';
import { ignoreStartAnnouncements } from '../features/page/announce';
import { runQuickCheck } from '../features/page/quick-check';

export default defineContentScript({
  // The built-in news sites; other sites are added at run time by the background (the user's
  // "Enable on this site"). This script only looks: the analyser is injected when the page is Arabic.
  matches: [...BUILTIN_PATTERNS],
  runAt: 'document_idle',
  // Written out (WXT reads this object as code at build time): see features/page/announce.ts.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreStartAnnouncements(ctx);
    void runQuickCheck(ctx);
  },
});
