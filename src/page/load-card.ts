import { CARD_GLOBAL } from '../ui/card-global.ts';
import type { CardModule } from '../ui/card-module.ts';
import { loadBundle } from './load-bundle.ts';

/**
 * The card (Preact, the components, their styles): the card bundle, `card.js`, imported the first
 * time a page has a finding to show, so a page without findings never loads it.
 */
export function loadCard(): Promise<CardModule> {
  return loadBundle<CardModule>('/card.js', CARD_GLOBAL);
}
