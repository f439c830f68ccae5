/**
 * The rule the page reader raises itself when a value of the page does not parse (« 12abc »
 * enfants): apart from the catalogue, so that the content script that reads the page does not
 * carry every rule's text. The catalogue lists it with the others.
 */
export const FIELD_UNREADABLE = {
  severity: 'warning',
  condition: 'une valeur de la page n’a pas pu être lue comme attendu (« 12abc » enfants)',
  source: 'lecture de la page',
  title: 'Valeur illisible',
  parameters: [],
} as const;
