import { defineRule } from '../rule.ts';

/** M7: milk spots have nothing to do with milk; the name comes from the colour. */
export default defineRule({
  id: 'myth-milk-spots-milk',
  kind: 'myth',
  patterns: [
    '\\bmilk\\s+(?:spots?|bumps?)\\b[^.!?]{0,60}?\\b(?:caused\\s+by|comes?\\s+from|due\\s+to)\\s+(?:\\w+\\s+){0,2}?(?:milk|feeding|breast[\\s-]?feeding|formula)\\b',
    '\\bnothing\\s+to\\s+do\\s+with\\s+(?:\\w+\\s+){0,2}?(?:milk|breast[\\s-]?feeding)\\b',
  ],
  span: 'sentence',
  notes: { describes: 'myth-milk-spots-milk', recommends: 'myth-milk-spots-milk' },
  examples: [
    { text: 'Milk spots are caused by too much milk.', expect: 'myth:describes' },
    {
      text: 'Despite the name, milk spots have nothing to do with milk.',
      expect: 'myth:discourages',
    },
  ],
});
