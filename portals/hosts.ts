// The shipped extension runs only on the two CAF partner portals; tests serve the
// mock pages at these same addresses through Playwright's routing.
export const PORTAL_MATCHES = ['https://elan.caf.fr/*', 'https://partenaires.caf.fr/*'];
