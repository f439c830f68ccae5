/** Integer-cent arithmetic: euros from JSON become cents once, and stay integers. */

export function eurosToCents(euros: number): number {
  return Math.round(euros * 100);
}

/** `cents × rate`, the rate given in basis points (32.5 % = 3250), rounded half up to the cent. */
export function applyRateHalfUp(cents: number, basisPoints: number): number {
  return Math.floor((cents * basisPoints + 5000) / 10000);
}

/** `total / parts`, rounded half up to the cent. */
export function shareHalfUp(totalCents: number, parts: number): number {
  return Math.floor((2 * totalCents + parts) / (2 * parts));
}
