/**
 * The dependency rule, enforced: lib ← {platform, components} ← features ← entrypoints.
 *
 * - lib is pure: it imports nothing of ours outside lib, and never touches the extension API.
 * - platform holds the thin browser adapters; it builds on lib only.
 * - components are Preact only: lib and each other, never platform or `browser.*` (they get a
 *   client through context, components/client.tsx).
 * - The background owns every write: components may read the corpus but import none of its writes.
 * - features wire lib, platform and components into controllers; entrypoints start them.
 * - The command line (cli/) and the maintainers' scripts run in Node: lib only.
 *
 * Tests and test helpers are exempt (a test may wire what it tests as the real program does).
 * Reads every source file's imports; a file that breaks the rule is named with the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const LAYERS = ['lib', 'platform', 'components', 'features', 'entrypoints', 'cli', 'scripts'] as const;
type Layer = (typeof LAYERS)[number];

/** What each layer may import of ours (besides itself). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  lib: [],
  platform: ['lib'],
  components: ['lib'],
  features: ['lib', 'platform', 'components'],
  entrypoints: ['lib', 'platform', 'components', 'features'],
  cli: ['lib'],
  scripts: ['lib'],
};

/** Packages that are the extension API: only platform, features and entrypoints may use them. */
const BROWSER_PACKAGES = /^(wxt\/browser|webextension-polyfill|@wxt-dev\/webextension-polyfill|@webext-core\/messaging)/;
const MAY_USE_BROWSER: readonly Layer[] = ['platform', 'features', 'entrypoints'];

/** The corpus's writes: only the background (features/background) and the CLI call them. */
const CORPUS_WRITES = ['saveArticle', 'writeArticle', 'writeArticles', 'deleteArticle', 'importCorpus', 'importKnowledge', 'mergeKnowledge', 'removeDamagedKnowledge', 'repointEntity', 'recordDiscovered', 'settleDiscovered', 'savePage', 'removePage'];
const WRITERS: readonly Layer[] = ['features', 'entrypoints', 'cli'];

/** The names a file imports from `lib/corpus/…` modules. */
export function corpusNamesOf(source: string, file: string): string[] {
  const code = withoutComments(source);
  const out: string[] = [];
  for (const m of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    const target = relative(ROOT, resolve(ROOT, dirname(file), m[2]!)).split(sep).join('/');
    if (!m[2]!.startsWith('.') || !target.startsWith('lib/corpus/')) continue;
    for (const name of m[1]!.split(',')) {
      const imported = name.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!;
      if (imported) out.push(imported);
    }
  }
  return out;
}

const isTest = (file: string) => /\.test\.tsx?$|(^|\/)test-(utils|helpers|fixtures)\.tsx?$/.test(file);

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path.split(sep).join('/'));
  }
  return out;
}

/** Strings, template literals and regular-expression-free comments: comments are dropped, the rest kept. */
const TOKENS = /(['"`])(?:\\.|(?!\1)[^\\])*\1|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
const withoutComments = (code: string) => code.replace(TOKENS, (t) => (t.startsWith('/') ? ' ' : t));

/** The module specifiers a file imports (static imports, re-exports and dynamic imports). */
export function importsOf(source: string): string[] {
  const code = withoutComments(source);
  const out: string[] = [];
  const pattern = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of code.matchAll(pattern)) out.push((m[1] ?? m[2])!);
  return out;
}

/** The code without comments and string contents, to look for `browser.` uses. */
const codeOnly = (code: string) => code.replace(TOKENS, (t) => (t.startsWith('/') ? ' ' : "''"));

const layerOf = (file: string): Layer | undefined => LAYERS.find((l) => file === l || file.startsWith(`${l}/`));

function violations(): string[] {
  const out: string[] = [];
  for (const layer of LAYERS) {
    for (const file of sources(layer)) {
      if (isTest(file)) continue;
      const code = readFileSync(join(ROOT, file), 'utf8');
      for (const spec of importsOf(code)) {
        if (spec.startsWith('.')) {
          const target = relative(ROOT, resolve(ROOT, dirname(file), spec)).split(sep).join('/');
          const to = layerOf(target);
          if (to === undefined) {
            // bench/, tests/ and the like are never imported by the program.
            out.push(`${file} imports ${spec} (outside the layers)`);
          } else if (to !== layer && !ALLOWED[layer].includes(to)) out.push(`${file} (${layer}) imports ${spec} (${to})`);
        } else if (BROWSER_PACKAGES.test(spec) && !MAY_USE_BROWSER.includes(layer)) out.push(`${file} (${layer}) imports ${spec}`);
      }
      if (!WRITERS.includes(layer) && layer !== 'lib')
        for (const name of corpusNamesOf(code, file)) if (CORPUS_WRITES.includes(name)) out.push(`${file} (${layer}) writes the corpus (${name})`);
      if (!MAY_USE_BROWSER.includes(layer) && /\b(browser|chrome)\.(runtime|tabs|storage|scripting|permissions|i18n|action|contextMenus|downloads)\b/.test(codeOnly(code)))
        out.push(`${file} (${layer}) calls the extension API`);
    }
  }
  return out;
}

describe('the dependency rule', () => {
  it('reads imports of every kind', () => {
    const code = [
      "import a from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "export * from './d';",
      "import './e.css';",
      "const f = await import('./f');",
      "import {\n  g,\n  h,\n} from './gh';",
      "// import nothing from './comment'",
    ].join('\n');
    expect(importsOf(code)).toEqual(['./a', '../b', './c', './d', './e.css', './f', './gh']);
  });

  it('no source file imports against it', () => {
    expect(violations()).toEqual([]);
  });
});
