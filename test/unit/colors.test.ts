import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const HEX = /#[0-9a-f]{3,8}\b/gi;

/** The extension's stylesheets and the code that draws the panel, its frame and its exports. */
function files(): string[] {
  const under = (dir: string, ext: RegExp) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => ext.test(f))
      .map((f) => join(dir, f));
  return [
    ...under('styles', /\.css$/),
    ...under('components', /\.(css|tsx?)$/),
    ...under('entrypoints', /\.(css|tsx?)$/),
    ...under('display', /\.tsx?$/),
  ];
}

describe('colours: custom properties in styles/colors.css, nowhere else', () => {
  const colors = read('styles/colors.css');

  it('no other stylesheet or drawing code writes a colour, but the outline on the page', () => {
    const found = files()
      .filter((f) => f !== 'styles/colors.css' && f !== 'entrypoints/content/overlay.tsx')
      .flatMap((f) => (read(f).match(HEX) ?? []).map((hex) => `${f}: ${hex}`));
    expect(found).toEqual([]);
  });

  it('the field outline, drawn where no stylesheet reaches, is the extension blue', () => {
    const blue = /--ac-blue:\s*(#[0-9a-f]{6})/.exec(colors)?.[1];
    expect(blue).toBe('#000091');
    expect(read('entrypoints/content/overlay.tsx').match(HEX)).toEqual([blue]);
  });

  it('every custom property a stylesheet uses is defined once', () => {
    const defined = [...colors.matchAll(/(--ac-[\w-]+):/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    const used = files()
      .filter((f) => f.endsWith('.css'))
      .flatMap((f) => [...read(f).matchAll(/var\((--ac-[\w-]+)\)/g)].map((m) => m[1]));
    expect(used.filter((name) => !defined.includes(name))).toEqual([]);
  });
});
