/**
 * Calendar dates as `YYYY-MM-DD`, compared and subtracted in UTC so time zones never shift a day.
 * A date known only to the month (the note's « en septembre 2025 ») is written `YYYY-MM` (ISO 8601
 * reduced precision, also HTML's month string): it is never given an invented day.
 */

const DAY_MS = 86_400_000;

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round(
    (Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS,
  );
}

/** Two digits: `7` → `07`. */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

/**
 * The day of `at` in the person's own time zone, `YYYY-MM-DD`: a dossier checked at 23:30 in
 * Épinal is checked that day, and a snapshot taken then is named after it.
 */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}`;
}

/** Today in the person's own time zone. */
export function todayIso(now: Date = new Date()): string {
  return localDay(now);
}

/** A real calendar date written `YYYY-MM-DD` (`2025-02-30` is not). */
export function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A month written `YYYY-MM` (`2025-09`). */
export function isIsoMonth(s: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}

/** A day (`2025-07-31`) or a month (`2025-09`). */
export function isDayOrMonth(s: string): boolean {
  return isValidIsoDate(s) || isIsoMonth(s);
}

/** The last day of a month (`2025-09` → `2025-09-30`); a day is returned as it is. */
export function lastDayOf(dayOrMonth: string): string {
  if (!isIsoMonth(dayOrMonth)) return dayOrMonth;
  const [y, m] = dayOrMonth.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${dayOrMonth}-${twoDigits(last)}`;
}

/** The first day of a month (`2025-09` → `2025-09-01`); a day is returned as it is. */
export function firstDayOf(dayOrMonth: string): string {
  return isIsoMonth(dayOrMonth) ? `${dayOrMonth}-01` : dayOrMonth;
}
