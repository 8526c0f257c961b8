import type { CitedNote, Note, Source, SourceId } from './types.ts';

/**
 * The sheet's canonical table, verbatim: links shown to readers must point at the publisher's own
 * page, not at the copies the sheet was researched from. S5, S6 and S45 are "as listed under
 * Sources" in the sheet, so their URLs come from that list.
 */
export const SOURCES: Record<SourceId, Source> = {
  S1: {
    id: 'S1',
    citeAs: 'StatPearls, "Milia" (NCBI Bookshelf)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/32809316/',
  },
  S2: {
    id: 'S2',
    citeAs:
      'Berk DR, Bayliss SJ. Milia: a review and classification. J Am Acad Dermatol 2008;59:1050-63',
    url: 'https://doi.org/10.1016/j.jaad.2008.07.034',
  },
  S3: {
    id: 'S3',
    citeAs: 'Medscape, Pediatric Milia (overview)',
    url: 'https://emedicine.medscape.com/article/910405-overview',
  },
  S4: {
    id: 'S4',
    citeAs: 'Medscape, Pediatric Milia (treatment)',
    url: 'https://emedicine.medscape.com/article/910405-treatment',
  },
  S5: {
    id: 'S5',
    citeAs: 'Mayo Clinic, Milia (symptoms and causes)',
    url: 'https://www.mayoclinic.org/diseases-conditions/milia/symptoms-causes/syc-20375073',
  },
  S6: {
    id: 'S6',
    citeAs: 'Mayo Clinic, Milia (diagnosis and treatment)',
    url: 'https://www.mayoclinic.org/diseases-conditions/milia/diagnosis-treatment/drc-20375078',
  },
  S7: {
    id: 'S7',
    citeAs: 'MedlinePlus Medical Encyclopedia, "Milia"',
    url: 'https://medlineplus.gov/ency/article/001367.htm',
  },
  S8: { id: 'S8', citeAs: 'DermNet, "Milium, milia"', url: 'https://dermnetnz.org/topics/milium' },
  S11: {
    id: 'S11',
    citeAs: 'ASOPRS patient education, "Milia"',
    url: 'https://asoprseducation.org/milia',
  },
  S12: {
    id: 'S12',
    citeAs: 'All About Vision, "Milia"',
    url: 'https://www.allaboutvision.com/conditions/milia.htm',
  },
  S15: {
    id: 'S15',
    citeAs: "O'Connor NR et al. Newborn skin: Part I. Am Fam Physician 2008",
    url: 'https://pubmed.ncbi.nlm.nih.gov/18236822/',
  },
  S22: {
    id: 'S22',
    citeAs: 'MedlinePlus, basal cell carcinoma image page',
    url: 'https://medlineplus.gov/ency/imagepages/3188.htm',
  },
  S23: {
    id: 'S23',
    citeAs: 'Boggio P et al. Periorbital milia en plaque. Dermatol Online J',
    url: 'https://escholarship.org/uc/item/61p2h7vx',
  },
  S28: {
    id: 'S28',
    citeAs: 'Blanco G et al. periocular laser complications (PMC)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2884823/',
  },
  S31: {
    id: 'S31',
    citeAs: 'HealthLinkBC, "Dermabrasion"',
    url: 'https://www.healthlinkbc.ca/dermabrasion',
  },
  S36: {
    id: 'S36',
    citeAs: 'American Academy of Dermatology, "How to safely exfoliate at home"',
    url: 'https://www.aad.org/public/everyday-care/skin-care-basics/care/exfoliation',
  },
  S39: {
    id: 'S39',
    citeAs: 'Petrolatum vs antibiotic ointment trial (PubMed)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/21247662/',
  },
  S45: {
    id: 'S45',
    citeAs: 'AAP News, OTC adapalene approval',
    url: 'https://publications.aap.org/aapnews/news/14433/Topical-retinoid-acne-treatment-approved-for-OTC?autologincheck=redirected',
  },
  S46: {
    id: 'S46',
    citeAs: 'Kornhauser A et al. 2009 (PMC)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2791365/',
  },
};

/** The note with its sources written out, for a card that has no table to look them up in. */
export function citedNote(note: Note): CitedNote {
  return { ...note, sources: note.sources.map((id) => SOURCES[id]) };
}
