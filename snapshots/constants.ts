/** Kept apart from the zod schema (format.ts): the content script builds snapshots without zod. */
export const SNAPSHOT_FORMAT = 'clas-snapshot/1';
