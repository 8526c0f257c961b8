import { createCardLayer } from './card-layer.tsx';
import { HOVER_CARD_CSS } from './hover-card-styles.ts';
import { NOTE_CARD_CSS } from './note-card-styles.ts';

/**
 * The card as the content script gets it (src/page/load-card.ts): the card layer and the styles
 * of the shadow root it draws in. It is the card bundle (`entrypoints/card.ts`, built as
 * `card.js`), so a page without findings never loads Preact and the card.
 */
export const CARD_MODULE = {
  createCardLayer,
  css: `${HOVER_CARD_CSS}\n${NOTE_CARD_CSS}`,
};

export type CardModule = typeof CARD_MODULE;
