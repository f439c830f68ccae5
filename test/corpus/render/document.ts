import type { Rng } from '../rng';
import type { Portal, Role } from '../types';
import { CSS } from './css';
import { esc } from './html';

/**
 * The portal around the form: header, navigation, breadcrumb, footer. It is the same on every
 * page of a portal, whatever the wording pool, and says nothing that is a dossier field (no
 * campaign year, no department), though it has numbers of its own (a postcode, a phone number,
 * unread messages).
 */

const CHROME = {
  elan: {
    app: 'Elan',
    tag: { carrier: 'Espace porteurs de projets', instructor: 'Espace instruction' },
    nav: ['Accueil', 'Mes projets', 'Messagerie', 'Aide', 'Se déconnecter'],
    crumbs: ['Accueil', 'Mes projets', 'Accompagnement à la scolarité'],
  },
  mcp: {
    app: 'MonComptePartenaire',
    tag: { carrier: 'Mes services en ligne', instructor: 'Espace Caf – instruction' },
    nav: ['Accueil', 'Mes services', 'Mes déclarations', 'Mon compte', 'Déconnexion'],
    crumbs: ['Accueil', 'Mes services', 'Clas', 'Données prévisionnelles'],
  },
};

export interface DocumentParts {
  portal: Portal;
  role: Role;
  title: string;
  body: string;
  rng: Rng;
}

export function renderDocument(p: DocumentParts): string {
  const c = CHROME[p.portal];
  const unread = p.rng.int(0, 9);
  const nav = c.nav
    .map((n, i) => `<a href="#">${esc(n)}${i === 2 && unread ? ` (${unread})` : ''}</a>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.title)} – ${esc(c.app)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="portal ${p.portal}"><div class="brand"><span class="logo">caf</span><span class="app">${esc(c.app)}</span><span class="tag">${esc(c.tag[p.role])}</span></div><nav class="top" aria-label="Menu principal">${nav}</nav></header>
<div class="crumbs">${c.crumbs.map(esc).join(' › ')}</div>
<main>
${p.body}
</main>
<footer>Caf – Pôle partenaires · TSA 50 586 · 88060 Épinal Cedex 9 · 03 29 68 39 77<br><a href="#">Mentions légales</a><a href="#">Accessibilité : partiellement conforme</a><a href="#">Plan du site</a> © Cnaf 2025</footer>
</body>
</html>
`;
}
