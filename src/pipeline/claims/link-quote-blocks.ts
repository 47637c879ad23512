/**
 * Group the sentences of a quotation that runs over several sentences (issue 5, step 3).
 *
 * "“Nine men gave up. They were hungry,” the officer said." is two sentences with one
 * speaker: both get the same block number, so the speaker named in the last one is the
 * source of the first. Double quotes, curly or straight, are followed inside a paragraph.
 *
 * @example
 * linkQuoteBlocks(splitSentences('"A. B," he said. C.')) // => [0, 0, null]
 */
import type { Sentence } from './split-sentences.ts';

const OPENING = '“'.charCodeAt(0);
const CLOSING = '”'.charCodeAt(0);
const STRAIGHT = '"'.charCodeAt(0);

/**
 * Does the text hold a double quote of any kind? Most sentences hold none, and a sentence
 * without one leaves the state of the walk below as it was; indexOf finds a single code
 * unit much faster than a loop over every character does.
 */
function hasQuote(text: string): boolean {
  return text.indexOf('"') !== -1 || text.indexOf('“') !== -1 || text.indexOf('”') !== -1;
}

export function linkQuoteBlocks(sentences: Sentence[]): Array<number | null> {
  const blocks: Array<number | null> = sentences.map(() => null);
  let open = false;
  let blockStart = -1;
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      open = false;
      paragraph = sentence.paragraph;
    }
    const wasOpen = open;
    let closed = false;
    const text = sentence.text;
    if (hasQuote(text)) {
      // code units, not a string iterator: the quotes are single code units, never half a pair
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === OPENING) open = true;
        else if (code === CLOSING) {
          if (open) closed = true;
          open = false;
        } else if (code === STRAIGHT) {
          if (open) closed = true;
          open = !open;
        }
      }
    }
    if (wasOpen) {
      blocks[sentence.index] = blockStart;
      blocks[blockStart] = blockStart;
    }
    // a quote still open at the end of the sentence runs on into the next one
    if (open && (!wasOpen || closed)) blockStart = sentence.index;
  }
  return blocks;
}
