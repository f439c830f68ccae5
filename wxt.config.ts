import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Assistant Clas',
    description:
      'Vérifie en direct un dossier CLAS sur les portails partenaires de la Caf : règles, financement estimé, pièces manquantes.',
    // storage: settings, marks and field maps in the extension's own storage.
    // scripting: run the content script on the portal addresses a person adds in the options.
    permissions: ['storage', 'scripting'],
    // Asked for one host at a time, from the options page, and only then used.
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'assistant-clas@caf88.fr',
          strict_min_version: '128.0',
          // Nothing leaves the browser: the extension collects no data at all.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
