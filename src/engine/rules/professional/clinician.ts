import { tellsCareHad } from '../../lexicon/care-had.ts';
import { OFFERS_CARE } from '../../lexicon/stance.ts';
import { defineRule } from '../rule.ts';
import { CLINICIAN_EXAMPLES } from './clinician-examples.ts';

/** What a shop sells, after "Professional" in its title. */
const PRODUCT =
  'grade|quality|kits?|sets?|tools?|extractors?|lancets?|needles?|tweezers|removers?|pens?|devices?|pack|pcs|pieces?';

/** A word of a product's name, not of a sentence ("see a professional and leave the tools"). */
const TITLE_WORD =
  '(?!(?:and|or|but|to|the|a|an|if|you|your|with|who|will|can|use|using|has|have|not|no)\\s)[\\w&-]+';

/**
 * A clinician doing or recommended for the removal (sheet 2.2, 2.4, 4.8): "a dermatologist can
 * take them out", "see a professional", "professional treatments". A clinician merely named ("one
 * dermatologist explains") is not a finding.
 */
export default defineRule({
  id: 'pro-clinician',
  kind: 'professional',
  patterns: [
    '\\b(?:dermatologists?|doctors?|gps?|physicians?|clinicians?|specialists?|electrologists?|ophthalmologists?|optometrists?|opticians?|oculoplastic\\s+surgeons?|surgeons?|nurses?|p(?:a)?ediatricians?|health\\s+visitors?|midwi(?:fe|ves)|(?:health\\s*care\\s+)?providers?|hvs?)\\b',
    // Not a shop's word for its goods: "Professional 9-Piece Milia Remover Kit", "professional
    // grade lancets", "pro-quality tools".
    `\\bprofessionals?\\b(?![\\s-]+(?:${TITLE_WORD}\\s+){0,4}?(?:${PRODUCT})\\b)`,
    // Clinics name their staff by role: "our practitioners", "the therapist opens the skin".
    '\\b(?:practitioners?|therapists?)\\b',
    // What forums and salons call them: "see a derm", "my esthetician", "a trained facialist".
    // ("Derm-approved" on a product is a label, not a clinician.)
    '\\b(?:derms?|a?estheticians?|facialists?)\\b(?![\\s-]*(?:approved|tested|recommended|grade))',
    // "Leave extraction to a pro" (looked for from "pro" back; "pro tip" is no clinician).
    '\\bpros?\\b(?<=\\b(?:a|the|to)\\s+pros?)(?![\\s-]+tips?)',
    '\\bget\\s+(?:professional\\s+|medical\\s+)?help\\b',
    // Named by what they are rather than a title: "someone who does this for a living", "someone
    // with a licence", "extraction by a trained hand".
    '\\bsomeone\\s+(?:who\\s+does\\s+\\w+\\s+for\\s+a\\s+living|with\\s+(?:a\\s+licen[cs]e|the\\s+right\\s+(?:equipment|tools|training))|trained|qualified)\\b',
    '\\btrained\\s+hands?\\b',
    `\\bprofessional(?:ly)?\\s+(?:removal|treatments?|help|intervention|extraction)\\b(?![\\s-]+(?:${TITLE_WORD}\\s+){0,2}?(?:${PRODUCT})\\b)`,
    '\\b(?:forceps|numb(?:ed|ing)?|local\\s+an(?:a)?esthetic)\\b',
    '\\b(?:in|at)\\s+(?:the|a)\\s+(?:clinic|surgery|practice)\\b',
    '\\bin\\s+(?:(?:the|our)\\s+office|(?:our\\s+)?clinic)\\b',
    // The place: "the skin clinic", "in-office extraction", "at my monthly facial" (booking
    // lines are the rule pro-booking's).
    '\\b(?:skin\\s+)?clinics?\\b',
    '\\bin-?office\\b',
    // (Looked for from "facial" back: "at" and "for" are on every line.)
    '\\bfacials?\\b(?<=\\b(?:at|for)\\s+(?:a|my|the|your)\\s+(?:[\\w-]+\\s+)?facials?)',
  ],
  span: 'sentence',
  notes: { recommends: 'professional.recommends', describes: 'professional.describes' },
  accept: (facts) =>
    facts.hits.some((h) => h.rule.kind === 'diy-extraction') ||
    facts.cues.some((c) => c.type === 'referral' || c.type === 'endorses') ||
    OFFERS_CARE.test(facts.lower) ||
    // A clinic's referral and a menu's "emptied by a licensed aesthetician" tell its care too.
    /\b(?:professional(?:ly)?\s+\w+|forceps|numb\w*|an(?:a)?esthetic|fees?|cost|appointments?|consultations?|remov\w+|extract\w*|get\s+rid|refer(?:s|red|ral)?|by\s+(?:a|an|our|the)\s+(?:licensed|qualified|trained|registered|medical))\b/iu.test(
      facts.text,
    ) ||
    // Care had, told rather than advised; read last, as clinicians are named in most milia sentences.
    tellsCareHad(facts.lower),
  examples: CLINICIAN_EXAMPLES,
});
