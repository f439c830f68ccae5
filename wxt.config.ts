import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Assistant Clas',
    description:
      'Vérifie en direct un dossier CLAS sur les portails partenaires de la Caf : règles, financement estimé, pièces manquantes.',
    permissions: ['storage'],
  },
});
