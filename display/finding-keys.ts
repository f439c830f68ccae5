import type { Finding } from '../rules/report';

/**
 * A finding's identity across re-readings of the same dossier: the instructor's marks are kept
 * under it, and the history matches findings of two snapshots by it.
 */

/** `${rule}|${field}|${index among findings with the same rule and field}`. */
export function findingKey(f: Finding, indexAmongSame = 0): string {
  return `${f.rule}|${f.field ?? ''}|${indexAmongSame}`;
}

/** The keys of a whole list, numbering findings that share rule and field. */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.rule}|${f.field ?? ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return findingKey(f, n);
  });
}
