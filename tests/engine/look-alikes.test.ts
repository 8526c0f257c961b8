import { describe, expect, test } from 'vitest';
import { createPageDetector, detect } from '../../src/engine/detect.ts';

/**
 * Pages that share a name or a tool with milia advice but are about something else. They were
 * written fresh (not taken from the corpus) to check the context rules rather than one sentence:
 * the page must get no warning, and must not make later blocks count as milia advice.
 */
const LOOK_ALIKES: Record<string, string[]> = {
  'oil seeds on a farming page': [
    'India is one of the largest producers of oil seeds, including groundnut, mustard and soybean.',
    'Farmers harvest the oil seeds and then press them to extract the oil at home with an expeller.',
    'Clean the seeds, dry them in the sun, and crush them with a heavy stone.',
  ],
  'a sewing tutorial': [
    "Tools you'll need:",
    'A sharp needle and a spool of cotton thread',
    'Pins to hold the seam while you sew',
    'Push the needle through both layers and pull the thread tight.',
  ],
  'a seeded bread recipe': [
    "What you'll need:",
    '500 g strong white flour',
    '3 tbsp mixed oil seeds (sunflower, linseed and sesame)',
    'A sharp knife or razor blade to score the top of the loaf',
  ],
  // Harm told as a story, with no milia in it: a kitchen burn and a trip to hospital.
  'a kitchen mishap': [
    'I left the pan on too long and burnt a small hole in the base.',
    'My neighbour sliced her thumb with a bread knife and ended up in A&E.',
    'The scald got a swollen blister, so run it under cool water for twenty minutes.',
  ],
  // Booking and sending words with no clinician in sight: a library and a postal page.
  'a library notice': [
    'The new crime novel is the best book in the series, so book in early for the reading group.',
    'Pop into the library on Saturday and ask the staff for a referral slip.',
    'We sent them to the post office with the parcel, then point you to the right counter.',
  ],
  'a splinter at home': [
    'Sterilise a needle with rubbing alcohol and gently lift the skin over the splinter.',
    'Squeeze the area lightly until the tip of the splinter comes out.',
  ],
};

describe('look-alike pages', () => {
  test.each(Object.entries(LOOK_ALIKES))('%s gets no finding at all', (_, blocks) => {
    const context = { aboutMilia: false };
    const detector = createPageDetector(context);
    const findings = blocks.flatMap((block) => detector.scan(block));
    expect(findings).toEqual([]);
    expect(context.aboutMilia).toBe(false);
  });

  test('"oil seeds" on skin still names milia', () => {
    const kinds = detect('The tiny white bumps on my face are oil seeds.').map((f) => f.kind);
    expect(kinds).toContain('milia-term');
  });

  /** Pages that mention milia once and then turn to something else: none of it is an alarm. */
  const MENTION_ONCE: Record<string, string[]> = {
    'a tools list': [
      'My daughter had milia when she was born, so I made her a soft quilt while they cleared.',
      "Tools you'll need:",
      'A sewing needle',
      'A pair of sharp fabric scissors',
      'What you need',
      '- a seam ripper',
      '- a blade for trimming the batting',
    ],
    // A bare "Try a warm compress" under a milia heading is a remedy; these name their use.
    'kitchen steps': [
      'I had milia as a teenager, and now I write about food and keeping house.',
      'Drizzle lemon juice over the fish just before serving.',
      'Squeeze half a lemon over the salad.',
      'Finish the tacos with a squeeze of lime.',
      'Use lemon juice in the dressing.',
      'Try a little lime in the salsa.',
      'Use baking soda to clean the oven.',
      'Brush your teeth with toothpaste twice a day.',
      'Steam the broccoli for five minutes.',
      'Use honey instead of sugar.',
      'Apply vinegar to the windows and wipe dry.',
      'Rub sea salt into the chicken skin before roasting.',
      'Warm a spoon of golden syrup and drizzle it over the porridge.',
      'Dry brush the mushrooms rather than washing them.',
      'A magic eraser takes the scuff marks off the skirting boards.',
      // Salt, a heated spoon and household abrasives aimed at "it", a dish, a splinter or a coat.
      'Sprinkle flaky salt over the sliced courgettes and leave them to sweat.',
      'Scatter the salt over it, then carve.',
      'Heat a teaspoon and rest it over the splinter to coax it out.',
      'Dry brush the spaniel once a week to keep its coat shiny.',
      'Work it over with fine sandpaper until the varnish is gone.',
    ],
    // A face word that is not where the salt, spoon or abrasive goes: a verb, a fall, a boat's
    // nose, a safety line, a bite on the cheek, a temple's doors, a dog's eyes.
    'face words elsewhere': [
      'Milia are harmless and clear up on their own.',
      'Season the steak with salt, then rest it; face the fat side up.',
      'Pour rock salt on the icy steps so nobody falls on their face.',
      'Sprinkle salt on the slugs on the nose of the boat.',
      'Epsom salt in a warm bath eases sore muscles; keep it away from your eyes.',
      'Heat a teaspoon and press it on the mosquito bite on your cheek for a few seconds.',
      'Heat the teaspoon over the stove to face the chocolate curls.',
      "Use fine sandpaper on the temple's old wooden doors.",
      'A magic eraser will take the marker off the kitchen cabinet, just keep it away from your eyes.',
      'Dry brushing the dog removes the loose hair; watch his eyes.',
      'Rub a pinch of salt into the splinter on her chin to draw it out.',
      'Face the cut side down and salt the aubergine generously.',
    ],
    // The needle, the scrub and "remove" at other jobs on the same page: a splinter, a tick, a
    // hem, the dinner.
    'the same tools at other jobs': [
      'We found milia on her cheeks last winter; they were gone by spring.',
      'Use a sterile needle to remove the splinter from your finger.',
      'Pull the tick out slowly with fine tweezers, close to the skin, and remove it whole.',
      'Sterilise the needle before you sew the hem.',
      'Prick the sausages with a fork before they go under the grill.',
      'Scrub the new potatoes well and leave their skins on.',
    ],
    // Oils and gels rubbed on another part of the body are aimed at that part, not at milia.
    'body oils': [
      "My daughter had milia as a newborn; these days it's her eczema we fight.",
      'Smooth a few drops of lavender oil over the dry skin on her knees after the bath.',
      'Work coconut oil into your scalp and leave it overnight.',
      'Rub some aloe vera onto sunburnt shoulders to cool the skin.',
      'Massage peppermint oil into the skin of tired feet.',
    ],
  };

  test.each(Object.entries(MENTION_ONCE))(
    '%s on a page that mentions milia once raises no alarm',
    (_, blocks) => {
      const detector = createPageDetector();
      const findings = blocks.flatMap((block) => detector.scan(block));
      expect(findings.filter((f) => ALARMS.has(f.severity))).toEqual([]);
    },
  );
});

/**
 * Everyday handling told just after milia are named: "them" or "it" is the cookies', the bolt's or
 * the bruise's, and bumps on a toad are the toad's. None of it is read as advice about milia.
 */
const HANDLING_ELSEWHERE = [
  "Don't touch them: the cookies are still hot from the oven.",
  "Don't touch it! The pan handle is hot.",
  'Stop pressing on it, the bruise on your shin will heal on its own.',
  'Never force it: if the bolt is seized, leave it to a pro and call a plumber instead.',
  "Don't fiddle with them, the fairy lights are fragile.",
  'Stop messing with it, the chin strap on the helmet is fine as it is.',
  "Don't touch the spots on the wallpaper, the paint is still wet.",
  'Never touch the bumps on a toad, they can irritate your eyes.',
  'Never press on the bumps on a new tattoo, they will scab.',
];

test.each(HANDLING_ELSEWHERE)('after a milia line, "%s" judges no DIY removal', (line) => {
  const findings = detect(`Milia are harmless.\n\n${line}`);
  expect(findings.filter((f) => f.kind === 'diy-extraction')).toEqual([]);
});

/** Care offered with milia named, but no removal handed over: a check-up, a face wash, a visit. */
const CARE_NOT_HAND_OVER = [
  'Milia are harmless. Ask your GP to check the rash properly if it spreads.',
  'Milia questions? See a dermatologist and wash your face properly morning and night.',
  "Milia are common in newborns. Pop in to see the practice nurse if you're worried and she'll check him properly.",
  'Got milia? Popular opinion: see a dermatologist, they do this for a living.',
  'Milia are harmless.\n\nNever press the pimples on your back, see a dermatologist instead.',
];

test.each(CARE_NOT_HAND_OVER)('"%s" hands no removal over', (text) => {
  expect(detect(text).filter((f) => f.rule === 'diy-hand-over')).toEqual([]);
});

const ALARMS = new Set(['warning', 'caution', 'danger']);

/**
 * The other side of "the same tools at other jobs": DIY advice about milia told as "them" that
 * names a sewing verb, a kitchen word or a knee in passing is still advice about milia.
 */
const MILIA_ADVICE_IN_OTHER_WORDS: [string, string][] = [
  ['My knee-jerk reaction was to squeeze them, which only made them red and sore.', 'discourages'],
  [
    'Sterilise a needle (the kind you’d use to sew on a button) and gently prick them.',
    'recommends',
  ],
  [
    'Grab a needle, the thin kind you sew with, sterilise it and nick the top of each one.',
    'recommends',
  ],
  ['Never use the needle you sew with to pick at them.', 'discourages'],
  ["Don't squeeze them, or your face will look like minced meat for a week.", 'discourages'],
  ["Don't remove them yourself unless you want your face to look like raw chicken.", 'discourages'],
  ["Don't pick at them; leave them alone and let the skin knit.", 'discourages'],
];

test.each(MILIA_ADVICE_IN_OTHER_WORDS)(
  'after a milia line, "%s" %s DIY removal',
  (line, stance) => {
    const findings = detect(`I have milia under my eyes.\n\n${line}`);
    expect(findings.filter((f) => f.kind === 'diy-extraction').map((f) => f.stance)).toContain(
      stance,
    );
  },
);
