import { BENEFIT_SOURCES } from './benefit-words.ts';
import { HARM_SOURCES, REFERRAL_SOURCES } from './harm-referral-words.ts';
import { APOS, anyOf, gap, words } from './pattern.ts';
import { REFUSAL, SPEAKER_LABEL } from './reply-words.ts';
import { EM_DASH, EN_DASH } from '../lower-text.ts';

/**
 * The stance cues' words, one list per cue type: what `stance.ts` compiles into its one pass.
 * Adding a way pages warn, recommend or judge is an entry here (harm and referrals, the two
 * longest lists, in harm-referral-words.ts; claims that it works in benefit-words.ts).
 */

export type CueType =
  | 'directive' // "don't", "never", "avoid": discourages when DIY follows it
  | 'warns' // discourages DIY on its own: "leave them alone", "rather than treating them yourself"
  | 'contrast' // "instead of", "rather than": discourages the DIY right after it, not before
  | 'recommends'
  | 'benefit' // claims it works: "softens the skin", "can help"
  | 'procedure' // introduces DIY steps: "here is my method", "follow these steps"
  | 'harm'
  | 'futility'
  | 'referral' // "see a dermatologist", "a job for professionals"
  | 'endorses' // praise of a professional option: "safely", "without damage"
  | 'irony'; // "what could possibly go wrong": the whole sentence means the opposite of its advice

const NT = `(?:n${APOS}?t|\\s+not)`;
/** What may follow a reply's last word: a dash as well as a stop or a comma. */
const DASHES = `${EN_DASH}${EM_DASH}-`;
// Non-native English drops the "do": "please not squeeze it".
const DONT = `(?:don${APOS}?t|do\\s+not|never|please\\s+(?:don${APOS}?t|do\\s+not|not))`;

/**
 * A cue type's alternatives without their leading \b: they only run behind ALL_CUES's word-start
 * check, which implies it, and V8 would otherwise test it again for every alternative at every
 * word start (a seventh of the cue pass on dense text).
 */
function atWordStart(...sources: readonly string[]): string {
  return anyOf(...sources.map((source) => source.replace(/^\\b/, '')));
}

/**
 * Built when called, not kept as a module constant: stance.ts compiles the sources into its two
 * expressions once, and the sources themselves (about 18,000 characters, two bytes each for the
 * curly apostrophes) are then garbage instead of a second copy of the cue expression in the heap.
 */
export const cueSources = (): Record<CueType | 'negation', string> => ({
  directive: atWordStart(
    `\\b${DONT}\\b`,
    `\\bavoid(?:ing)?\\b(?<!key\\s{1,3}to\\s{1,3}avoid(?:ing)?)`,
    words('resist', 'resist the urge to', 'stop', 'skip', 'stay away from'),
    words('steer clear of', 'refrain from', 'better not', 'not to', 'never to', 'no need to'),
    `\\b(?:should|must|can)${NT}\\b`,
    // "neither ought to be popped by hand", "nobody should be taking a pin to them".
    // (Looked for from the modal back: "no" and "nor" start many words.)
    `\\b(?:should|must|ought\\s+to)\\b(?<=\\b(?:neither|nor|nobody|no\\s+one|none\\s+of\\s+(?:them|these|those))\\s+(?:should|must|ought\\s+to))`,
    // What it has no need of: "neither one needs picking", "neither kind needs popping", "they
    // needn't be picked", "it doesn't need scrubbing", "nor do you need to pop them", "no need
    // for a pin" ("no need to" is above; "you need to" recommends).
    `\\bneeds?\\b(?<=\\b(?:(?:neither|nor|none\\s+of\\s+(?:them|these|those))\\s+(?:[a-z-]+\\s+){0,3}?|(?:(?:doesn|don)${APOS}?t|(?:does|do)\\s+not|(?:nor|neither)\\s+(?:do|does)\\s+(?:you|they|it|we|babies))\\s+)needs?)`,
    words(`needn${APOS}t`, 'need not', 'no need for', 'no need of'),
    // "You can't use a needle on them": the reader's "can't", not a writer's "I can't stop".
    `\\byou\\s+can${APOS}t\\b`,
    words('cannot'),
    `\\b(?:warn|advise|recommend|caution)(?:s|ed|ing)?\\s+against\\b`,
    words('not recommended', 'not advisable'),
    // And opens with a bare "Not": "Not do this near the eye".
    `\\bnot\\b(?<=^not)(?=\\s+(?:do|squeeze|pick|touch|try|use|press|pop|put)\\b)`,
  ),
  warns: atWordStart(
    `\\bleav(?:e|ing)\\s+${gap(3)}alone\\b`,
    `\\b${DONT}\\s+(?:try|attempt)\\s+(?:this|it|to|them)\\b`,
    `\\brather\\s+than\\s+(?:treating|doing|trying|removing|picking|squeezing|popping|tackling|attempting|having\\s+a\\s+go|going\\s+at|digging|extracting)\\b`,
    `\\bhands\\s+off\\b`,
    // A reply's plea to everyone: "please nobody try that near your eyes".
    `\\b(?:nobody|no\\s+one)\\s+(?:try|do|attempt)\\s+(?:this|that|it)\\b`,
    `\\b(?:be|are|best)\\s+left\\s+alone\\b`,
    `\\bleave\\s+(?:them|it)\\s+be\\b`,
    // A reply's bare "Just leave them." / "honestly, leave them," (not "leave them on overnight").
    `\\bleave\\s+them\\b(?<=(?:^|[,;:.!?]\\s*|\\b(?:just|so|and|then|please|honestly|simply)\\s+)leave\\s+them)(?=\\s*(?:[,.;!]|$))`,
    // "Leave it," only as a reply's first words ("A: Leave it, or…"): after a step, "…and leave
    // it." and "Then leave it," keep the remedy on, which is the recipe's own advice.
    `\\bleave\\s+it\\b(?<=^(?:${SPEAKER_LABEL}\\s*)?(?:(?:just|please|honestly|simply)\\s+)?leave\\s+it)(?=\\s*(?:[,.;!]|$))`,
    `\\b(?:said|says|told\\s+(?:me|us|her|him))\\s+to\\s+leave\\s+(?:them|it)\\b`,
    `\\b(?:(?:do|would|could|can)(?:n${APOS}?t|\\s+not)|never|cannot)\\s+recommend(?:\\s+(?:it|this|doing\\s+(?:it|this)))?(?:\\s+(?:to|for)\\s+(?:anyone|anybody|others)\\b|\\s*(?:[.,;!]|$))`,
    // Forum replies: "toothpaste just burns, please don't.", "pls dont do that again", "or just
    // don't, they're harmless".
    `\\b(?:please|pls|plz|just|simply)\\s+(?:don${APOS}?t|do\\s+not)\\s*(?:[.,;!${DASHES}]|$)`,
    // And a reply's or a review's verdict: "please don't copy her", "I wouldn't bother",
    // "Verdict: avoid.", "Toothpaste: absolutely not."
    `\\b(?<!\\byou\\s)(?:please\\s+)?(?:don${APOS}?t|do\\s+not)\\s+(?:do\\s+(?:that|this|it|them|those|these|the\\s+ones)|copy|bother)\\b`,
    `\\b(?:wouldn${APOS}?t|would\\s+not)\\s+bother\\b`,
    // The story's verdict the other way: "I would not do it again", "won't be doing that again".
    `\\bagain\\b(?<=\\b(?:(?:would|will)(?:n${APOS}?t|\\s+not)|wo(?:n${APOS}?t|nt))\\s+(?:ever\\s+)?(?:be\\s+)?(?:do|doing|try|trying)(?:\\s+(?:it|this|that|them|those))?\\s+again)`,
    `\\bavoid\\s*[.!]*$`,
    `\\bnot\\s*[.!]*$(?<=\\babsolutely\\s+not\\s*[.!]*)`,
    // Keeping it off the skin: "keep toothpaste well away from your eyes", "keep oils and lotions
    // off your baby's face" (looked for from "away" and "off" back).
    `\\b(?:away\\s+from|off)\\b(?<=\\bkeep\\s+(?:[\\w-]+\\s+){0,4}?(?:away\\s+from|off))`,
    // (This and the cues below are looked for from their rarer last word back.)
    `\\brisk\\s+it\\b(?<=\\b(?:would(?:n${APOS}?t|\\s+not)|never)\\s+risk\\s+it)`,
    // "Milia extractions are NOT a DIY job".
    `\\bnot\\s+(?:a\\s+)?(?:diy|home|at[- ]home)\\s+(?:job|project|task)\\b`,
    // An answer's refusal: "I wouldn't, my derm said never", "You really shouldn't, but…", "it's
    // not something I'd encourage", "The short answer is no."
    `\\b(?:i|you)\\s+(?:really\\s+)?(?:wouldn${APOS}?t|would\\s+not|shouldn${APOS}?t|should\\s+not|can${APOS}?t|cannot)(?:\\s+really)?(?=\\s*[,.;!${DASHES}]|\\s*$)`,
    `\\bnot\\s+something\\s+i${APOS}?d\\s+(?:encourage|recommend|advise|suggest)\\b`,
    `\\bno\\b(?<=\\b(?:is|answer:?)\\s+no)(?=\\s*[.!]*\\s*$)`,
    // After the practice it judges: "a needle on milia is not recommended".
    `\\b(?:is|are)\\s+not\\s+(?:recommended|advised|advisable)\\b`,
    // A product's caution: "Not suitable for use near the eyes", "Not intended for sensitive skin",
    // "Not suitable for the eye area";
    // and a tool meant for something else: "made for blackheads, not for milia".
    `\\bnot\\s+(?:suitable\\s+|intended\\s+|meant\\s+|designed\\s+|made\\s+)?for\\s+(?:use\\s+(?:on|near|around|in)|milia|milium|(?:the\\s+)?(?:eyes?|eyelids?|eye\\s+area|children|kids|babies|infants|broken\\s+skin|sensitive\\s+skin))\\b`,
    // An answer or a reply that opens with a refusal: "A: No, and it can leave you with a red
    // patch", "Reply: absolutely not, one slip…", "Comment (nurse): nope – see your GP". (Looked
    // back for the line's start, and its speaker's label, only on a match.)
    `\\b${REFUSAL}(?=\\s*(?:[,.!;${DASHES}]|$))(?<=^(?:${SPEAKER_LABEL}\\s*)?[a-z]+(?:,?\\s+[a-z]+)?)`,
    // Its verdict as a noun: "lancing on a newborn is a hard no", "lancets near the lid: a no-no".
    `\\bno(?:-no\\b|\\b(?<=\\ba\\s+(?:hard|firm|flat|definite)\\s+no))`,
    // A reply's last word: "baking soda is way too alkaline for your face, don't".
    `\\b(?:don${APOS}?t|do\\s+not)\\s*[.!]*$(?<=[,;]\\s*(?:don${APOS}?t|do\\s+not)\\s*[.!]*)`,
  ),
  contrast: atWordStart(
    `\\binstead\\s+of\\b`,
    `\\brather\\s+than\\b`,
    // A claim set up to be knocked down: "Myth: you can pop milia like spots.", a listicle's
    // numbered "Myth 3:", "Myth #2 –" (not "myth-busting").
    `\\b(?:myth|fiction)(?:\\s*#?\\d{1,2})?(?:\\s*:|\\s+[${DASHES}])`,
    // A comparison that prefers something over the DIY after it: "far gentler than squeezing",
    // "kinder than a year of digging at them with tweezers".
    // (Anchored on the rarer "than", looking back, like the other cues found below.)
    // Not praise: "nothing beats…", "there's nothing better than squeezing them after a bath".
    `\\bthan\\b(?<=\\b(?:safer|gentler|kinder|wiser|smarter|better|quicker|faster|cheaper|less\\s+(?:risky|damaging|painful))\\s+${gap(3)}than)(?<!\\b(?:nothing|none|no)\\s+${gap(2)}(?:safer|gentler|kinder|wiser|smarter|better|quicker|faster|cheaper)\\s+${gap(3)}than)`,
  ),
  procedure: atWordStart(
    `\\b(?:my|this|our|a|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:method|routine|technique|process|steps?|guide|tutorial)(?:\\s+(?:for|to|of|is|was)\\b|\\s*:)`,
    `\\bstep[- ]by[- ]step\\b`,
    // At a clause's start: "the skin here is the thinnest" is a place, not an introduction.
    `\\bhere(?<=(?:^|[,;:!?]\\s*|\\b(?:so|and|but)\\s+)here)(?:${APOS}s|\\s+is|\\s+are)\\s+(?:how|my|some|the|a)\\b`,
    `\\bfollow\\s+(?:these|this|the|my)\\b`,
    // "The trick is a sharp lancet", "the key is to go slow", "the secret is going shallow".
    `\\bthe\\s+(?:trick|key|secret)\\b[^.!?]{0,40}?\\b(?:is|was)\\s+(?:a|an|to|(?!(?:noth|someth|anyth|know|understand|remember|reali[sz]|recogni[sz]|accept|be)ing\\b)[a-z]+ing)\\b`,
    `\\bhow\\s+(?:to\\s+)?(?:remove|get\\s+rid|extract|pop|take)\\b`,
    `\\bhow\\s+i\\s+(?:remove[ds]?|get\\s+rid|got\\s+rid|extract(?:ed)?|pop(?:ped)?|take|took|deal(?:t)?\\s+with|treat(?:ed)?|handle[d]?|tackle[d]?|clear(?:ed)?|sort(?:ed)?)\\b`,
    `\\byou${APOS}ll\\s+learn\\b`,
  ),
  recommends: atWordStart(
    // Not "you can't" or "you can not", which forbid, nor "nor do you need to", which is no need.
    `\\byou(?<!\\b(?:nor|neither)\\s+(?:do|does)\\s+you)\\s+(?:can|could|should|need\\s+to|must|have\\s+to|may\\s+want\\s+to|might\\s+want\\s+to|will\\s+need\\s+to)\\b(?!${APOS}t|\\s+not\\b)`,
    `\\byou(?:${APOS}ll|\\s+will)\\s+need\\b`,
    `\\b(?:is|as)\\s+an\\s+option\\b`,
    `\\bif\\s+you\\s+(?:must|choose\\s+to|decide\\s+to|really\\s+want\\s+to|insist)\\b`,
    `\\bit(?:${APOS}s|\\s+is)\\s+(?:best|safe|fine|okay|ok|easy)\\s+to\\b`,
    // A practice framed as easy: "lancing milia at home is easier than you think", "getting them
    // out yourself is surprisingly simple" (not "easy to mistake for", nor "not easy").
    `\\b(?:is|are)\\s+(?:(?:so|really|actually|surprisingly|super|quite|pretty)\\s+)?(?:easy|simple)\\b(?!\\s+to\\b)`,
    `\\bgive\\s+(?:it|this|them|these)\\s+a\\s+(?:go|try|shot|whirl)\\b`,
    // A verdict on a practice tried: "would 100% do it again", a post's "would happily do again",
    // "will be doing that again" (not "would never do it again").
    `\\bagain\\b(?<=\\b(?:would|will|i${APOS}d|i${APOS}ll)\\s+(?:(?:\\d+%|definitely|totally|absolutely|happily|so)\\s+)?(?:(?:be\\s+)?(?:do|doing)(?:\\s+(?:it|this|that|them|those))?|(?:buy|use|order)(?:\\s+(?:it|this|them))?)\\s+again)`,
    `\\b(?:easier|simpler)\\s+than\\s+(?:you|most\\s+people)\\s+(?:might\\s+|would\\s+|${APOS}d\\s+)?(?:think|expect|imagine)\\b`,
    words('use a proper', 'instead', 'try this', 'try using'),
    // A review's or a listicle's label: "a must-buy for bumpy skin", "Tip: warm it first".
    `\\bmust[\\s-](?:buy|have|try)\\b`,
    `\\btip\\s*:`,
    // A review's verdict on a practice: "highly recommend!", "I'd recommend steaming" (not
    // "recommend against", "recommend seeing a dermatologist" or "recommend a dermatologist").
    `\\b(?:highly|totally|definitely|would|i${APOS}d)\\s+recommend(?=\\s*(?:[.,;!]|$)|\\s+(?:it|this|these|them|to\\s+(?:anyone|anybody|everyone))\\b|\\s+(?!seeing|consulting|visiting|checking)[a-z]+ing\\b)`,
    // A product's pitch: "perfect for removing milia at home".
    `\\b(?:perfect|great|ideal|excellent|designed)\\s+for\\s+(?:removing|getting|extracting|popping|treating)\\b`,
  ),
  benefit: atWordStart(...BENEFIT_SOURCES),
  harm: atWordStart(...HARM_SOURCES),
  futility: atWordStart(
    // "won't" is "wo" and "n't" ("wont" too).
    `\\b(?:does|do|did|will|would|wo|won)${NT}\\s+(?:(?:even|really|actually)\\s+)?(?:work|help|come\\s+out|budge|shift|remove|fix|cure|dissolve|open\\s+anything)\\b`,
    words('never works', 'do nothing for', 'does nothing for', 'no pore', 'no opening', 'no head'),
    words(
      'nothing comes out',
      'nothing to squeeze',
      'losing battle',
      'pointless',
      'in vain',
      'useless',
      'untouched',
    ),
    words('stayed put', 'did not move', 'never come to a head', 'no evidence', 'no good evidence'),
    // A review's verdict: "total waste of time", "a waste of money".
    `\\bwaste\\s+of\\s+(?:time|money)\\b`,
  ),
  referral: atWordStart(...REFERRAL_SOURCES),
  endorses: atWordStart(
    // "a clinic is the wiser route", "your best option is a dermatologist".
    `\\b(?:bet|option|choice|route)\\b(?<=\\b(?:safer|safest|best|better|wiser)\\s+(?:bet|option|choice|route))`,
    words(
      'safely',
      'safe',
      'safest',
      'without damage',
      'for good',
      'speed things up',
      'quickly',
      'most effective',
      'best way',
    ),
  ),
  irony: atWordStart(
    `\\bwhat\\s+could\\s+(?:possibly\\s+)?go\\s+wrong\\b`,
    // "Sure, go ahead and attack your milia with a pin from the junk drawer."
    `\\bgo\\s+ahead\\b(?<=^sure,?\\s+go\\s+ahead)`,
  ),
  negation: anyOf(
    `\\b(?:not|no|never|unlike|myth|wrong|false|misconception|contrary)\\b`,
    `n${APOS}t\\b`,
    `\\bnothing\\s+to\\s+do\\s+with\\b`,
  ),
});
