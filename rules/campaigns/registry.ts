import vosges2025 from './88/2025-2026.json';
import { toCampaign, type Campaign } from './campaign';
import type { CampaignFile } from './campaign-schema';
import type { KnownCampaign } from './known';

/**
 * The campaigns the engine knows. A new campaign is a new JSON file beside the others, one line
 * here and its key in known.ts; no check changes.
 */
export const CAMPAIGN_FILES: Record<KnownCampaign, unknown> = {
  '88/2025-2026': vosges2025,
};

export class UnknownCampaignError extends Error {
  constructor(
    readonly department: string,
    readonly campaign: string,
    known: readonly Campaign[],
  ) {
    const list = known.map((c) => `${c.department} ${c.campaign}`).join(', ');
    super(
      `Aucun paramètre pour la campagne ${campaign} du département ${department} : l’outil ne connaît que ${list}. Vérifiez les champs « campaign » et « department » du dossier.`,
    );
    this.name = 'UnknownCampaignError';
  }
}

export class CampaignRegistry {
  private readonly byKey = new Map<string, Campaign>();

  /** `load` checks each file: `loadCampaign` validates its shape too (see load-campaign.ts). */
  constructor(
    files: Record<string, unknown>,
    load: (json: unknown, origin: string) => Campaign = (json, origin) =>
      toCampaign(json as CampaignFile, origin),
  ) {
    for (const [origin, json] of Object.entries(files)) {
      const c = load(json, origin);
      this.byKey.set(`${c.department}/${c.campaign}`, c);
    }
  }

  list(): Campaign[] {
    return [...this.byKey.values()];
  }

  /** The most recent campaign of the department (the dossier's default). */
  latest(department: string): Campaign | undefined {
    return this.list()
      .filter((c) => c.department === department)
      .sort((a, b) => b.campaign.localeCompare(a.campaign))[0];
  }

  resolve(department: string | undefined, campaign: string | undefined): Campaign {
    const dep = department ?? DEFAULT_DEPARTMENT;
    const found = campaign ? this.byKey.get(`${dep}/${campaign}`) : this.latest(dep);
    if (!found) throw new UnknownCampaignError(dep, campaign ?? '(la plus récente)', this.list());
    return found;
  }
}

/** The only department the note covers today (Vosges). */
export const DEFAULT_DEPARTMENT = '88';

export const defaultRegistry = new CampaignRegistry(CAMPAIGN_FILES);
