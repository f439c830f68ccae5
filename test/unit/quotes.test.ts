import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_FILES } from '../../rules/campaigns/registry';
import type { CampaignFile } from '../../rules/campaigns/campaign-schema';
import { RULES, type RuleInfo } from '../../rules/catalogue';

// Every quote shown as the note's words must be the note's words: verbatim but for typography
// (apostrophes, spaces, bold and italics, list bullets, a word cut at a line's end), with « […] »
// where words are left out. Each piece between « […] » must occur in the note, in order.

/** The note of each campaign file (a copy of ../shared/seed/, as the contract cases are). */
const NOTES: Record<string, string> = {
  '88/2025-2026': resolve(import.meta.dirname, '../fixtures/notes/88-2025-2026.md'),
};

const CUT = '[…]';

/** Typography and markdown out of the way; words, punctuation and case kept. */
function normalise(text: string): string {
  return (
    text
      .replace(/<[^>]*>/g, ' ') // <sup>1</sup>
      .replace(/^[ \t]*(?:(?:#+|[-*•➤✓👍])[ \t]+)+/gmu, '') // headings, bullets, ✓ at line starts
      .replace(/\*+/g, '') // **bold**, *italics*
      .replace(/[’‘`]/g, "'")
      .replace(/(\p{L}|\d)-\s*\n\s*(?=\p{L}|\d)/gu, '$1-') // « 2025-\n\n2026 »: a cut at a line's end
      .replace(/\s+/gu, ' ') // no-break and narrow spaces, line breaks
      // « école; » and « école ; », « 1 000€ » and « 1 000 € »: spacing around signs is typography.
      .replace(/ ?([^\p{L}\d ]) ?/gu, '$1')
      .trim()
  );
}

/** Why `quote` is not the note's words, or undefined when it is. */
function misquote(quote: string, note: string): string | undefined {
  const text = normalise(note);
  let from = 0;
  for (const raw of quote.split(CUT)) {
    const piece = normalise(raw);
    if (piece === '') return `empty piece around « ${CUT} » in « ${quote} »`;
    const at = text.indexOf(piece, from);
    if (at < 0) {
      const anywhere = text.indexOf(piece) >= 0;
      return anywhere
        ? `« ${raw.trim()} » is in the note, but not after the piece before it`
        : `« ${raw.trim()} » is not in the note`;
    }
    from = at + piece.length;
  }
  return undefined;
}

const note = readFileSync(NOTES['88/2025-2026']!, 'utf8');

describe('the quote check itself', () => {
  it('accepts the note’s words with other typography', () => {
    expect(misquote('vous devrez entre le 20 juin 2025 et le 31 juillet 2025', note)).toBe(
      undefined,
    );
    expect(misquote('forfait de 1 000 € / porteur de projet', note)).toBe(undefined);
    expect(misquote('« Projet 2025-2026 - Ajustement du projet 2024-2025 »', note)).toBe(undefined);
  });

  it('refuses a paraphrase, a silent cut and pieces out of order', () => {
    // The old `axes.four` quote: paraphrased.
    expect(
      misquote('des actions portant sur les quatre axes d’intervention : enfants et jeunes', note),
    ).toMatch(/not in the note/);
    // The old `portal.channel` quote: two list items joined by « ; » with no « […] ».
    expect(
      misquote(
        'pour les premières demandes et les premiers renouvellements ; sur MonComptePartenaire',
        note,
      ),
    ).toMatch(/not in the note/);
    expect(
      misquote('Comité départemental Clas : octobre 2025 […] Bonus « enfants »', note),
    ).toMatch(/not after the piece before it/);
    // A changed figure.
    expect(misquote('dans la limite d’un prix plafond de 8 478 € par an par groupe', note)).toMatch(
      /not in the note/,
    );
  });
});

describe('quotes in rules/catalogue.ts', () => {
  for (const [rule, info] of Object.entries(RULES as Record<string, RuleInfo | undefined>)) {
    it(`${rule}: ${info?.quote ? 'the note’s words' : 'no quote, another source'}`, () => {
      if (!info) throw new Error(rule);
      if (info.quote === undefined) {
        // A rule that is not in the note names its real source, and that source is not the note.
        expect(info.source).toMatch(/^(page nationale|principe budgétaire|lecture de la page)/);
        expect(info.source).not.toMatch(/§/);
        return;
      }
      expect(misquote(info.quote, note)).toBe(undefined);
    });
  }
});

describe('quotes in the campaign files', () => {
  for (const [origin, json] of Object.entries(CAMPAIGN_FILES)) {
    const file = json as CampaignFile;
    const path = NOTES[origin];
    it(`${origin} has its note`, () => expect(path).toBeDefined());
    if (!path) continue;
    const text = readFileSync(path, 'utf8');
    for (const [name, p] of Object.entries(file.parameters)) {
      it(`${origin} ${name}: ${p.source.quote ? 'the note’s words' : 'another source, named'}`, () => {
        if (p.source.quote === undefined) {
          expect(p.source.section).not.toMatch(/§/);
          expect(p.source.url).toMatch(/^https:\/\//);
          return;
        }
        expect(misquote(p.source.quote, text)).toBe(undefined);
      });
    }
  }
});
