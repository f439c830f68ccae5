import { isValidIsoDate } from '../rules/dates';
import { evaluate } from '../rules/evaluate';
import {
  CAMPAIGN_FILES,
  CampaignRegistry,
  DEFAULT_DEPARTMENT,
  UnknownCampaignError,
} from '../rules/campaigns/registry';
import { loadCampaign } from '../rules/campaigns/load-campaign';
import { reportText } from '../rules/report-text';
import { explainRule, knownRules } from './explain';
import { readInput } from './read-input';
import { escapeControls, escapeDeep, safeJsonLine } from './terminal-safe';

const USAGE = `Usage : clas-check [--json] [--today AAAA-MM-JJ] FICHIER… (- pour l’entrée standard)
        clas-check --explain RÈGLE

Vérifie des dossiers CLAS (format clas-dossier/1, ou un export clas-snapshot/1) selon la note de
cadrage de leur campagne et affiche, pour chacun : statut, financement estimé, points bloquants,
points à vérifier, liste de contrôle et échéances.

  --json           une ligne JSON clas-report/1 par fichier, dans l’ordre donné
  --today DATE     date de référence des échéances quand le dossier n’a pas de checkedOn
  --explain RÈGLE  la source d’une règle, le texte de la note et ses paramètres
                   (ex. --explain collective.size)
  -h, --help       cette aide

Fichiers : JSON en UTF-8, 10 Mo au plus.

Code de sortie : 0 aucun point bloquant détecté, 1 au moins un dossier avec un point bloquant,
2 une entrée inutilisable (ou une règle inconnue pour --explain).`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * Runs the command; returns the exit code (0 no blocking point, 1 a blocking point, 2 unusable
 * input). Whatever came from a file (names, paths) is escaped before it reaches the terminal.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const files: string[] = [];
  let json = false;
  let today: string | undefined;
  let explain: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '-h' || a === '--help') {
      io.out(USAGE);
      return 0;
    } else if (a === '--today') {
      today = argv[++i];
      if (!today || !isValidIsoDate(today)) {
        io.err(
          `clas-check : --today attend une date AAAA-MM-JJ (reçu : ${escapeControls(today ?? 'rien')})`,
        );
        return 2;
      }
    } else if (a === '--explain') {
      explain = argv[++i] ?? '';
    } else if (a.startsWith('--')) {
      io.err(`clas-check : option inconnue ${escapeControls(a)}\n\n${USAGE}`);
      return 2;
    } else files.push(a);
  }

  // The parameter files, validated as they are loaded.
  const registry = new CampaignRegistry(CAMPAIGN_FILES, loadCampaign);

  if (explain !== undefined) {
    const campaign = registry.resolve(DEFAULT_DEPARTMENT, undefined);
    const text = explainRule(explain, campaign);
    if (text === undefined) {
      io.err(
        `clas-check : règle inconnue « ${escapeControls(explain)} ». Règles connues : ${knownRules()}.`,
      );
      return 2;
    }
    io.out(text);
    return 0;
  }

  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }

  let code = 0;
  // An unusable input: a French message on stderr; with --json, its own line, so lines match files.
  const failed = (file: string, message: string, problems: string[], forJson = message) => {
    io.err([message, ...problems.map((p) => `  - ${p}`)].map(escapeControls).join('\n'));
    if (json) io.out(safeJsonLine({ format: 'clas-error/1', file, message: forJson, problems }));
    code = 2;
  };
  for (const [index, file] of files.entries()) {
    const input = await readInput(file);
    if (!input.ok) {
      failed(input.name, input.message, input.problems);
      continue;
    }
    try {
      const report = evaluate(input.dossier, { registry, ...(today && { today }) });
      if (json) io.out(safeJsonLine(report));
      else {
        const carrier = input.dossier.carrier?.name?.trim();
        const title = carrier ? `${input.name} — ${carrier}` : input.name;
        if (index > 0) io.out('');
        io.out(reportText(escapeDeep(report), escapeControls(title)));
      }
      if (!report.receivable && code === 0) code = 1;
    } catch (e) {
      if (!(e instanceof UnknownCampaignError)) throw e;
      failed(input.name, `${input.name} : ${e.message}`, [], e.message);
    }
  }
  return code;
}
