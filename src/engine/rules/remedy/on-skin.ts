import type { SentenceFacts } from '../../sentence-facts.ts';

/**
 * A kitchen word is a remedy only when it goes on skin: the sentence names the skin, the bumps or
 * "them", and is not about cleaning a house. "Mix baking soda with lemon for the grout" is not.
 */
export function onSkin(facts: SentenceFacts): boolean {
  return (
    facts.skinTarget &&
    !/\b(?:grout|tiles?|sink|oven|pans?|drains?|laundry|stains?)\b/iu.test(facts.text)
  );
}
