import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// The packages as shipped: what the manifests ask for, and Firefox's own linter on its build.
const root = resolve(import.meta.dirname, '../..');
const manifest = (dir: string) =>
  JSON.parse(readFileSync(resolve(root, '.output', dir, 'manifest.json'), 'utf8'));

test('the Chrome manifest asks only for what the extension uses', () => {
  const m = manifest('chrome-mv3');
  expect(m.manifest_version).toBe(3);
  expect(m.permissions.sort()).toEqual(['scripting', 'storage']);
  expect(m.host_permissions ?? []).toEqual([]);
  expect(m.optional_host_permissions).toEqual(['https://*/*']);
  expect(m.content_scripts).toHaveLength(1);
  expect(m.content_scripts[0].matches).toEqual([
    'https://elan.caf.fr/*',
    'https://partenaires.caf.fr/*',
  ]);
  expect(JSON.stringify(m)).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>/);
  // The snapshot history is our own page: the browser's history (Ctrl+H) stays the browser's.
  expect(m.chrome_url_overrides).toBeUndefined();
});

test('the Firefox build has its gecko id and data declaration, and web-ext lint finds no error', () => {
  test.setTimeout(120_000);
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: 'pipe' });
  const m = manifest('firefox-mv2');
  expect(m.browser_specific_settings.gecko.id).toBe('assistant-clas@caf88.fr');
  expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({
    required: ['none'],
  });
  expect(m.optional_permissions).toEqual(['https://*/*']);
  let out: string;
  try {
    out = execFileSync(
      'npx',
      ['web-ext', 'lint', '-s', '.output/firefox-mv2', '--output', 'json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
  } catch (e) {
    out = (e as { stdout: string }).stdout; // web-ext exits non-zero on errors: read them
  }
  const report = JSON.parse(out);
  expect(
    report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`),
  ).toEqual([]);
  // Only Preact's own innerHTML path may warn (dangerouslySetInnerHTML, unused here).
  for (const w of report.warnings) expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
});
