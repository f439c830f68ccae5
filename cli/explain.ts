import type { Campaign } from '../rules/campaigns/campaign';
import { PARAMETER_LABELS } from '../rules/campaigns/parameter-labels';
import { ruleInfo, RULES } from '../rules/catalogue';
import { formatDateFr } from '../rules/format-fr';
import type { Severity } from '../rules/report';

/**
 * `clas-check --explain RULE`: why a rule exists, in French, for CAF staff and carriers who want
 * to know. Its severity and when it fires, its source, the note's words, and the campaign
 * parameters it reads with their values and sources.
 */

const SEVERITY: Record<Severity, string> = {
  blocking: 'point bloquant',
  warning: 'point à vérifier',
  info: 'pour information',
};

export function knownRules(): string {
  return Object.keys(RULES).join(', ');
}

/** The explanation, or undefined for a rule the catalogue does not have. */
export function explainRule(rule: string, campaign: Campaign): string | undefined {
  const info = ruleInfo(rule);
  if (!info) return undefined;
  const file = campaign.file;
  const out = [
    `Règle ${rule} — ${info.title}`,
    '',
    `Gravité : ${info.severityNote ?? SEVERITY[info.severity]}`,
    `Se déclenche quand : ${info.condition}`,
    `Source : ${info.source}${info.url ? ` (${info.url})` : ''}`,
  ];
  if (info.quote) {
    out.push('', `Texte de la note (${file.note}, ${info.source}) :`, `  « ${info.quote} »`);
  } else {
    out.push('', 'Cette règle ne vient pas de la note départementale : pas de citation.');
  }
  out.push('');
  if (info.parameters.length === 0) {
    out.push(`Paramètres : aucun paramètre de la campagne ${file.campaign}.`);
  } else {
    out.push(
      `Paramètres (campagne ${file.campaign}, département ${file.department} — ${file.departmentName}) :`,
    );
    for (const name of info.parameters) {
      const p = file.parameters[name];
      const { label, show } = PARAMETER_LABELS[name];
      out.push(`  - ${label} : ${show(p.value)}   [${name}]`);
      out.push(`    valable du ${formatDateFr(p.from)} au ${formatDateFr(p.to)}`);
      const where = p.source.url ? `${p.source.section} (${p.source.url})` : p.source.section;
      out.push(`    source : ${where}${p.source.quote ? `, « ${p.source.quote} »` : ''}`);
    }
  }
  return out.join('\n');
}
