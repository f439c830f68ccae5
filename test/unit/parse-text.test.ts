/**
 * How the reader understands a value as people write it (portals/parse-text.ts), case by case
 * from test/fixtures/parse-text-cases.json: each parser on what it must read and on what it must
 * leave (`null`: not a value of that kind).
 */
import { describe, expect, it } from 'vitest';
import * as parse from '../../portals/parse-text';
import cases from '../fixtures/parse-text-cases.json';

type Parser = (text: string) => unknown;

describe.each(Object.entries(cases))('%s', (name, table) => {
  const fn = (parse as unknown as Record<string, Parser>)[name]!;
  it.each(table as [string, unknown][])('« %s » → %j', (text, want) => {
    expect(fn(text) ?? null).toEqual(want);
  });
});
