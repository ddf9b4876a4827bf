/**
 * What each page of the built extension loads (issue 10): the script injected into Arabic pages and
 * the popup stay within their targets, and the knowledge base is loaded by the background only —
 * never by a web page's scripts, the popup, or the options page before its knowledge tab (or an
 * export) asks for it. A merge once put it back into the options page through one static import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../bench/browser/extension';
import { EXTENSION_DIR } from './harness';

/** An id only the knowledge base's data holds. */
const KB_MARK = 'person:jerome-powell';
const holdsKB = (files: readonly string[]) => files.some((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8').includes(KB_MARK));

describe('the built bundles', () => {
  const sizes = bundleSizes(EXTENSION_DIR);

  it('keep the analyser and the popup within their targets', () => {
    expect(sizes.analyser).toBeLessThanOrEqual(250_000);
    expect(sizes.popup.bytes).toBeLessThanOrEqual(150_000);
  });

  it('keep Readability out of the analyser: it comes apart, to the pages that need it (features/page/reader.ts)', () => {
    const has = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8').includes('FLAG_STRIP_UNLIKELYS');
    expect(has('readability.js')).toBe(true);
    expect(has('analyser.js')).toBe(false);
  });

  it('load the knowledge base in the background only', () => {
    expect(holdsKB(['background.js'])).toBe(true);
    expect(holdsKB(['analyser.js', 'readability.js', 'content-scripts/content.js'])).toBe(false);
    expect(holdsKB(sizes.popup.files)).toBe(false);
    expect(holdsKB(sizes.options.files)).toBe(false);
  });
});
