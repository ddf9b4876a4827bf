/**
 * Readability in a page. The analyser reads the story a page marks plainly without it
 * (lib/extract/marked.ts), and most of its code is Readability's: parsing it cost every page about
 * a millisecond and a half of its start. So it comes apart (entrypoints/readability.ts), injected
 * by the background with the analyser when the page may need it (the quick check saw no single
 * <article>), or when the analyser asks for it (page-reading.ts's `loadReader`). Both scripts run in the extension's
 * isolated world of the page, where the one leaves Readability for the other; the page cannot read it.
 */
import type { Reader } from '../../lib/extract/article';

const READER = Symbol.for('marsad.readability');
const world = globalThis as Record<symbol, unknown>;

/** Leaves Readability for the analyser (readability.js, injected before it). */
export function provideReader(reader: Reader): void {
  world[READER] = reader;
}

/** Readability, when it is here already. */
export function readerHere(): Reader | undefined {
  return world[READER] as Reader | undefined;
}
