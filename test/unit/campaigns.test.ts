import { describe, expect, it } from 'vitest';
import vosges from '../../rules/campaigns/88/2025-2026.json';
import { CampaignFileError } from '../../rules/campaigns/campaign';
import { loadCampaign } from '../../rules/campaigns/load-campaign';
import {
  CAMPAIGN_FILES,
  CampaignRegistry,
  UnknownCampaignError,
  defaultRegistry,
} from '../../rules/campaigns/registry';
import { evaluate } from '../../rules/evaluate';

describe('campaign parameters', () => {
  it('hold the note’s figures for Vosges 2025/2026, each with its source', () => {
    const c = defaultRegistry.resolve('88', '2025-2026');
    expect(c).toMatchObject({
      depositOpens: '2025-06-20',
      depositCloses: '2025-07-31',
      psCeilingCents: 848700,
      psRateBasisPoints: 3250,
      psMaximumCents: 275828,
      bonusChildrenCents: 32900,
      bonusParentsCents: 32900,
      msaFlatCents: 100000,
      tneMinCents: 10000,
      tneMaxCents: 50000,
      groupMinChildren: 8,
      groupMaxChildren: 12,
      groupMinStaff: 2,
    });
    for (const [name, p] of Object.entries(c.file.parameters)) {
      expect(p.source.section, name).toMatch(/§|page nationale|Introduction/);
      // The note's words (checked verbatim by quotes.test.ts), or the address of another source.
      expect(p.source.quote ?? p.source.url, name).toBeTruthy();
      expect(p.from <= p.to, name).toBe(true);
    }
  });

  it('every bundled parameter file passes the schema', () => {
    for (const [origin, json] of Object.entries(CAMPAIGN_FILES)) {
      expect(() => loadCampaign(json, origin), origin).not.toThrow();
    }
  });

  it('refuses a file whose figures disagree with each other', () => {
    const broken = structuredClone(vosges);
    broken.parameters.psMaximumEuros.value = 2758.27;
    expect(() => loadCampaign(broken, 'test')).toThrow(CampaignFileError);
    expect(() => loadCampaign(broken, 'test')).toThrow(/incohérents/);
  });

  it('refuses a file with a missing parameter, naming it', () => {
    const broken = structuredClone(vosges) as Record<string, unknown> & typeof vosges;
    delete (broken.parameters as Partial<typeof vosges.parameters>).msaFlatEuros;
    expect(() => loadCampaign(broken, 'test')).toThrow(/parameters\.msaFlatEuros/);
  });

  it('refuses, in French, a campaign or department it has no parameters for', () => {
    expect(() => evaluate({ format: 'clas-dossier/1', campaign: '2026-2027' })).toThrow(
      UnknownCampaignError,
    );
    expect(() => evaluate({ format: 'clas-dossier/1', department: '54' })).toThrow(
      /Aucun paramètre pour la campagne .* du département 54 : l’outil ne connaît que 88 2025-2026/,
    );
  });

  it('takes a new campaign as a new parameter file, with no new code', () => {
    const next = structuredClone(vosges);
    next.campaign = '2026-2027';
    next.previousCampaign = '2025-2026';
    next.parameters.depositOpens.value = '2026-06-19';
    next.parameters.depositCloses.value = '2026-07-30';
    next.parameters.psCeilingEuros.value = 8600;
    next.parameters.psMaximumEuros.value = 2795;
    const registry = new CampaignRegistry(
      { '88/2025-2026': vosges, '88/2026-2027': next },
      loadCampaign,
    );
    const dossier = {
      format: 'clas-dossier/1' as const,
      checkedOn: '2026-07-30',
      collectives: [{ name: 'G', children: 10, expenses: 9000 }],
    };
    const r = evaluate(dossier, { registry });
    expect(r.campaign).toBe('2026-2027'); // the most recent is the default
    expect(r.funding.psClasCents).toBe(279500);
    expect(r.findings.some((f) => f.rule === 'deposit.window')).toBe(false);
    const old = evaluate({ ...dossier, campaign: '2025-2026' }, { registry });
    expect(old.funding.psClasCents).toBe(275828);
    expect(old.findings.find((f) => f.rule === 'deposit.window')?.severity).toBe('blocking');
  });

  it('names the default campaign in the report', () => {
    expect(evaluate({ format: 'clas-dossier/1' }).campaign).toBe('2025-2026');
  });
});
