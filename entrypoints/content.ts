import { PORTAL_MATCHES } from '../portals/hosts';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  main() {
    document.documentElement.dataset.assistantClas = 'loaded';
  },
});
