import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at "no." when no number follows', () => {
    expect(texts('The short answer is no. That said, use a sterile lancet.')).toEqual([
      'The short answer is no.',
      'That said, use a sterile lancet.',
    ]);
  });

  it('keeps "No. 11 blade" and "e.g." inside their sentence', () => {
    expect(texts('They open it with a No. 11 blade. Tools, e.g. lancets, are sterile.')).toEqual([
      'They open it with a No. 11 blade.',
      'Tools, e.g. lancets, are sterile.',
    ]);
  });

  it("keeps a title's subtitle after its colon, not a sentence after a label", () => {
    expect(texts('Getting Rid of Milia at Home: A Step-by-Step Guide')).toHaveLength(1);
    expect(texts('Keep these points in mind: Rinse the needle in alcohol first.')).toEqual([
      'Keep these points in mind:',
      'Rinse the needle in alcohol first.',
    ]);
  });

  it("keeps a price list's dot leader inside its line", () => {
    expect(texts('Facial (60 min) ........ £45 Ear piercing .... 20 Done... Then more.')).toEqual([
      'Facial (60 min) ........ £45 Ear piercing .... 20 Done...',
      'Then more.',
    ]);
  });

  it('reads a numbered line as a list item without its number', () => {
    const [first, second] = splitSentences('Steps:\n1. Wash your face.\n2) Dry it.');
    expect(second?.listItem).toBe(true);
    expect(first?.listItem).toBe(false);
  });
});
