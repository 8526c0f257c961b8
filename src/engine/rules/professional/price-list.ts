import type { SentenceFacts } from '../../sentence-facts.ts';
import { defineRule } from '../rule.ts';
import { EURO } from '../../lower-text.ts';

/** A price in the same sentence: "£45", "$ 80", "€30". */
const PRICED = new RegExp(`[£$${EURO}]\\s?\\d`, 'u');
/** What a shop prices rather than a clinic: "Milia Remover Pen £12.99", "lancets, 100 pack $9". */
const GOODS = /\b(?:remover|pen|kit|tool|set|pack|pc|lancet|needle|extractor|device|cream)s?\b/u;

/**
 * The sentence prices a clinic's care for milia, not a shop's goods; its "removal" is then the
 * clinic's ("Add a mask after your milia removal for £15"), not the reader's.
 */
export function pricesCare(facts: SentenceFacts): boolean {
  return PRICED.test(facts.lower) && !GOODS.test(facts.lower);
}

/**
 * A clinic's price list (sheet 2.2: removal belongs with a trained clinician): "Milia removal (up
 * to 10) ........ £45", "Each additional milium – £3", "milia removal (per session) $80". Only a
 * clinic prices the removal of milia per milium or session; a shop's listing prices its goods.
 * (Looked for from "milia" ahead to the price, at most 40 characters on: each mention of milia
 * on a dense page looks that far.)
 */
export default defineRule({
  id: 'pro-price-list',
  kind: 'professional',
  patterns: [`\\bmili(?:a|um)\\b(?=[^!?\\n]{0,40}?[£$${EURO}])`],
  span: 'sentence',
  accept: pricesCare,
  examples: [
    { text: 'Milia removal (up to 10) ........ £45', expect: 'professional:describes' },
    { text: 'Each additional milium – £3', expect: 'professional:describes' },
    { text: 'Milia remover pen with 10 needles, only £12.99', expect: null },
    { text: 'Milia are common. Facials cost £40.', expect: null },
  ],
});
