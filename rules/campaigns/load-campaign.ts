import { CampaignFileError, toCampaign, type Campaign } from './campaign';
import { campaignSchema } from './campaign-schema';

/** Validates a parameter file's shape (zod), then its figures (`toCampaign`). */
export function loadCampaign(json: unknown, origin = 'fichier de paramètres'): Campaign {
  const parsed = campaignSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(racine)'} : ${i.message}`)
      .join(' ; ');
    throw new CampaignFileError(`Paramètres de campagne invalides (${origin}) : ${detail}`);
  }
  return toCampaign(parsed.data, origin);
}
