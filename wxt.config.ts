import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { loadCampaign } from './rules/campaigns/load-campaign';
import { CAMPAIGN_FILES } from './rules/campaigns/registry';

/** The extension pages' Content-Security-Policy (README, « Permissions »). */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'none'",
  "img-src 'self' data: blob:",
  // Every page's CSS is a stylesheet of the extension (styles/, components/panel.css,
  // entrypoints/*/*.css): no <style> element, no style attribute.
  "style-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: no auto-imported globals from components/ or WXT.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Vite's module-preload polyfill fetch()es chunks; the browser preloads modules itself, and
    // the shipped code holds no fetch( at all (test/e2e/packaging.spec.ts greps for it).
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // The content script takes the browser's own promise-based API rather than the polyfill
    // (WXT's content-script context imports `wxt/browser` too): 3 kB gzip out of its 40 kB
    // budget. Background and pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const alias = viteConfig.resolve?.alias;
      const native = fileURLToPath(import.meta.resolve('wxt/browser'));
      viteConfig.resolve = {
        ...viteConfig.resolve,
        alias: Array.isArray(alias)
          ? [{ find: 'wxt/browser', replacement: native }, ...alias]
          : { ...alias, 'wxt/browser': native },
      };
    },
    // The extension ships the campaign files without zod: they are validated here, so an
    // invalid file fails the build instead of reaching a carrier.
    // entrypoints/history/ is the snapshot history, not a replacement of the browser's own.
    'build:manifestGenerated': (_wxt, manifest) => {
      delete manifest.chrome_url_overrides;
    },
    'build:before': () => {
      for (const [origin, json] of Object.entries(CAMPAIGN_FILES)) loadCampaign(json, origin);
    },
  },
  // The sources package for Firefox's review: the code, not what the tools leave behind.
  zip: {
    excludeSources: ['demo-output/**', 'test-results/**', 'playwright-report/**', '.ci/**'],
  },
  manifest: ({ browser, mode, command }) => ({
    name: 'Assistant Clas',
    description:
      'Vérifie en direct un dossier CLAS sur les portails partenaires de la Caf : règles, financement estimé, pièces manquantes.',
    // Nothing leaves the browser, enforced by the browser itself: the extension's pages may not
    // open any connection (fetch, XHR, WebSocket, beacon) nor load anything from elsewhere.
    // `wxt` (dev server) needs its websocket: the policy is for builds.
    ...(command === 'build' && {
      content_security_policy:
        browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    }),
    // storage: settings, marks and field maps in the extension's own storage.
    // scripting: run the content script on the portal addresses a person adds in the options.
    permissions: ['storage', 'scripting'],
    // The panel is drawn in an extension page the content script frames on the portal's page,
    // out of the page scripts' reach (entrypoints/panel-frame/). The portals' addresses, and
    // those a person adds in the options (any https address, settings/content-registration.ts)
    // may frame it, and only at the address `runtime.getURL` gives, which changes every session
    // (use_dynamic_url): no site can load it at the extension's fixed address to tell that the
    // extension is installed. Firefox's extension addresses are random per installation.
    web_accessible_resources:
      browser === 'firefox'
        ? ['panel-frame.html']
        : [{ resources: ['panel-frame.html'], matches: ['https://*/*'], use_dynamic_url: true }],
    // Asked for one host at a time, from the options page, and only then used (Firefox's
    // Manifest V2 names them optional permissions).
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    // Test build only (`wxt build --mode e2e`, in .output/chrome-mv3-e2e): the address the
    // options test adds is granted at install, since no test can answer the browser's prompt.
    ...(mode === 'e2e' && { host_permissions: ['https://nouveau-portail.caf.fr/*'] }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'assistant-clas@caf88.fr',
          // The first version that knows the data-collection declaration (desktop and Android).
          strict_min_version: '142.0',
          // Nothing leaves the browser: the extension collects no data at all.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
