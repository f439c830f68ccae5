/**
 * Writes a corpus set to a folder, to look at the pages in a browser:
 * `npx tsx test/corpus/write.ts dev /tmp/corpus [seed]` writes `<id>.html`, `<id>.json` (the
 * expected dossier and the blank paths), `expected.json` (all of them) and an `index.html`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_SEED, generateCorpus } from './generate';
import { esc } from './render/html';
import type { CorpusPage, CorpusSet } from './types';

export function writeCorpus(
  set: CorpusSet | 'all',
  dir: string,
  seed = DEFAULT_SEED,
): CorpusPage[] {
  const pages = generateCorpus({ seed, set });
  mkdirSync(dir, { recursive: true });
  const meta = (p: CorpusPage) => ({
    id: p.id,
    set: p.set,
    portal: p.portal,
    role: p.role,
    layout: p.layout,
    url: p.url,
    expected: p.expected,
    blank: p.blank,
  });
  for (const p of pages) {
    writeFileSync(join(dir, `${p.id}.html`), p.html);
    writeFileSync(join(dir, `${p.id}.json`), `${JSON.stringify(meta(p), null, 2)}\n`);
  }
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(pages.map(meta), null, 2)}\n`);
  const rows = pages
    .map(
      (p) =>
        `<tr><td><a href="${esc(p.id)}.html">${esc(p.id)}</a></td><td>${p.portal}</td><td>${p.role}</td><td>${esc(p.layout)}</td><td>${p.expected.collectives?.length ?? 0}</td><td><a href="${esc(p.id)}.json">attendu</a></td></tr>`,
    )
    .join('\n');
  writeFileSync(
    join(dir, 'index.html'),
    `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Corpus ${esc(set)}</title>
<style>body{font:14px Arial,sans-serif;margin:20px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px}</style>
</head><body><h1>Corpus ${esc(set)} (graine ${seed}) : ${pages.length} pages</h1>
<table><thead><tr><th>page</th><th>portail</th><th>rôle</th><th>mise en page</th><th>collectifs</th><th>dossier attendu</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`,
  );
  return pages;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('write.ts')) {
  const [set = 'dev', dir = '/tmp/corpus', seed] = process.argv.slice(2);
  if (!['dev', 'held-out', 'all'].includes(set)) {
    console.error(`Jeu inconnu « ${set} » : dev, held-out ou all attendu.`);
    process.exit(2);
  }
  const pages = writeCorpus(
    set as CorpusSet | 'all',
    resolve(dir),
    seed ? Number(seed) : undefined,
  );
  console.log(`${pages.length} pages written to ${resolve(dir)} (open index.html)`);
}
