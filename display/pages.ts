/** The history page's one title: its heading, its tab (history/index.html) and the links to it. */
export const HISTORY_TITLE = 'Historique des instantanés';
