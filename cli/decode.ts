/**
 * Input files must be UTF-8. A file saved in Latin-1 or Windows-1252 (« é » as the single byte
 * E9) is refused with where it goes wrong, never decoded into « � » and checked silently.
 */

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const REPLACEMENT = '\uFFFD';

export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return {
      ok: false,
      message: 'le fichier est encodé en UTF-16 : enregistrez-le en UTF-8',
    };
  }
  try {
    // A UTF-8 byte-order mark is accepted and dropped (`ignoreBOM: false`).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: notUtf8(bytes) };
  }
}

/**
 * Where the first byte that is not UTF-8 is. The lenient decoding puts « � » in its place; a
 * « � » that was really in the file is its three bytes EF BF BD, and is skipped.
 */
function notUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let offset = bom;
  let line = 1;
  let column = 1;
  for (const char of text) {
    if (char === REPLACEMENT) {
      const real =
        bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
      if (!real) {
        const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
        return `le fichier n’est pas encodé en UTF-8 (ligne ${line}, colonne ${column} : octet 0x${byte}). Il a sans doute été enregistré en Latin-1 ou Windows-1252 : enregistrez-le en UTF-8`;
      }
    }
    offset += utf8Length(char.codePointAt(0)!);
    if (char === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return 'le fichier n’est pas encodé en UTF-8 : enregistrez-le en UTF-8';
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
