import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Marsad — مرصد',
    description:
      'Highlights the actors and places in Arabic news, links them to your saved articles, and traces who said what. Everything stays on your computer.',
    // activeTab + scripting: the popup reads the tab the user opened it on, and nothing else.
    permissions: ['storage', 'activeTab', 'scripting'],
  },
});
