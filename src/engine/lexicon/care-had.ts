/**
 * Professional care the reader has had or booked, told rather than recommended: a clinician's
 * advice reported back, a visit, the clinician's own work. The rule pro-clinician accepts a
 * clinician named in such a sentence (see rules/professional/clinician.ts).
 */

/**
 * Someone's own clinician reporting back ("my GP said to leave them", "the paediatrician told us
 * they would clear"): the reader has had professional care. A quoted expert ("says one
 * dermatologist") has not treated anyone.
 */
const OWN_CLINICIAN_SAID =
  /\b(?:said|says|told|advised|suggested|confirmed|reckons)\b(?<=(?:\b(?:my|our|her|his|their|the)\s+|(?:^|[:;,]\s*))(?:[\w-]+\s+)?(?:dermatologist|derm|doctor|gp|physician|p(?:a)?ediatrician|midwife|health\s+visitor|hv|nurse|a?esthetician|facialist|optometrist|ophthalmologist)\s+(?:later\s+|then\s+|also\s+|just\s+)?\w+)/u;
/**
 * A visit told or booked ("went to my GP about the milia", "saw a dermatologist", "I asked my
 * derm", "booked in with a dermatologist"): the reader had, or will have, care.
 */
const WENT_TO_CLINICIAN =
  /\b(?:went\s+to|go\s+to|saw|seeing|visited|visiting|asked(?=\s+(?:my|our|her|his)\b)|booked(?:\s+in)?\s+with|booking|booked)\s+(?:my|our|the|a|an|her|his)\s+(?:[\w-]+\s+)?(?:dermatologist|derm|doctor|gp|physician|p(?:a)?ediatrician|midwife|health\s+visitor|nurse|a?esthetician|facialist|optometrist|ophthalmologist)\b/u;
/**
 * A clinician's own work told ("my dermatologist cleared nine in one go", "the GP froze them",
 * "performed by our doctors"): looked for from the verb back.
 */
const CLINICIAN_DID =
  /\b(?:(?:froze|freezes|frozen|zapped|lasered|removed|cleared|treated|nicked|lanced|performed|carried\s+out)\b(?<=\b(?:derms?|dermatologists?|doctors?|gps?|nurses?|a?estheticians?|facialists?|surgeons?)\s+(?:(?:just|then|quickly|also)\s+)?\w+(?:\s+out)?)|(?:done|performed|carried\s+out)\s+by\b|(?:did|does)\s+(?:[\w-]+\s+){0,3}?(?:mine|them|my|those|these|her|his)\b(?<=\b(?:derms?|dermatologists?|doctors?|gps?|nurses?|a?estheticians?|facialists?|surgeons?)\s+(?:did|does)\s+[\w\s-]{2,40}))/u;
/** A clinician took them out ("my dermatologist took mine out"): looked for from the "out". */
const TOOK_OUT = /\b(?:out|off)\b(?<=\b(?:took|tak(?:e|es|en|ing))\s+(?:\w+\s+){0,2}(?:out|off))/u;

/** The lower-cased sentence tells care had: advice reported back, a visit, or the work itself. */
export function tellsCareHad(lower: string): boolean {
  // Each read from a rarer word back, and last: clinicians are named in most milia sentences.
  return (
    OWN_CLINICIAN_SAID.test(lower) ||
    WENT_TO_CLINICIAN.test(lower) ||
    CLINICIAN_DID.test(lower) ||
    TOOK_OUT.test(lower)
  );
}
