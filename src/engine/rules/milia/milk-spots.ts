import { defineRule } from '../rule.ts';

/**
 * "Milk spots" is the lay name for milia in babies, but also the white marks milk leaves on a
 * wooden table, a school shirt or a glass; those pages must not read as pages about milia (their
 * "rub gently with toothpaste" would then be DIY advice). The sentence decides.
 */
const STAIN =
  /\b(?:stains?|stained|wood(?:en)?|tables?|furniture|varnish|finish|lacquer|shirts?|clothes|clothing|fabrics?|laundry|carpets?|rugs?|sofas?|upholstery|uniforms?|jumpers?|t-shirts?|glass(?:es|ware)?|mugs?|fridge|cows?|cattle|breeds?|livers?|pigs?|pork|worm\w*|larvae)\b/u;

export default defineRule({
  id: 'milia-milk-spots',
  kind: 'milia-term',
  patterns: ['\\bmilk[\\s-]*(?:spots?|bumps?)\\b'],
  span: 'match',
  rejectIn: STAIN,
  examples: [
    { text: 'People also call them milk spots.', expect: 'milia-term:describes' },
    {
      text: 'Our newborn has tiny milk spots on her nose and cheeks.',
      expect: 'milia-term:describes',
    },
    { text: 'Milk spots on a wooden table can leave white rings.', expect: null },
    { text: 'Got milk spots all down his school shirt, how do I get them out?', expect: null },
    // What butchers and farmers call the scars worm larvae leave on a liver.
    { text: 'Milk spots on lamb livers mean the flock needs worming.', expect: null },
  ],
});
