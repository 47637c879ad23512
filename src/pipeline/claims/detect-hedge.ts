/**
 * Does the text hedge a claim, or confirm it (issue 5, step 2)?
 *
 * true: the writer distances the text from the claim (claimed, purportedly,
 * allegedly, reportedly, "are said to", "may have", could not be verified,
 * unconfirmed). false: the claim is confirmed by both sides or independently
 * verified. null: neither.
 *
 * @example
 * detectHedge('Moscow claimed that 40 soldiers surrendered.') // => true
 * detectHedge('This was confirmed by both sides.') // => false
 * judgeClaimBefore('The footage could not be verified.') // => true
 */

const HEDGES =
  /\b(?:claim(?:ed|s|ing)?|purport(?:ed|edly|s)?|alleged(?:ly)?|reportedly|supposedly|apparently|rumou?r(?:s|ed)?|unverified|unverifiable|unconfirmed|not (?:been )?(?:independently )?(?:verified|confirmed)|could not (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)|cannot (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)|(?:is|are|was|were) said to|may have|might have|may be|might be|would have)\b/i;

const CONFIRMATIONS =
  /\b(?:confirmed (?:by|via) (?:both sides|(?:the )?(?:Russian|Ukrainian) and (?:Russian|Ukrainian)\b)|(?:both sides|both Kyiv and Moscow|both Moscow and Kyiv) (?:have )?confirmed|independently (?:verified|confirmed)|(?:verified|geolocated) (?:by|the footage))/i;

/** "could not be independently verified" is a hedge, though it names verification */
const NEGATED_CHECK =
  /\b(?:not|never|cannot|couldn['’]t|can['’]t)\s+(?:yet\s+)?(?:be\s+|been\s+)?(?:independently\s+)?(?:verif|confirm)/i;

/**
 * A necessary condition for any of the three patterns above, tested in one pass: every match
 * of NEGATED_CHECK holds "verif" or "confirm", every match of CONFIRMATIONS "confirm", "verif"
 * or "geolocat", and HEDGES is here whole. Most quotes match none of them: one scan of the
 * text says null for them instead of three.
 */
const ANY_CUE = new RegExp(`${HEDGES.source}|verif|confirm|geolocat`, 'i');

export function detectHedge(text: string): boolean | null {
  if (!ANY_CUE.test(text)) return null;
  if (NEGATED_CHECK.test(text)) return true;
  if (CONFIRMATIONS.test(text)) return false;
  if (HEDGES.test(text)) return true;
  return null;
}

const ABOUT_THE_CLAIM =
  /^(?:this|that|these|it|the (?:report|claim|footage|video|figure|number|account|information)s?)\b/i;

/**
 * A sentence that only judges the claim before it: "This was confirmed by both sides."
 * (false), "The footage could not be verified." (true); null for any other sentence.
 */
export function judgeClaimBefore(text: string): boolean | null {
  if (!ABOUT_THE_CLAIM.test(text.trim())) return null;
  return detectHedge(text);
}
