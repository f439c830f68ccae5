import type { Dossier } from '../../rules/dossier';
import { evaluate } from '../../rules/evaluate';
import type { Marks, Role } from '../../settings/schema';
import { buildSnapshot } from '../../snapshots/build';
import type { Snapshot } from '../../snapshots/format';

/**
 * Snapshots made from a dossier, for the tests and the bench: the
 * report is `evaluate(dossier)` as the panel computes it.
 */
export interface SampleOptions {
  url?: string;
  title?: string;
  role?: Role;
  marks?: Marks;
  createdAt?: Date;
  id?: string;
  extensionVersion?: string;
}

export function sampleSnapshot(dossier: Dossier, o: SampleOptions = {}): Snapshot {
  return buildSnapshot({
    dossier,
    report: evaluate(dossier),
    marks: o.marks ?? {},
    url: o.url ?? 'https://elan.caf.fr/demande',
    title: o.title ?? 'Demande de subvention CLAS — Elan',
    role: o.role ?? 'carrier',
    extensionVersion: o.extensionVersion ?? '0.1.0',
    ...(o.createdAt && { createdAt: o.createdAt }),
    ...(o.id !== undefined && { id: o.id }),
  });
}
