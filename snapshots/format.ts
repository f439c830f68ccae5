import * as z from 'zod/mini';
import { dossierSchema } from '../rules/dossier';
import { PORTALS } from '../rules/dossier-fields';
import { ROLES } from '../settings/schema';
import { SNAPSHOT_FORMAT } from './constants';

/**
 * The `clas-snapshot/1` format (docs/snapshot-format.md): what was checked, when, where and by
 * whom, with the instructor's marks. An exported JSON file, a history entry and the printable
 * page all hold exactly this object. `clas-check` reads its `dossier`.
 */

export { SNAPSHOT_FORMAT };

const severitySchema = z.enum(['blocking', 'warning', 'info']);

const findingSchema = z.object({
  rule: z.string(),
  severity: severitySchema,
  message: z.string(),
  source: z.string(),
  field: z.optional(z.string()),
});

const cents = () => z.int();

const reportSchema = z.object({
  format: z.literal('clas-report/1'),
  campaign: z.string(),
  department: z.string(),
  checkedOn: z.string(),
  receivable: z.boolean(),
  funding: z.object({
    collectives: z.array(
      z.object({
        name: z.optional(z.string()),
        children: z.optional(z.number()),
        eligible: z.boolean(),
        expensesCents: z.optional(cents()),
        psCents: cents(),
      }),
    ),
    eligibleCollectives: z.int(),
    psClasCents: cents(),
    bonusChildrenCents: cents(),
    bonusParentsCents: cents(),
    msaCents: cents(),
    tneMinCents: cents(),
    tneMaxCents: cents(),
    totalMinCents: cents(),
    totalMaxCents: cents(),
    waitingFor: z.optional(z.array(z.string())),
  }),
  findings: z.array(findingSchema),
  checklist: z.array(z.object({ item: z.string(), done: z.boolean() })),
  deadlines: z.array(z.object({ label: z.string(), date: z.string(), daysLeft: z.int() })),
  page: z.optional(z.object({ found: z.array(z.string()), notFound: z.array(z.string()) })),
  // A report made from a page: the rules still waiting for fields not read (report-format.md).
  pending: z.optional(z.array(z.object({ rule: z.string(), fields: z.array(z.string()) }))),
});

/** One instructor mark, aligned with `report.findings[i]`. */
const snapshotMarkSchema = z.object({
  /** The panel's key for this finding: `rule|field|n` (`findingKeys`). */
  key: z.string(),
  rule: z.string(),
  field: z.optional(z.string()),
  checked: z.boolean(),
  note: z.string(),
});

const snapshotSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    dossierKey: z.string().check(z.maxLength(2000)),
    createdAt: z.iso.datetime(),
    extensionVersion: z.string(),
    role: z.enum(ROLES),
    portal: z.enum(PORTALS),
    url: z.string(),
    title: z.string(),
    dossier: dossierSchema,
    report: reportSchema,
    marks: z.array(snapshotMarkSchema),
  })
  .check(
    z.refine((s) => s.marks.length === s.report.findings.length, {
      error: 'marks doit avoir un élément par constat (report.findings)',
      path: ['marks'],
    }),
    z.refine((s) => s.marks.every((m, i) => m.rule === s.report.findings[i]?.rule), {
      error: 'marks[i].rule doit être celle de report.findings[i]',
      path: ['marks'],
    }),
  );

export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotMark = z.infer<typeof snapshotMarkSchema>;
export type SnapshotPortal = Snapshot['portal'];

export type SnapshotParse = { ok: true; snapshot: Snapshot } | { ok: false; problems: string[] };

/** Reads an unknown value (a file, a message, a stored record) as a snapshot, or says why not. */
export function parseSnapshot(value: unknown): SnapshotParse {
  const r = snapshotSchema.safeParse(value);
  if (r.success) return { ok: true, snapshot: r.data };
  return {
    ok: false,
    problems: r.error.issues.map(
      (i) => `${i.path.map(String).join('.') || '(racine)'} : ${i.message}`,
    ),
  };
}
