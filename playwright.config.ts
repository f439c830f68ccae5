import { defineConfig } from '@playwright/test';

// The browser tests load the built extension (.output/chrome-mv3) into Debian's Chromium;
// `npm test` builds it first. One worker: two cores, and each test owns a browser.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 30_000,
  reporter: [['list']],
  outputDir: 'test-results',
});
