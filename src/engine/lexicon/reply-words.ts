import { EM_DASH, EN_DASH } from '../lower-text.ts';
import { APOS } from './pattern.ts';

/**
 * How a thread's replies are written: a speaker's label and a refusal that opens a reply. The
 * warning cues, the topic carry and the audience stance all read replies; they share these words
 * so that a label or a refusal one of them knows, the others know too.
 */

/** What may stand in brackets after a label: "Answer (buyer):", "Comment (nurse):". */
const LABEL_NOTE = `(?:\\([a-z ]{1,20}\\)\\s*)?`;

/**
 * A speaker's label, lower-cased and without the colon's trailing space: "A:", "Reply:", "Top
 * comment:", "Customer A:", "Answer (buyer):", and a transcript's or a chat's roles, "Host:",
 * "Guest:", "Caller:", "Chat:", "Dr. Lin:", "u/name:" (a reply there answers as a forum's does).
 * Its slash is written escaped (`u\\/`, the same match): V8 keeps a pattern with a bare `/` twice,
 * as written and as `source` escapes it, and this label is compiled into the stance-cue expression.
 */
export const SPEAKER_LABEL = `(?:(?:[a-z${APOS}]+\\s+)?(?:a|q|answers?|repl(?:y|ies)|comments?|response)\\s*${LABEL_NOTE}|host|guest|interviewer|caller|presenter|chat|streamer|viewer|u\\/[\\w-]+|dr\\.?\\s+[a-z]+):`;

/**
 * A reason or an instruction after a refusal's comma: "No, and it can leave a mark", "nah, you'll
 * scar", "No, I wouldn't", "no please, it scars", "nope, picking them makes it worse", "No, it's not safe", "nope, not
 * worth the risk", "No, they clear up alone".
 */
const REFUSAL_REASON = `(?:and|but|because|just|see|ask|go\\s+to|get|leave|never|don${APOS}?t|do\\s+not|definitely|absolutely|seriously|it(?:${APOS}ll|\\s+(?:only|will|can|could|may|might|would|scars|leaves|damages))|you(?:${APOS}ll|${APOS}d|\\s+(?:will|can|could|may|might|would|should|shouldn${APOS}?t|risk))|they(?:${APOS}re|\\s+(?:are|will|can|could|go|clear|fade|disappear|resolve|usually|normally))|it(?:${APOS}?s|\\s+is)\\s+(?:not\\s+safe|unsafe|dangerous|risky|a\\s+bad\\s+idea|how\\s+you)|not\\s+(?:safe|a\\s+good\\s+idea|worth\\s+(?:it|the\\s+risk)|recommended|advised)\\b|there${APOS}?s|(?:that|this|baby|your|their|its)\\b|[a-z]+ing\\s+(?:them|it|milia|those|these|the)|i\\s*(?:wouldn|would\\s+not|${APOS}d\\s+(?:never|not)|never\\s+would))`;

/**
 * What follows a bare "no" that refuses: a stop or a dash ("No." "Nope – see your GP"), a reason
 * or an instruction after its comma, or a "please" that ends there or comes before one ("No,
 * please.", "No, please see your GP"). Not what answers whether it hurt or scarred: "No, not at
 * all", "Nope, barely felt a thing", "nah, not yet", "No, I've never had a mark", and not a
 * "please" that urges the act ("No, please do it", "No, please try it").
 */
const REFUSES_AFTER = `(?=\\s*(?:[.!;${EN_DASH}${EM_DASH}-]|$)|\\s*,\\s*(?:please\\b,?\\s*(?:[.!;]|$)|(?:please\\b,?\\s*)?${REFUSAL_REASON}))`;

/**
 * A refusal that opens a reply: "no", "nope", "nah", "lol no, …", "absolutely not", "please,
 * no", "no please" (not a bare "no" that answers whether it hurt or scarred). "No please" and
 * "please, no" refuse as a bare "no" does, by what follows them: "Please, no, a lancet at home
 * does the same" refuses the clinic, "No please, I'd lance them" endorses.
 */
export const REFUSAL = `(?:(?:(?:(?:lol|lmao|haha|ugh)\\s+)?(?:no|nope|nah)\\b(?:,?\\s+please\\b)?|please,?\\s+no\\b)${REFUSES_AFTER}|(?:absolutely|definitely|certainly|hell|god|oh|please),?\\s+not\\b|(?:absolutely|definitely|certainly|hell|god|oh),?\\s+no\\b)`;
