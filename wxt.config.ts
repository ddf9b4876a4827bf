import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { BUILTIN_PATTERNS } from './lib/sites/builtin';

/**
 * webextension-polyfill as an ES module. It ships as UMD (CommonJS here), and the bundler imports a
 * CommonJS module by copying its exports onto a namespace object: every property, with its
 * descriptor. Where the browser has a `browser` of its own (Chromium now does, in content
 * scripts), the polyfill exports that object itself, and asking each of its properties for its
 * descriptor makes Chromium build every extension API the page's scripts can see (`app`,
 * `runtime`, `storage`, `i18n`, …): about a millisecond of every page's start, in the content
 * script and again in the analyser, for APIs Marsad never calls there. The polyfill's code is
 * kept as it is; it is only given a `module` of its own and its export read as a default export.
 */
function polyfillAsEsm(): Plugin {
  const UMD_HEAD = /^\(function \(global, factory\) \{\n {2}if \(typeof define === "function" && define\.amd\) \{/;
  return {
    name: 'marsad:webextension-polyfill-as-esm',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id.split('?')[0]!)) return null;
      // Its UMD wrapper calls `factory(module)` when `exports` is defined: a new version that is
      // written otherwise must be looked at again, not bundled half-working.
      if (!UMD_HEAD.test(code) || !code.includes('factory(module);')) throw new Error(`webextension-polyfill's wrapper is not the UMD one expected (${id})`);
      return { code: `var module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;\n`, map: null };
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [polyfillAsEsm(), preact()],
    // Two files are large by design: the background (a service worker, which cannot load a chunk
    // later, holds the knowledge base) and the knowledge base's own chunk, which the options page
    // loads for its knowledge tab. Both are read from disk, never downloaded. What pages load is
    // held to its targets by tests/e2e/bundles.e2e.ts; a chunk beyond this limit is still a warning.
    build: { chunkSizeWarningLimit: 1600 },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Marsad — مرصد',
    description:
      'Highlights the actors and places in Arabic news, links them to your saved articles, and traces who said what. Everything stays on your computer.',
    // storage: settings; activeTab + scripting: "Analyse this page" on the tab the user chose, and
    // content scripts for the sites the user enables; contextMenus: save / add a name.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // The built-in news sites (the content script's own sites): the background injects the analyser
    // there once the quick check has found Arabic. Any other site is asked for one at a time, when
    // the user clicks "Enable on this site".
    host_permissions: [...BUILTIN_PATTERNS],
    ...(manifestVersion === 3 ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
    // The hover card's frame (entrypoints/card), which the analyser puts in a page so that the page
    // cannot read what the card shows: loadable from every site Marsad may run on (the built-in
    // ones, and any the user enables or analyses once). In Chromium only under an id made anew each
    // session (use_dynamic_url), so a page cannot load it to learn that Marsad is installed;
    // Firefox's extension addresses are random for each installation already, and its MV2
    // manifest lists resources by name (WXT writes that form for it).
    web_accessible_resources: [
      {
        resources: ['card.html'],
        matches: ['*://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'marsad@marsad.invalid',
              // Marsad collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
