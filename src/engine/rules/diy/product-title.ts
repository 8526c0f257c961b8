import type { Hit, SentenceFacts } from '../../sentence-facts.ts';
import { plainTitle } from '../title-line.ts';
import { EM_DASH, EN_DASH } from '../../lower-text.ts';

/** The tools a shop sells for doing it at home (their rules' ids), a home abrasion kit too. */
const TOOL_RULES: ReadonlySet<string> = new Set([
  'diy-extractor-tool',
  'diy-needle',
  'diy-blade',
  'harsh-abrasion-device',
  'harsh-household-abrasive',
]);
/** A listing's shape: what it is for, the pack it comes in, a dash or bar between its parts. */
const LISTING = new RegExp(
  `\\b(?:for|removers?|packs?|kits?|sets?|pcs|pieces?)\\b|[${EN_DASH}${EM_DASH}|]`,
  'u',
);
const TITLE_MAX = 100;

/**
 * A shop's product title for a DIY removal tool aimed at milia: "Sterile Facial Lancets, 100 Pack
 * – for Milia, Whiteheads and Closed Comedones", "Blackhead & Milia Remover Tool Kit (12 pcs)",
 * "Home Microdermabrasion Kit for Milia and Rough Texture".
 * A listing puts the tool in the reader's hands, so it recommends it (and its lines after it are
 * its directions). A line like a title, naming milia, with no sentence end, no question and no
 * doubt.
 */
export function sellsTool(facts: SentenceFacts, hit: Hit): boolean {
  const { lower } = facts;
  return (
    TOOL_RULES.has(hit.rule.id) &&
    plainTitle(lower, TITLE_MAX) &&
    facts.has('milia-term') &&
    LISTING.test(lower) &&
    !SPEAKS.test(lower)
  );
}

/**
 * A post without its full stop reads like a title ("spent an hour at a milium with tweezers. love
 * that for me"): a listing neither speaks in the first person nor holds a sentence's end.
 */
const SPEAKS = /\b(?:i|me|my|i'm|i've|i'd)\b|[.!?]\s/u;
