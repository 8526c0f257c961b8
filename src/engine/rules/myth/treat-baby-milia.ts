import { defineRule } from '../rule.ts';

/** M8: baby milia need no creams or acne products. */
export default defineRule({
  id: 'myth-treat-baby-milia',
  kind: 'myth',
  patterns: [
    '\\b(?:treat|apply|use|put|rub)\\w*\\s+(?:\\w+\\s+){0,4}?(?:acne\\s+(?:creams?|products?|treatments?)|benzoyl\\s+peroxide|salicylic\\s+acid|retinoids?|adapalene)\\s+(?:\\w+\\s+){0,3}?(?:on\\s+)?(?:your\\s+|a\\s+|the\\s+)?(?:baby|babies|newborn|infant)',
  ],
  span: 'sentence',
  notes: { describes: 'myth-treat-baby-milia', recommends: 'myth-treat-baby-milia' },
  examples: [
    { text: 'Apply an acne cream to your baby to clear milk spots.', expect: 'myth:describes' },
  ],
});
