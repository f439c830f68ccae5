/**
 * Text from a dossier (a carrier's or a collective's name, a file name) goes to a terminal: a
 * control character in it could move the cursor, rewrite lines, change colours or the window
 * title (ESC, CSI), or reorder what is shown (bidirectional overrides). Each one is shown
 * escaped instead, `\u001b` style, so the person sees that it is there and nothing acts on it.
 */

// C0 controls (tab and line breaks included: inside a value they would fake a new line), DEL and
// C1 controls, the Unicode line and paragraph separators, and the bidirectional controls.
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControls(text: string): string {
  return text.replace(
    UNSAFE,
    (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Every string inside a value (a report), escaped; numbers, booleans and the shape kept. */
export function escapeDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeDeep(v);
    return out as T;
  }
  return value;
}

/**
 * A JSON line: `JSON.stringify` escapes C0 controls already, but not DEL, C1 or the bidi
 * controls; `\uXXXX` escapes are still valid JSON and give back the same string once parsed.
 */
export function safeJsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
