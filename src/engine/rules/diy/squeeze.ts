import { defineRule } from '../rule.ts';
import { aimedAtMilia } from './aimed-at-milia.ts';

/**
 * Squeezing, popping and picking (sheet 2.1): milia have no opening, so pressing mainly hurts the
 * skin around them. "Pop up", "pick up", "squeeze out the excess" and a kitchen's "squeeze half a
 * lemon" or "a squeeze of lime" are other verbs.
 */
export default defineRule({
  id: 'diy-squeeze',
  kind: 'diy-extraction',
  patterns: [
    '\\bpop(?:s|ped|ping)?\\b(?!\\s+(?:up|in|over|by|round|corn|music|art|culture|star))',
    '\\bsqueez(?:e|es|ed|ing)\\b(?!\\s+of\\b)(?!\\s+(?:out\\s+)?(?:the\\s+|an?\\s+|half\\s+an?\\s+|some\\s+|fresh\\s+)?(?:excess|water|juice|lemon|lime|orange|tube|bottle|towel|cloth|sponge|a\\s+few\\s+drops|in|into|past|through|by))',
    '\\bpicking\\b',
    // A list item may end with the verb ("5. Don't pick"); "a bad pick" is a noun.
    '\\bpick(?:s|ed)?(?<!\\b(?:a|the|top|good|bad|best|my|your|our)\\s+pick(?:s|ed)?)(?=\\s+(?:at|out|off|them|it|one|milia|milium|your|the\\s+(?:milia|bumps?|spots?|skin))\\b|\\s*(?:[.,;!?)]|$)|[ \\t]*\\n|\\s+or\\b)',
    '\\bburst(?:s|ing)?\\s+(?:them|it|milia|the)\\b',
    // Attacking them: "never go at the bumps by your lashes", "went at it with my nails".
    '\\b(?:go|goes|going|went|gone)\\s+at\\s+(?:them|it|those|these|the\\s+(?:bumps?|spots?|milia|milium)|my\\s+milia|your\\s+milia)\\b',
  ],
  span: 'sentence',
  accept: aimedAtMilia,
  notes: { recommends: 'squeezing-popping' },
  examples: [
    {
      text: "Don't go at your milia with your nails, they'll scar.",
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'I went at them with my fingernails and the milia went red and sore.',
      expect: 'diy-extraction:discourages',
    },
    { text: 'Milia go at their own pace, some for months.', expect: null },
    // What a remedy won't do is no advice about doing it; the reader's "can't" still warns.
    {
      text: 'A warm flannel will not squeeze milia out, but it does help soften the skin.',
      expect: null,
    },
    {
      text: "You can't pop milia the way you pop a whitehead.",
      expect: 'diy-extraction:discourages',
    },
    {
      text: "My milia just won't pop, whatever I try.",
      expect: 'diy-extraction:describes',
    },
    // A comparison that prefers something over the DIY after it discourages that DIY.
    {
      text: 'Cryotherapy sorted my milia, far quicker than a year of trying to squeeze them.',
      expect: 'diy-extraction:discourages',
    },
    // Advice told as someone else's is reported, not given; the writer's own word still gives it.
    {
      text: 'People say you can pop milia with a pin after a shower.',
      expect: 'diy-extraction:describes',
    },
    {
      text: 'My neighbour swears by popping milia with a pin, so just try it.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'I swear by popping my milia with a sterile pin.',
      expect: 'diy-extraction:recommends',
    },
    // A household's "we … so you can too" advises (a clinic's would name its signs).
    {
      text: 'We squeeze milia out with a comedone loop, no marks, so you can too.',
      expect: 'diy-extraction:recommends',
    },
    // A report the writer turns from ("…, but") leaves the advice after it the writer's own.
    {
      text: 'Everyone says milia fade by themselves, but honestly you should just squeeze them out with a clean pin.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Supposedly milia vanish alone, but you can pop them with a needle after a bath.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: "My aunt swears you should squeeze milia out with a hot spoon, but I'm not convinced.",
      expect: 'diy-extraction:describes',
    },
    // A numbered myth sets up the claim after it to knock it down; "myth-busting" is no label.
    {
      text: 'Myth 2: a milium is a clogged pore you can squeeze empty',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Milia myth-busting video: you can squeeze them out after a hot bath',
      expect: 'diy-extraction:recommends',
    },
    // What none of them needs must be named at once: their glasses are not the squeeze.
    {
      text: 'None of my kids need braces, but I pop their milia with a pin on Sundays.',
      expect: 'diy-extraction:describes',
    },
    // What neither kind needs is forbidden too; what mine need is a story.
    {
      text: 'Neither type of spot needs popping, milia included.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'My milia need a squeeze every week or so, sadly.',
      expect: 'diy-extraction:describes',
    },
    // "None of them should" forbids as "they shouldn't" does.
    {
      text: 'Acne spots and milia are different, yet none of them should be squeezed at home.',
      expect: 'diy-extraction:discourages',
    },
    // A question that tells the harm still warns.
    {
      text: 'Did you know that squeezing milia can cause scarring?',
      expect: 'diy-extraction:discourages',
    },
    { text: 'Squeezing milia is not worth a go.', expect: 'diy-extraction:describes' },
    {
      text: 'Then squeeze the milium from both sides with your fingertips until it pops out.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Do not try to pop, pick at, or squeeze milia.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Squeeze the milium firmly between two fingers until it pops.',
      expect: 'diy-extraction:recommends',
    },
    { text: "Don't pick or squeeze milia.", expect: 'diy-extraction:discourages' },
    // The verbs after a "don't" and a comma stay forbidden, whatever the clause goes on to say.
    {
      text: "Don't scrub, squeeze or put lotions on your baby's milia to try to get rid of them.",
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'I scrubbed it and I squeezed it, but the milium did not move.',
      expect: 'diy-extraction:discourages',
    },
    { text: 'Is it okay to squeeze milk spots?', expect: 'diy-extraction:describes' },
    { text: 'Milia can pop up anywhere on the face.', expect: null },
    {
      text: "Milia mistakes\n\n3. Don't pick\n\n4. Skipping sunscreen",
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Picking at milia only makes them angry and sore.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'A retinoid is far gentler on milia than trying to squeeze them.',
      expect: 'diy-extraction:discourages',
    },
    { text: 'For milia, a lactic acid serum is my top pick.', expect: null },
    {
      text: 'Try not to pick, poke or press on milia, however tempting.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Myth: you should squeeze milia out with two cotton buds.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Went to the GP about my milia.\n\nShe said picking at them is what gives people scars.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: "I squeezed a milium out with two fingers.\n\nReply: or just don't, they're harmless",
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Dip a towel in hot water and squeeze out the excess before resting it on the milia.',
      expect: null,
    },
    // Harm as a way to it, a bruise, or a "leaving them alone" preferred.
    { text: 'Squeezing milia is a sure way to scar.', expect: 'diy-extraction:discourages' },
    {
      text: 'Squeezing a milium only bruises the skin around it.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Leaving your milia alone is better than squeezing them.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Review: squeezed my milia with the extractor tool, worked every time.',
      expect: 'diy-extraction:recommends',
    },
    // Non-native English drops the "do" of a "don't".
    {
      text: 'This bump is milia, please not pick it with nail.',
      expect: 'diy-extraction:discourages',
    },
    { text: 'Is squeezing milia dangerous?', expect: 'diy-extraction:describes' },
  ],
});
