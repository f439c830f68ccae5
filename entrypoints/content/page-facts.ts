import { depositDateOnPage } from '../../portals/deposit-date';
import { numberInAddress, numberOnPage } from '../../portals/dossier-identity';
import { stepOf } from '../../portals/form-step';
import type { PortalId } from '../../portals/types';
import type { PageFacts } from '../../session/dossier-reading';

/**
 * What the page says besides its fields: the dossier's number (the page's, else its address's),
 * the form's step, the deposit date. They change with the page, not with a keystroke: read
 * again at most once a second, or at once when the address changes.
 */
export function pageFactsReader(portal: PortalId, ownHost: Element) {
  const skip = (el: Element) => ownHost.contains(el);
  let last: { at: number; address: string; facts: Omit<PageFacts, 'readAt'> } | undefined;
  return (now = Date.now()): PageFacts => {
    const address = `${location.origin}${location.pathname}${location.search}`;
    if (!last || last.address !== address || now - last.at > 1000) {
      const number = numberOnPage(document, skip) ?? numberInAddress(location);
      const depositedOn = depositDateOnPage(document, skip);
      last = {
        at: now,
        address,
        facts: {
          portal,
          address,
          step: stepOf(document, location, skip),
          ...(number && { number }),
          ...(depositedOn && { depositedOn }),
        },
      };
    }
    return { ...last.facts, readAt: now };
  };
}
