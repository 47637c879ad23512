/**
 * Is a paragraph a photo caption or a picture credit (issue 5, step 5)?
 *
 * Captions describe a picture taken at another time and place ("This photograph taken
 * on September 11, 2022, shows … Photo by X/AFP via Getty Images"): their dates and
 * places are not those of the article's claims.
 *
 * @example
 * detectCaption('This photo taken on May 3 shows a tank. Photo by A. B./AFP') // => true
 */
const CAPTION_START =
  /^(?:this|the|a|an|in this)?\s*(?:file\s+)?(?:photo(?:graph)?|picture|image|screenshot|still|handout photo)\b(?:\s+taken\b[^.]{0,80}?)?(?:\s+[\w,-]+){0,3}?\s+(?:shows?|showing|depicts?|taken)\b/i;
const CREDIT =
  /\b(?:photos?|images?|pictures?)\s*(?:by\b|:|courtesy\b|credit\b)|\bvia Getty Images\b|\bGetty Images\b|\/(?:AFP|Reuters|AP|EPA|Getty)\b|\((?:photo|image)\s*:/i;

/**
 * A necessary condition for CREDIT, faster to test: each of its matches holds a "/" or one of
 * the words photo, image, picture (Getty Images holds "image"), in any case.
 */
const CREDIT_WORD = /photo|image|picture/i;

function mayHoldCredit(text: string): boolean {
  return text.indexOf('/') !== -1 || CREDIT_WORD.test(text);
}

export function detectCaption(paragraph: string): boolean {
  const text = paragraph.trim();
  return CAPTION_START.test(text) || (mayHoldCredit(text) && CREDIT.test(text));
}
