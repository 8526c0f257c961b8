import { EM_DASH, EN_DASH } from '../lower-text.ts';
import { APOS, gap, words } from './pattern.ts';

/**
 * The two longest cue lists, kept apart from cue-words.ts so that each file stays readable: how
 * pages tell a practice's harm, and how they send the reader to a clinician. Each entry is a
 * regex source starting with \b; cue-words.ts compiles them with the other types.
 */

/**
 * Before "end up": the harm denied or only foretold ("didn't end up in A&E", "everyone warned I'd
 * end up with a scar, but…"): a story of it not happening.
 */
const NOT_ENDED = `(?<!\\b(?:didn${APOS}?t|did\\s+not|never|not|warned\\s+(?:me\\s+)?(?:that\\s+)?(?:i|you)(?:${APOS}d|\\s+would))\\s+)`;

/** Harm: "can scar", "left a crater", "a sure way to scar", "is how you get a rash". */
export const HARM_SOURCES: readonly string[] = [
  `\\b(?:can|could|may|might|will|would|often|tends?\\s+to|likely\\s+to|risks?|only)\\s+${gap(4)}(?:scar\\w*|infect\\w*|damag\\w*|hurt\\w*|injur\\w*|irritat\\w*|inflam\\w*|bleed\\w*|burn\\w*|bruis\\w*|worse|harm\\w*|rash\\w*|sting\\w*|be\\s+risky)\\b`,
  // What a remedy can do to milia-prone skin: "coconut oil can actually trigger milia".
  `\\b(?:trigger|clog|aggravate|worsen)\\b(?<=\\b(?:can|could|may|might|will|would|often)\\s+(?:actually\\s+|also\\s+|even\\s+)?\\w+)`,
  // With what, or where it ended: "ended up in A&E", "ended up at casualty", "ended up in urgent
  // care" (one "end up" and one NOT_ENDED for both, a shorter cue expression).
  `\\b${NOT_ENDED}end(?:ed|s)?\\s+up\\s+(?:with\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:scar|bruise|infection|mark|scab|pit|burn|wound)s?|(?:at|in)\\s+(?:the\\s+)?(?:eye\\s+)?(?:casualty|a&e|er|emergency|hospital|urgent\\s+care))\\b`,
  // What it left, told as a thing one has: "ended up with an infected eye", "got a puffy red
  // eye", "left her with a swollen cheek" (looked for from the rarer adjective back).
  `\\b(?:infected|swollen|puffy|blistered|burnt)\\b(?<=\\b(?:ended\\s+up\\s+with|left\\s+(?:me|her|him|them)\\s+with|gave\\s+(?:me|her|him|them)|got)\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:infected|swollen|puffy|blistered|burnt))`,
  // More of what it was meant to clear: "ended up with more", "ended up with even more bumps".
  `\\bend(?:ed|s)?\\s+up\\s+with\\s+(?:even\\s+|way\\s+|many\\s+|loads\\s+)?more\\b`,
  `\\birritate\\s+(?:the|your)\\s+skin\\b`,
  words(
    'damages',
    'hurts',
    'harms',
    'injures',
    'irritates',
    'breaks the skin',
    'invites',
    'invite',
    'bruises the skin',
    'bruises your skin',
  ),
  words(
    'risk of',
    'at risk',
    'risky',
    'riskier',
    'dangerous',
    'unsafe',
    'bad idea',
    'recipe for disaster',
  ),
  // Harm as what it does or is a way to: "a slipped needle does so much harm", "a quick way
  // to burn yourself", "it bruises the skin".
  // (Looked for from "harm" or "damage" back: "do" and "does" are on every line.)
  `\\b(?:harm|damage)\\b(?<=\\b(?:does|do|did|causes?|caused)\\s+(?:so\\s+much\\s+|a\\s+lot\\s+of\\s+|real\\s+|more\\s+|serious\\s+)?(?:harm|damage))`,
  `\\bway\\s+to\\s+(?:burn|scar|infect|damage|hurt|injure|bruise)\\b(?<=\\b(?:quick|fast|easy|sure|good|great|surest|best)\\s+way\\s+to\\s+\\w+)`,
  `\\bcrush(?:es|ed|ing)?\\s+(?:the|a|its)\\s+(?:cyst\\s+wall|cyst|skin)\\b`,
  words('terrible idea', 'awful idea', 'horrible idea'),
  words('big mistake', 'mistake number', 'bring in bacteria', 'not safe', 'tends to leave'),
  words('marks they leave', 'scars they leave'),
  // What a scrub or a remedy does to the skin: "way too alkaline for your face", "too rough",
  // "going to wreck your skin barrier", "just inflames the skin".
  `\\btoo\\s+(?:harsh|rough|abrasive|alkaline|acidic|aggressive|strong)\\b`,
  `\\bcaus(?:e|es|ed|ing)\\s+(?:chemical\\s+)?(?:burns|scarring|irritation|infections?)\\b`,
  `\\b(?:wreck|ruin|destroy|strip)(?:s|ed|ing)?\\s+(?:your|my|the|her|their)\\s+(?:skin|face|barrier)\\b`,
  words('inflames'),
  // Harm by implication: "one slip and you're in A&E", "picking is what gives people scars",
  // "this is how you get a scar".
  `\\bhow\\s+(?:you|people)\\s+(?:get|end\\s+up)\\b(?<=(?:${APOS}s|\\bis)\\s+how\\s+\\w+\\s+(?:get|end\\s+up))`,
  `\\b(?:slip|move)\\b(?<=\\bone\\s+(?:wrong\\s+)?(?:slip|move))`,
  `\\bscar(?:s|ring)?\\b(?<=\\b(?:gives?|gave|giving|causes?|caused|leaves?|left|made|makes?)\\s+(?:\\w+\\s+){0,2}?scar(?:s|ring)?)`,
  `\\b(?:made|mak(?:e|es|ing))\\s+(?:them|it|my\\s+\\w+)\\s+(?:red|redder|worse|inflamed|bleed|sore|swollen|angry|raw|burn|sting|itch|peel|flakier|drier|rougher|bumpier|itchier)\\b`,
  // What it left, told as a result: "it went red for days", "left a tiny pit", "left me with a
  // small white scar", "only left my skin raw", "burnt a small hole", "that is how a cyst
  // becomes a scar".
  `\\b(?:went|turned|got)\\s+(?:\\w+\\s+)?(?:red|raw|purple|swollen|sore|inflamed|infected)\\b`,
  `\\b(?:left|leaves?|leaving|gave|gives?|burn(?:ed|t))\\s+(?:(?:me\\s+with\\s+)?(?:[\\w-]+\\s+){0,3}?(?:pits?|dents?|marks?|scars?|craters?|holes?|bruises?|scabs?)|(?:(?:my|your|the|their|many|most|some)\\s+)?(?:skin|face|cheeks?|people|me)\\s+(?:\\w+\\s+)?(?:red|raw|dry|sore|flaky|tight|irritated|inflamed|blotchy))\\b`,
  // What the skin was left like, told in a row: "a red, swollen lid", "raw and weeping", "raw
  // red skin", "puffy and red".
  `\\b(?:red|raw|angry|puffy)\\s*,?\\s+(?:and\\s+)?(?:swollen|inflamed|weeping|infected|bleeding|blotchy|blistered|peeling|raw|red)\\b`,
  `\\b(?:becomes?|became|turns?\\s+into|turned\\s+into)\\s+(?:a\\s+)?(?:\\w+\\s+)?(?:scar|wound|infection)\\b`,
  // Harm by where it goes: "asking for an infection", "much too near the lid", "goes too deep".
  `\\basking\\s+for\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:scars?|infections?|trouble|problems?|disaster|bruises?)\\b`,
  `\\btoo\\s+(?:close|near)\\s+(?:to\\s+)?(?:your|the|my|her|his|their)\\s+(?:eyes?|eyeballs?|(?:eye)?lids?|lash\\w*|tear\\s+ducts?)\\b`,
  // (Looked for from "deep" back: "far", "way" and "too" are on many lines.) Not too deep for a
  // clinician to reach, which tells what the clinician did instead.
  `\\bdeep\\b(?<=\\btoo\\s+deep)(?!\\s+(?:a\\s+)?(?:clean|cleans\\w*|moisturi\\w*|hydrat\\w*)|\\s+for\\s+(?:her|him|them)\\s+to\\b|\\s+for\\s+(?:my|the|your|her|his|our|a|an)\\s+(?:derm\\w*|doctors?|gps?|clinicians?|a?estheticians?|facialists?|nurses?|therapists?|surgeons?))`,
  // Past what it is meant for: "sinks well deeper than the cyst" (not "milia sit far deeper than
  // whiteheads").
  `\\bdeeper\\s+than\\s+(?:a|the|any|your)\\s+(?:milium|milia|cysts?|bumps?)\\b(?<=\\b(?:far|way|much|well)\\s+deeper\\s+than\\s+\\w+\\s+\\w+)`,
  // "The most common mistake I see is people attacking milia with tweezers."
  `\\bmistakes?\\b(?<=\\b(?:common|biggest|worst|classic|rookie|one)\\s+mistakes?)`,
];

/** A referral: "see a dermatologist", "a job for an eye doctor", "should be checked by". */
export const REFERRAL_SOURCES: readonly string[] = [
  `(?=see|consult|visit|ask|talk|speak|check|contact|call|phone|ring)(?<=^|[,;:!?${EN_DASH}${EM_DASH}]\\s*|\\b(?:please|and|then|so|also|always|just|or|say|when\\s+to|do|should|must|maybe|perhaps|probably|definitely)\\s+)(?:see|consult|visit|ask|talk\\s+to|speak\\s+to|check\\s+with|contact|call|phone|ring)\\s+(?:a|an|your|the|below|(?:skin|eye)\\s+doctor)\\b`,
  `\\b(?:should|best\\s+to|better\\s+to|advisable\\s+to|suggest|recommend|need\\s+to)\\s+(?:see|seeing|consult|consulting|visit|visiting|checking\\s+with)\\b`,
  `\\bget\\s+(?:professional\\s+|medical\\s+)?help\\b`,
  // "Or you could just see someone with sterile tools and training", a reply's "I'd see someone."
  `\\bsee\\s+(?:someone|somebody)\\b(?=\\s+(?:with|who|about|first|qualified|trained)\\b|\\s*(?:[.,;!]|$))`,
  // Sent on to care: "they'll direct you to a clinic", "the pharmacist sent her to the GP", and an
  // instruction to refer, "so refer to a dermatologist near the eye" (a clinician or a clinic must be where it
  // goes: "sent her to the shops" is no referral). A policy told, "eyelid milia are referred to our
  // doctor", "a GP may refer you to dermatology", recommends nothing.
  `\\b(?:(?:sen[dt]s?|point(?:s|ed)?|direct(?:s|ed)?)\\s+(?:(?:me|you|us|him|her|them)\\s+(?:on\\s+|straight\\s+)?)?|refer\\s+(?<=(?:^|[,;:!?]\\s*|\\b(?:so|and|then|always|just|please)\\s+)refer\\s+)(?:them\\s+|clients\\s+)?)(?:to|for)\\s+(?:(?:a|an|the|your|my|our)\\s+(?:[\\w-]+\\s+){0,2}?(?:derm\\w*|doctors?|gps?|clinics?|specialists?|surgeons?|ophthalmologists?|opticians?|optometrists?|hospital|pharmacists?|nurses?|professionals?)|dermatology|ophthalmology)\\b`,
  `\\b(?:ask\\w*|get|request)\\s+(?:for\\s+)?a\\s+referral\\b`,
  // "we would recommend a trusted GP", "most doctors recommend professional extraction".
  `\\brecommend(?:s|ed)?\\s+(?:(?:a|an|your)\\s+(?:local\\s+|good\\s+|trusted\\s+)?(?:derm\\w*|doctor|gp|clinic|specialist)|professional\\s+(?:removal|help|treatment|extraction))\\b`,
  // A clinic's or a nurse's own door: "pop in to see us", "pop into the surgery".
  `\\bpop\\s+(?:in|into|in\\s+to|down\\s+to|round\\s+to)\\s+(?:see\\s+(?:me|us|your|a|the)|(?:your|the|a)\\s+(?:local\\s+)?(?:pharmacy|pharmacist|chemist|gp|doctor|surgery|clinic|derm\\w*))\\b`,
  // "So tell your clinician about any other skin changes" (only one's own: "tell the difference").
  `\\btell\\s+your\\s+(?:derm\\w*|doctor|gp|clinician|nurse)\\b`,
  // "Ask around for a trained facialist", "look for a qualified dermatologist".
  `\\b(?:ask\\s+around\\s+for|look\\s+for|seek\\s+out)\\s+(?:a|an)\\s+(?:good\\s+|trained\\s+|qualified\\s+|reputable\\s+)?(?:derm\\w*|doctor|gp|professional|specialist|a?esthetician|facialist)s?\\b`,
  `\\bleave\\s+(?:it|them|this|removal|extraction)\\s+to\\b`,
  // "Leave lancets to the professionals", "leave it for an ophthalmologist".
  `\\bleave\\s+(?:[\\w-]+\\s+){1,2}?(?:to|for)\\s+(?:(?:a|an|the|your)\\s+)?(?:trained\\s+|qualified\\s+)?(?:professional|expert|derm\\w*|doctor|gp|specialist|ophthalmologist|clinician|pro)s?\\b`,
  // Handing it over: "get an eye doctor to do it", "get the skin clinic to zap them", "get it
  // seen by a doctor", "ask about in-office extraction".
  `\\bget\\s+(?:(?:a|an|the|your)\\s+(?:[\\w-]+\\s+){0,2}?(?:derm\\w*|doctor|gp|professional|specialist|clinic|nurse|a?esthetician|facialist|optician|optometrist|ophthalmologist)s?\\s+to|(?:it|them|this|these|those)\\s+(?:seen|checked|looked\\s+at)|(?:her|him|them|it)\\s+to\\s+(?:a|an|the|your)\\s+(?:derm\\w*|doctor|gp|clinic|specialist))\\b`,
  `\\bask\\s+about\\b`,
  // Slang and booking pages: "go see a derm", "book an appointment", "schedule a visit".
  `\\bgo\\s+(?:and\\s+)?(?:see|to)\\s+(?:(?:(?:a|an|your|the)\\s+)?(?:[\\w-]+\\s+)?(?:derm\\w*|doctor|gp|professional|specialist|clinic|optician)s?|someone)\\b`,
  // And who is booked, or a bare "book in and the nurse will look" ("a book in the series" is no booking).
  `\\b(?:book|schedule|make|get)\\s+(?:(?:an?|your)\\s+)?(?:free\\s+)?(?:[\\w-]+\\s+)?(?:appointment|consult(?:ation)?|visit|assessment)\\b`,
  `\\bbook\\s+(?:(?:a|an|your)\\s+(?:skin\\s+)?(?:derm\\w*|clinic|facialist|doctor|gp)|in(?=\\s+(?:so|to|for|with|today|now)\\b|\\s*(?:[.,;!]|$)))`,
  `\\blet\\s+(?:(?:a|an|your|the)\\s+(?:dermatologist|derm|doctor|professional|pro|gp|specialist)|someone)\\b`,
  // "a dermatologist should handle them" (and not "the needle should remove the top").
  `\\b(?:dermatologist|doctor|professional|surgeon|clinician|gp|specialist|provider|nurse)s?\\s+(?:should|must|is\\s+best\\s+placed\\s+to)\\s+(?:handle|treat|remove|deal\\s+with|take\\s+care\\s+of)\\b`,
  `\\bneeds?\\s+${gap(3)}(?:a|an)\\s+(?:professional|dermatologist|doctor)\\b`,
  `\\b(?:(?:a\\s+)?job|one(?<=\\b(?:is|are|${APOS}s)\\s+one))\\s+for\\s+(?:(?:a|an|the|your)\\s+)?(?:[\\w-]+\\s+)?(?:professional|dermatologist|derm|doctor|clinician|expert|specialist)s?\\b`,
  // "Milia that won't shift deserve a look from your GP".
  `\\b(?:deserves?|needs?|worth)\\s+a\\s+(?:look|check)\\s+(?:from|by)\\b`,
  // Handing it over, or a clinician's eyes on it: "that's where I'd hand over to a doctor",
  // "should be looked at by a dermatologist", "recommend getting them taken out by a derm".
  `\\bhand\\s+(?:(?:it|them|this|these|those)\\s+)?over\\s+to\\s+(?:a|an|your)\\b`,
  `\\bby\\b(?<=\\b(?:should|must|needs?\\s+to|best|better)\\s+be\\s+(?:looked\\s+at|seen|checked|examined|assessed|removed|treated|taken\\s+out)\\s+by|(?:^|\\b(?:recommend|suggest|advise|just|always|so|and|then|please|better\\s+to|best\\s+to))\\s*(?:get|getting|have|having)\\s+(?:[\\w-]+\\s+){1,3}?(?:taken\\s+out|removed|looked\\s+at|seen|checked|treated|extracted|opened)\\s+(?:properly\\s+)?by)`,
  `\\brequir\\w+\\s+(?:professional|medical)\\b`,
  // "A dermatologist is the person to see for bumps that close to the lashes."
  `\\b(?:person|people)\\s+to\\s+(?:see|ask|visit)\\b`,
];
