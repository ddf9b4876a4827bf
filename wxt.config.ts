import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Marsad — مرصد',
    description:
      'Highlights the actors and places in Arabic news, links them to your saved articles, and traces who said what. Everything stays on your computer.',
    // storage: settings; activeTab + scripting: "Analyse this page" on the tab the user chose, and
    // content scripts for the sites the user enables; contextMenus: save / add a name.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // Asked for one site at a time, when the user clicks "Enable on this site".
    ...(manifestVersion === 3 ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
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
