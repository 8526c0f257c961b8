/**
 * Where the card bundle leaves its CARD_MODULE: a property of the content script's own global,
 * never the page's. Kept apart from card-module.ts so the content script does not bundle the card.
 */
export const CARD_GLOBAL = 'miliaLensCard';
