import type { Portal, Role } from './types';
import type { SectionKey } from './wordings/types';

/**
 * What each kind of page asks or shows: a whole Elan application, one of its steps, a
 * MonComptePartenaire forecast, an instructor's summary. Every page shows the groups of children.
 */
export interface Profile {
  name: string;
  portals: Portal[];
  role: Role;
  sections: SectionKey[];
  /** The step of the form's stepper this page is (carrier forms). */
  step?: number;
}

export const PROFILES: Profile[] = [
  {
    name: 'application',
    portals: ['elan'],
    role: 'carrier',
    sections: [
      'carrier',
      'collectives',
      'axes',
      'descriptions',
      'budget',
      'bonuses',
      'msa',
      'city',
      'attachments',
    ],
    step: 5,
  },
  {
    name: 'step-project',
    portals: ['elan'],
    role: 'carrier',
    sections: ['carrier', 'collectives', 'axes', 'descriptions'],
    step: 1,
  },
  {
    name: 'step-budget',
    portals: ['elan'],
    role: 'carrier',
    sections: ['collectives', 'budget', 'bonuses', 'msa', 'city'],
    step: 3,
  },
  {
    name: 'step-files',
    portals: ['elan'],
    role: 'carrier',
    sections: ['carrier', 'collectives', 'bonuses', 'attachments'],
    step: 4,
  },
  {
    name: 'forecast',
    portals: ['mcp'],
    role: 'carrier',
    sections: ['carrier', 'collectives', 'budget', 'bonuses', 'followUp', 'attachments'],
    step: 2,
  },
  {
    name: 'forecast-short',
    portals: ['mcp'],
    role: 'carrier',
    sections: ['carrier', 'collectives', 'budget', 'msa'],
    step: 2,
  },
  {
    name: 'summary',
    portals: ['elan', 'mcp'],
    role: 'instructor',
    sections: [
      'meta',
      'carrier',
      'collectives',
      'axes',
      'descriptions',
      'budget',
      'bonuses',
      'msa',
      'city',
      'attachments',
      'followUp',
    ],
  },
  {
    name: 'summary-short',
    portals: ['elan', 'mcp'],
    role: 'instructor',
    sections: ['meta', 'carrier', 'collectives', 'budget', 'bonuses', 'attachments'],
  },
];
