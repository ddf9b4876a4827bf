/** The project's own fixture pages (tests/fixtures/pages), parsed into Documents. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root directory. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function fixturePath(name: string): string {
  return join(ROOT, 'tests', 'fixtures', 'pages', name);
}

export function fixtureHtml(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Parses a fixture with the test environment's DOMParser (happy-dom), as a page would be in the browser. */
export function fixtureDocument(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}
