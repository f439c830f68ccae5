import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  // Only the panel's frame is web-accessible, and only at the per-session address.
  expect(m.web_accessible_resources).toEqual([
    { resources: ['panel-frame.html'], matches: ['https://*/*'], use_dynamic_url: true },
  ]);
  // The snapshot history is our own page: the browser's history (Ctrl+H) stays the browser's.
  expect(m.chrome_url_overrides).toBeUndefined();
});

/** Every file under `dir`, relative paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

test('the extension pages may open no connection (CSP), and no fetch( is shipped', () => {
  for (const dir of ['chrome-mv3', 'chrome-mv3-e2e']) {
    const csp = manifest(dir).content_security_policy.extension_pages as string;
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives['connect-src']).toBe("'none'");
    expect(directives['default-src']).toBe("'self'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    const scripts = filesUnder(resolve(root, '.output', dir)).filter((f) =>
      /\.(m?js|html)$/.test(f),
    );
    expect(scripts.length).toBeGreaterThan(5);
    const withFetch = scripts.filter((f) => /\bfetch\s*\(/.test(readFileSync(f, 'utf8')));
    expect(withFetch).toEqual([]);
  }
});

test('the icons: 16, 32, 48 and 128 px PNGs in the manifest', () => {
  const m = manifest('chrome-mv3');
  expect(Object.keys(m.icons)).toEqual(['16', '32', '48', '128']);
  for (const [size, file] of Object.entries(m.icons as Record<string, string>)) {
    const png = readFileSync(resolve(root, '.output/chrome-mv3', file));
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
  }
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
  expect(m.content_security_policy).toContain("connect-src 'none'");
  expect(Object.keys(m.icons)).toEqual(['16', '32', '48', '128']);
  const withFetch = filesUnder(resolve(root, '.output/firefox-mv2'))
    .filter((f) => /\.(m?js|html)$/.test(f))
    .filter((f) => /\bfetch\s*\(/.test(readFileSync(f, 'utf8')));
  expect(withFetch).toEqual([]);
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
