import type { Rng } from '../rng';
import type { Portal } from '../types';

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Element ids and names as each portal makes them: opaque, so that a reader cannot lean on them
 * (Elan's WebForms ids; MonComptePartenaire's generated ones).
 */
export interface Ids {
  id(): string;
  name(): string;
}

export function makeIds(portal: Portal, rng: Rng): Ids {
  let n = rng.int(2, 40);
  const hex = () => rng.int(0x100000, 0xffffff).toString(16);
  if (portal === 'elan') {
    const prefix = rng.pick(['ctl00_MainContent_', 'ctl00_cph_Wizard_', 'ctl00_Body_']);
    return {
      id: () => `${prefix}ctl${String(n++).padStart(2, '0')}`,
      name: () => `${prefix.replace(/_/g, '$')}ctl${String(n++).padStart(2, '0')}`,
    };
  }
  return { id: () => `f-${hex()}-${n++}`, name: () => `champ_${n++}` };
}
