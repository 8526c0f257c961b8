import type { Hit } from './sentence-facts.ts';
import type { Verdict } from './verdict.ts';

/**
 * What the detector carries from one sentence to the next: DIY steps, "Don'ts" and supply lists,
 * the practice just told and a remedy's recipe. Its own module so that the sentence judge and
 * the topic carry share it without importing each other.
 */
export interface ProcedureState {
  /** Sentences left in which instructions count as DIY removal steps; 0 when none is open. */
  remaining: number;
  /** The last sentence evaluated told the reader to extract (two in a row make a procedure). */
  instructed?: boolean;
  /** Sentences left under a "Don'ts" heading, whose items are things not to do. */
  forbidding?: number;
  /** Sentences left under a "Tools you'll need" heading, whose items are things to get. */
  supplying?: number;
  /**
   * The DIY practice the last sentences told of or advised, and how many more sentences may judge
   * it without naming it ("I lanced mine with a lancet." … "Would 100% do it again.").
   */
  topic?: Judged;
  topicLeft?: number;
  /** The sentence being read opens its block: a reply, a new paragraph (set by the detector). */
  atBlockStart?: boolean;
  /**
   * Sentences left in which instructions count as steps of a home remedy just recommended or
   * introduced by a title ("Soothing oatmeal mask for milia-prone skin"); 0 or absent when none.
   */
  remedyLeft?: number;
  /** The page is written by a clinician ("As a licensed aesthetician…", "at our clinic"). */
  clinicianWrites?: boolean;
  /** Sentences left in which "she" or "he" may be the clinician just named. */
  clinicianLeft?: number;
  /**
   * Sentences left (judged or not) in which DIY advice is still about the baby just named ("Our newborn's
   * chin is covered in tiny bumps." then "A: let them be, they fade."); 0 or absent when none.
   */
  babyLeft?: number;
  /** Sentences left (judged or not) since milia were named; see hand-over.ts. */
  miliaLeft?: number;
}

export interface Judged {
  hit: Hit;
  verdict: Verdict;
}

/** How many sentences without a step keep an introduction to DIY steps in force. */
export const PROCEDURE_REACH = 4;
/**
 * After a single instruction, only the very next sentence is read as its possible next step
 * ("Prick the milium with a needle." then "The little white ball should pop out easily."): if it
 * is one, the steps run on as after an introduction; if not, the instruction stood alone.
 */
export const NEXT_STEP_REACH = 1;
