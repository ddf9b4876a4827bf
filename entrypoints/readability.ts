import { Readability } from '@mozilla/readability';
import { provideReader } from '../features/page/reader';

/**
 * Readability for the analyser, injected by the background before it (or when it asks) into the
 * same isolated world: features/page/reader.ts says why it is apart.
 */
export default defineUnlistedScript(() => {
  provideReader(Readability);
});
