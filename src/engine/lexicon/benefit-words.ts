import { APOS, words } from './pattern.ts';

/**
 * The benefit cue's words (see cue-words.ts): a claim that a practice or a remedy works, told as
 * praise ("works a treat"), as what it does to the bumps ("softens", "draws them out") or as a
 * result ("finally flattening", "gone for good"). Whatever DIY the sentence names, it recommends.
 */
export const BENEFIT_SOURCES: readonly string[] = [
  words('works well', 'works wonders', 'worked for me', 'helped', 'beneficial', 'came right out'),
  words('works every time', 'worked every time', 'never fails'),
  // First person only: "some people swear by it" reports a practice rather than praising it.
  `\\b(?:i|we)\\s+(?:swear|swore)\\s+by\\b`,
  // A forum habit offered as the answer: "tbh i just use a safety pin", "I always use a lancet".
  `\\b(?:use|grab)\\b(?<=\\b(?:i|we)\\s+(?:just|always|simply)\\s+(?:use|grab))`,
  // "tbh I just do them myself with a 30g needle".
  `\\bmyself\\b(?<=\\bi\\s+(?:just|always|simply)\\s+do\\s+(?:them|it|mine|these|those)\\s+myself)`,
  `\\b(?:actually|really|truly)\\s+works?\\b`,
  words('had luck with', 'works a treat', 'did the trick', 'works great', 'works like a charm'),
  `\\b(?:got|get|gets)\\s+rid\\s+of\\s+(?:them|it|my)\\b`,
  `\\bcleared\\s+(?:them|it|my|up)\\b`,
  `\\bis\\s+(?:useful|great|good|effective|ideal|the\\s+best\\s+way)\\s+(?:for|to)\\b`,
  `\\b(?:can|will|may)\\s+help\\b`,
  `\\b(?:can|will|may)\\s+(?:gently\\s+)?(?:slough|draw|lift|dissolve|loosen|soften|unclog|break\\s+down|lighten|shrink|flatten)\\b`,
  `\\b(?:excellent|amazing|fantastic|great|perfect)\\s+(?:[\\w-]+\\s+){0,2}?(?:remedy|mask|scrub|treatment|option|choice|solution)\\b`,
  `\\bhelps?(?<!get\\shelps?)\\s+(?:with|to|milia|them|it|mine|clear|loosen|soften|remove|fade|break|dry|shrink|draw|grind|flatten)\\b`,
  // A caption's or a review's praise: "the only thing that touches my milia".
  // (Looked for from "only" back: "the" starts a tenth of all words.)
  `\\bonly\\s+thing\\s+that\\s+(?:works|worked|helps|helped|touches|touched|shifts|shifted|clears|cleared)\\b(?<=\\bthe\\s+only\\s+thing\\s+that\\s+\\w+)(?<!\\bnot\\s+the\\s+only\\s+thing\\s+that\\s+\\w+)`,
  // A tool's pitch by what its parts do: "its pointed end pierces the dome", "the loop end
  // pushes the seed out".
  `\\b(?:opens|pierces|pushes|presses|lifts|pops)\\b(?<=\\b(?:tip|end|loop|point)\\s+(?:opens|pierces|pushes|presses|lifts|pops))`,
  words('softens', 'soften', 'loosens', 'unclogs', 'draws them out', 'speed things up'),
  // A remedy told by what it does: "its stickiness lifts dead skin", "pulls at the plugs".
  words('lifts dead skin', 'pulls at', 'pulls out', 'dissolves', 'draws out'),
  // A review's or a product's praise: "they're perfect", "clears milia", "scrubbed my milia away".
  `\\b(?:perfect|brilliant|amazing)\\b(?<=\\b(?:they|it|ones|these|those)(?:${APOS}re|${APOS}s|\\s+are|\\s+is)\\s+(?:just\\s+|absolutely\\s+)?\\w+)`,
  `\\bclears\\s+(?:blackheads|whiteheads|milia|them|bumps)\\b`,
  // "Scrubbed my milia away", "buffed the bumps off", "rubbed those bumps off".
  `\\b(?:away|off)\\b(?<=\\b[a-z]+ed\\s+(?:(?:my|the|those|these)\\s+(?:milia|bumps)|them)\\s+(?:away|off))`,
  // The space sits inside the optional group: spelled `(?:may|will|can)?\s*bring`, every word
  // start of every sentence entered a `\s*` loop for nothing (a cue starts at a letter, so
  // both spellings match the same), about a twentieth of the cue pass.
  `\\b(?:(?:may|will|can)\\s*)?bring\\s+them\\s+to\\s+the\\s+surface\\b`,
  `\\bmakes?\\s+(?:it|them|removal|this)\\s+easier\\b`,
  // A review's verdict: "worked a treat", "worth every penny", "finally got rid of the milia",
  // "they rub right off".
  words('worked a treat', 'worth every penny', 'got rid of'),
  // "Worth a go", not "not worth a go" or "isn't worth trying" (looked back only on a match).
  `\\bworth\\s+(?:a\\s+(?:try|go|shot)|trying)\\b(?<!(?:\\bnot|n't|\\bnever|\\bhardly)\\s+worth\\s+(?:a\\s+\\w+|trying))`,
  words(
    'noticeably smaller',
    'went down a lot',
    'worked perfectly',
    'sorted mine',
    'sorted them',
    'sorted hers',
    'sorted his',
  ),
  // A caption's formula: "lancet + warm compress = glass skin", "honey + steam = milia gone".
  `\\b(?:glass|glowing|clear|smooth|flawless|gone)\\b(?<=(?:=\\s*|\\bmilia\\s+)\\w+)`,
  // What it did to the bumps, told as a result: "has made a real difference", "are finally
  // flattening", "softened mine a lot", "so it can't hurt".
  `\\bdifference\\b(?<=(?<!n${APOS}?t|\\bnot)\\s+made\\s+(?:a|such\\s+a)\\s+(?:\\w+\\s+)?difference)`,
  `\\bfinally\\s+(?:flatten|shrink|shrank|shrunk|fad|clear|disappear|gone|budg|shift|soft)\\w*`,
  `\\b(?:soft|loos|flatt)ened\\s+(?:mine|them|it|my)\\b`,
  // And what a scrub or a remedy does to what covers the cyst: "wears down the skin", "the
  // grit buffs away the top layer", "soft enough to ease them out".
  words(
    `can${APOS}?t hurt`,
    'cannot hurt',
    `won${APOS}?t hurt`,
    'wears down',
    'wears away',
    'buffs away',
    'breaks through',
    'soft enough to',
    'loose enough to',
  ),
  `\\b(?:rub|rubs|rubbed|slid|slide|slides|slipped|popped|pops)\\s+right\\s+(?:off|out)\\b`,
  `\\b(?:gone|rid\\s+of\\s+them)\\s+for\\s+good\\b`,
  `\\b(?:keeps?|stops?|prevents?)\\s+(?:new\\s+)?(?:ones|milia|bumps|them|it)\\s+(?:from\\s+(?:forming|coming|returning)|away|coming\\s+back)\\b`,
];
