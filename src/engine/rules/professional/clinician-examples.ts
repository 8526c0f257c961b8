import type { RuleExample } from '../rule.ts';

/**
 * The sentences the rule pro-clinician (clinician.ts) must and must not fire on, kept apart from
 * the rule so that its patterns and its check read on one screen.
 */
export const CLINICIAN_EXAMPLES: readonly RuleExample[] = [
  // A hedged referral, and a clinician praised as the safer bet.
  {
    text: 'Those could be milia, so maybe see your doctor first.',
    expect: 'professional:recommends',
  },
  {
    text: 'With milia close to the lashes, an eye doctor is the wiser route.',
    expect: 'professional:recommends',
  },
  { text: 'My dermatologist placed a bet that the milia would fade.', expect: null },
  // A referral in everyday words: booking in, popping in, being sent on, asking to be.
  {
    text: 'Milia that bother you after the summer? Book in so the nurse can take a look.',
    expect: 'professional:recommends',
  },
  {
    text: 'If a milium is still there by spring, pop into your local surgery so the nurse can look.',
    expect: 'professional:recommends',
  },
  {
    text: 'For milia by the lashes our salon will direct you to a clinic in town.',
    expect: 'professional:recommends',
  },
  {
    text: 'My milia kept spreading, so I asked for a referral and the doctor agreed.',
    expect: 'professional:recommends',
  },
  {
    text: 'Treat milia on the body yourself, but always refer to a dermatologist near the eye.',
    expect: 'professional:recommends',
  },
  {
    text: 'Milia worry? We would recommend a local GP over any salon.',
    expect: 'professional:recommends',
  },
  // A policy told is no advice: who gets referred, who may refer you.
  {
    text: 'Milia on the lid are referred to our consultant dermatologist.',
    expect: 'professional:describes',
  },
  {
    text: 'A nurse may refer you to a dermatologist if the milia keep coming back.',
    expect: 'professional:describes',
  },
  // A clinician's own work told, or a visit to come, is care had; praise of its value recommends.
  { text: 'My GP froze the milia on my cheek last spring.', expect: 'professional:describes' },
  {
    text: 'All extractions are carried out by our registered nurses, milia included.',
    expect: 'professional:describes',
  },
  {
    text: "Update: I'm seeing a dermatologist about the milia in May.",
    expect: 'professional:describes',
  },
  {
    text: 'A dermatologist did all nine of my milia in one sitting, worth every penny.',
    expect: 'professional:recommends',
  },
  // The praise after a DIY step told later judges that step, not the clinician's work.
  {
    text: 'My GP lanced two milia, then I squeezed out the others with a pin at home, so worth it.',
    expect: 'professional:describes',
  },
  // A clinician merely named, or a story of someone else's doing, is no finding.
  { text: 'My doctor did a double take when I said milia were keratin.', expect: null },
  { text: 'The milia on my nose were done in by a scrub, no derm needed.', expect: null },
  {
    text: "Contact your GP if your baby's milia become red, swollen or start to weep.",
    expect: 'professional:recommends',
  },
  {
    text: 'An oculoplastic surgeon or dermatologist should handle milia on the eyelids.',
    expect: 'professional:recommends',
  },
  {
    text: "Talk to your pediatrician if your baby's milia last longer than three months.",
    expect: 'professional:recommends',
  },
  {
    text: 'Leave the needle alone and let a dermatologist handle your milia.',
    expect: 'professional:recommends',
  },
  {
    text: 'A dermatologist can take milia out with a tiny sterile tool, quickly and without damage.',
    expect: 'professional:recommends',
  },
  {
    text: 'See a professional if the milia sit on your eyelid.',
    expect: 'professional:recommends',
  },
  {
    text: 'In this clip a trained electrologist removes a milium with a needle.',
    expect: 'professional:describes',
  },
  { text: 'Reply: go see a derm about those milia.', expect: 'professional:recommends' },
  // Referrals in the words replies and do's-and-don'ts lists use.
  { text: 'Do see a dermatologist if the milia bother you.', expect: 'professional:recommends' },
  { text: 'Better go to dermatologist for the milia.', expect: 'professional:recommends' },
  { text: 'Reply: get him to a GP about the milia.', expect: 'professional:recommends' },
  { text: "Milia aren't a DIY job: let a pro handle them.", expect: 'professional:recommends' },
  { text: 'Milia may need a check, so tell your doctor.', expect: 'professional:recommends' },
  { text: 'A dermatologist can extract stuck milia.', expect: 'professional:recommends' },
  { text: 'If the milia bother you, a doctor can treat them.', expect: 'professional:recommends' },
  {
    text: 'Your milia may last for months; a specialist can remove them in one visit.',
    expect: 'professional:recommends',
  },
  {
    text: 'Book an appointment with a dermatologist if your milia bother you.',
    expect: 'professional:recommends',
  },
  {
    text: 'Leave lancets to the professionals if you have milia.',
    expect: 'professional:recommends',
  },
  { text: "I'd recommend seeing a dermatologist for milia.", expect: 'professional:recommends' },
  {
    text: 'Reply: mine too, the aesthetician used a tiny lancet on my milia.',
    expect: 'professional:describes',
  },
  {
    text: 'In the office we can nick the surface of the milium and lift it out.',
    expect: 'professional:describes',
  },
  {
    text: 'Milia usually need one short appointment with our nurse practitioner.',
    expect: 'professional:describes',
  },
  { text: 'Milia are tiny cysts under the skin, one dermatologist explains.', expect: null },
  { text: 'My derm said to leave the milia on my cheeks alone.', expect: 'professional:describes' },
  {
    text: 'The GP told us the milia would clear up by themselves.',
    expect: 'professional:describes',
  },
  // A reply's report without "my" or "the": "GP said it's cosmetic", "HV told us to wait".
  { text: 'Reply: HV told us the milk spots would go.', expect: 'professional:describes' },
  { text: 'Doctor said no creams on the milia.', expect: 'professional:describes' },
  {
    text: 'My dermatologist took the milia out in five minutes.',
    expect: 'professional:describes',
  },
  { text: 'Milia are harmless, says one consultant dermatologist.', expect: null },
  {
    text: 'Our practitioners use a sterile needle to open each milium and express the contents.',
    expect: 'professional:describes',
  },
  {
    text: 'Reply: mate just leave em, or get the skin clinic to zap those milia',
    expect: 'professional:recommends',
  },
  { text: 'When to see a dermatologist about milia', expect: 'professional:recommends' },
  {
    text: 'Milia tips\n\n3. Ask about in-office extraction if they bother you.',
    expect: 'professional:recommends',
  },
  {
    text: 'Went to my GP about the milia on my cheeks and she said they would go.',
    expect: 'professional:describes',
  },
  { text: 'I get my milia extracted at my monthly facial.', expect: 'professional:describes' },
  { text: 'Milia aside, the therapist I see for my back is great.', expect: null },
  { text: 'Milia tips\n\nStep 4: Leave extraction to a pro', expect: 'professional:recommends' },
  { text: 'Milia care: a pro tip for your routine is to wear sunscreen.', expect: null },
  {
    text: 'Review: the milia kit scarred me, go to someone who does this for a living.',
    expect: 'professional:recommends',
  },
  {
    text: 'Reply: just let someone with a licence lance your milia.',
    expect: 'professional:recommends',
  },
  // Referrals by who is handed the job: an eye clinician, "the pros", someone equipped, a
  // clinician's eyes on it, the hand-over itself.
  {
    text: 'Milia on the lid are a job for an eye doctor, who can ease them out in minutes.',
    expect: 'professional:recommends',
  },
  { text: 'Reply: get an optometrist to check those milia.', expect: 'professional:recommends' },
  { text: 'Leave eyelid milia to the pros.', expect: 'professional:recommends' },
  {
    text: 'Let someone with the right tools take care of your milia.',
    expect: 'professional:recommends',
  },
  {
    text: 'Milia that keep growing should be checked by a dermatologist.',
    expect: 'professional:recommends',
  },
  {
    text: 'Honestly just get your milia removed by a derm, it takes minutes.',
    expect: 'professional:recommends',
  },
  {
    text: "Milia on my cheeks I'd try myself, but near the eye I'd hand over to a doctor.",
    expect: 'professional:recommends',
  },
  { text: 'Milia are best to go to the skin doctor for.', expect: 'professional:recommends' },
  {
    text: 'If the milia worry you, a GP can refer you on to a specialist.',
    expect: 'professional:recommends',
  },
  { text: 'Milia aside, the day staff hand over to the night nurse at eight.', expect: null },
  // Care told by its visit booked or asked, a clinician's later word, a clinic's referral, a
  // menu's removal by its aesthetician; not "asked the doctor" for something else.
  {
    text: "I'm booked in with a dermatologist for my milia next week.",
    expect: 'professional:describes',
  },
  { text: 'I asked my derm about the milia on my chin.', expect: 'professional:describes' },
  {
    text: 'The paediatrician later told us the milia would fade.',
    expect: 'professional:describes',
  },
  {
    text: 'Milia near the lashes are referred to an ophthalmologist.',
    expect: 'professional:describes',
  },
  {
    text: 'Each milium opened and emptied by a licensed aesthetician.',
    expect: 'professional:describes',
  },
  { text: 'My milia and I asked the doctor for a sick note.', expect: null },
  {
    text: 'Milia? Tweezers crush the cyst wall, so get them opened properly by a dermatologist.',
    expect: 'professional:recommends',
  },
  // "One for a specialist", "deserve a look from": the job handed over by what it is.
  {
    text: 'Milia that keep coming back deserve a look from a dermatologist.',
    expect: 'professional:recommends',
  },
  {
    text: 'Milia on the eyelid are one for an eye specialist, not a mirror at home.',
    expect: 'professional:recommends',
  },
  { text: 'Milia aside, this one for a doctor friend is a gift.', expect: null },
  // A shop's "Professional" names its goods, not who uses them; a sentence's still refers.
  {
    text: 'See a professional about milia and leave the tools alone.',
    expect: 'professional:recommends',
  },
  { text: 'Professional Milia Extractor Kit – 6 stainless tools', expect: null },
];
