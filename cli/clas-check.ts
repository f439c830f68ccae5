import { isValidIsoDate } from '../rules/dates';
import { evaluate } from '../rules/evaluate';
import {
  CAMPAIGN_FILES,
  CampaignRegistry,
  UnknownCampaignError,
} from '../rules/campaigns/registry';
import { loadCampaign } from '../rules/campaigns/load-campaign';
import { reportText } from '../rules/report-text';
import { readInput } from './read-input';

const USAGE = `Usage : clas-check [--json] [--today AAAA-MM-JJ] FICHIER… (- pour l’entrée standard)

Vérifie des dossiers CLAS (format clas-dossier/1, ou un export clas-snapshot/1) selon la note de
cadrage de leur campagne et affiche, pour chacun : statut, financement estimé, points bloquants,
points à vérifier, liste de contrôle et échéances.

  --json          une ligne JSON clas-report/1 par fichier, dans l’ordre donné
  --today DATE    date de référence des échéances quand le dossier n’a pas de checkedOn
  -h, --help      cette aide

Code de sortie : 0 aucun point bloquant détecté, 1 au moins un dossier avec un point bloquant,
2 une entrée inutilisable.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the command; returns the exit code (0 no blocking point, 1 a blocking point, 2 unusable input). */
export async function main(argv: string[], io: Io): Promise<number> {
  const files: string[] = [];
  let json = false;
  let today: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '-h' || a === '--help') {
      io.out(USAGE);
      return 0;
    } else if (a === '--today') {
      today = argv[++i];
      if (!today || !isValidIsoDate(today)) {
        io.err(`clas-check : --today attend une date AAAA-MM-JJ (reçu : ${today ?? 'rien'})`);
        return 2;
      }
    } else if (a.startsWith('--')) {
      io.err(`clas-check : option inconnue ${a}\n\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }

  // The parameter files, validated as they are loaded.
  const registry = new CampaignRegistry(CAMPAIGN_FILES, loadCampaign);
  let code = 0;
  for (const [index, file] of files.entries()) {
    const input = await readInput(file);
    if (!input.ok) {
      io.err([input.message, ...input.problems.map((p) => `  - ${p}`)].join('\n'));
      if (json)
        io.out(
          JSON.stringify({
            format: 'clas-error/1',
            file: input.name,
            message: input.message,
            problems: input.problems,
          }),
        );
      code = 2;
      continue;
    }
    try {
      const report = evaluate(input.dossier, { registry, ...(today && { today }) });
      if (json) io.out(JSON.stringify(report));
      else {
        const carrier = input.dossier.carrier?.name?.trim();
        if (index > 0) io.out('');
        io.out(reportText(report, carrier ? `${input.name} — ${carrier}` : input.name));
      }
      if (!report.receivable && code === 0) code = 1;
    } catch (e) {
      if (!(e instanceof UnknownCampaignError)) throw e;
      io.err(`${input.name} : ${e.message}`);
      if (json)
        io.out(
          JSON.stringify({
            format: 'clas-error/1',
            file: input.name,
            message: e.message,
            problems: [],
          }),
        );
      code = 2;
    }
  }
  return code;
}
