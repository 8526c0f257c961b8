import type { RedFlag } from './types.ts';

/** When to see a clinician (sheet section 6), grouped by who the sign concerns. */
export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'eyelid',
    audience: 'anyone',
    text: 'Any bump on the eyelid, at the lash line or right by the eye: leave removal to a professional.',
    sources: ['S12'],
  },
  {
    id: 'not-typical',
    audience: 'anyone',
    text: 'Pain, redness, swelling, pus, bleeding, crusting, a bump that grows or a sore that doesn’t heal: these are not typical of milia, so get checked.',
    sources: ['S8', 'S22'],
  },
  {
    id: 'pearly-bump',
    audience: 'anyone',
    text: 'A single shiny, see-through (“pearly”) bump with fine blood vessels, especially on sun-exposed skin, may be a type of skin cancer called basal cell carcinoma: get it checked.',
    sources: ['S22', 'S8'],
  },
  {
    id: 'adult-persistent',
    audience: 'adult',
    text: 'Milia that last many months despite gentle care.',
    sources: ['S3'],
  },
  {
    id: 'adult-eruptive',
    audience: 'adult',
    text: 'Many milia appearing suddenly; this has been reported with some medicines.',
    sources: ['S3', 'S11'],
  },
  {
    id: 'adult-red-patch',
    audience: 'adult',
    text: 'Milia on a red, raised patch of skin.',
    sources: ['S11', 'S3'],
  },
  {
    id: 'adult-blistering',
    audience: 'adult',
    text: 'Milia where the skin has blistered, which may point to a blistering skin disease.',
    sources: ['S2', 'S3'],
  },
  {
    id: 'baby-not-cleared',
    audience: 'baby',
    text: 'The bumps haven’t cleared by about 3 months, or you are worried.',
    sources: ['S5'],
  },
  {
    id: 'baby-unwell',
    audience: 'baby',
    text: 'Seek prompt care for any rash with signs of illness, such as fever, poor feeding or unusual sleepiness.',
    sources: ['S15'],
  },
  {
    id: 'baby-other-signs',
    audience: 'baby',
    text: 'Many or long-lasting milia together with blisters, unusual hair, nails or teeth, or differences in the face or mouth: some rare inherited conditions include milia.',
    sources: ['S2', 'S3'],
  },
];
