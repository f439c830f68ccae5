import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import vosges from '../../rules/campaigns/88/2025-2026.json';
import { reportText } from '../../rules/report-text';
import next2026 from '../fixtures/campaigns/88/2026-2027.json';
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

  it('holds the note’s months as months, and the wordings that change each year', () => {
    const c = defaultRegistry.resolve('88', '2025-2026');
    expect(c).toMatchObject({
      sphinxDue: '2025-09',
      committeeDate: '2025-10',
      decisionDate: '2025-11',
      forecastYear: '2025',
      pluriannualCampaigns: ['2025-2026', '2026-2027'],
      bilanDocument: 'Bilan CLAS 2024-2025',
      adjustmentDocument: 'Projet 2025-2026 - Ajustement du projet 2024-2025',
      cityCofundingYear: '2024',
    });
  });

  it('refuses an invented day written as a month that does not exist', () => {
    const broken = structuredClone(vosges);
    broken.parameters.sphinxDue.value = '2025-13';
    expect(() => loadCampaign(broken, 'test')).toThrow(/sphinxDue.*mois AAAA-MM/);
  });
});

describe('a new campaign is a new JSON file (test/fixtures/campaigns/88/2026-2027.json)', () => {
  const registry = new CampaignRegistry(
    { '88/2025-2026': vosges, '88/2026-2027': next2026 },
    loadCampaign,
  );
  // A dossier that makes every campaign-dependent wording appear.
  const dossier = {
    format: 'clas-dossier/1' as const,
    checkedOn: '2026-07-01',
    portal: 'elan' as const,
    carrier: {
      situation: 'renewal-unchanged' as const,
      fundedLastYear: true,
      pluriannual: false,
      agreementInForce: true,
    },
    collectives: [{ name: 'G', children: 10, expenses: 9000, staff: 2, levels: ['CM1'] }],
    bonuses: { children: { requested: true }, tne: { requested: true } },
    cityContract: { obtainedLastYear: true },
  };
  const report = evaluate(dossier, { registry });
  const all = [
    ...report.findings.map((f) => f.message),
    ...report.checklist.map((c) => c.item),
    ...report.deadlines.map((d) => d.label),
    reportText(report),
  ].join('\n');

  it('is the default campaign once present, with its own figures', () => {
    expect(report.campaign).toBe('2026-2027');
    expect(report.funding.psClasCents).toBe(279500);
    expect(report.funding.bonusChildrenCents).toBe(33500);
    expect(report.findings.some((f) => f.rule === 'deposit.window')).toBe(false);
  });

  it('speaks of its own years, documents and months, never of the 2025/2026 note’s', () => {
    for (const words of [
      'campagnes 2026-2027 et 2027-2028',
      'données prévisionnelles 2026 sur MonComptePartenaire',
      'budget prévisionnel 2026 sur MonComptePartenaire',
      '« Bilan CLAS 2025-2026 »',
      'obtenu pour 2025',
      'à compléter en septembre 2026',
      'Clôture du dépôt des dossiers Clas 2026-2027',
    ])
      expect(all).toContain(words);
    expect(all).not.toMatch(/2024/);
    const changed = evaluate(
      { ...dossier, carrier: { ...dossier.carrier, situation: 'renewal-changed' as const } },
      { registry },
    );
    expect(changed.findings.map((f) => f.message).join('\n')).toContain(
      '« Projet 2026-2027 - Ajustement du projet 2025-2026 »',
    );
    const when = report.deadlines.map((d) => [d.date, d.daysLeft]);
    expect(when).toContainEqual(['2026-07-30', 29]);
    expect(when).toContainEqual(['2026-09', 91]); // to 30 September 2026
    expect(when).toContainEqual(['2026-10-15', 106]);
    expect(reportText(report)).toContain('15 octobre 2026 — Comité départemental Clas');
    expect(reportText(report)).toContain(
      'novembre 2026 — Passage dans les instances décisionnaires',
    );
  });

  it('needs no code: the checks hold no year of their own', () => {
    const dir = resolve(import.meta.dirname, '../../rules/checks');
    for (const file of readdirSync(dir))
      expect(readFileSync(resolve(dir, file), 'utf8'), file).not.toMatch(/20(2\d|3\d)/);
  });
});
