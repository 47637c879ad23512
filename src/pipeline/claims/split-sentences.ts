/**
 * Split an article body into sentences with character offsets (issue 5, step 1).
 *
 * The Unicode sentence rules (UAX #29, as Intl.Segmenter applies them: see
 * sentence-breaks.ts) handle closing quotes after a full stop (`“… surrendering.” This …`)
 * and keep `U.S.`-style initialisms, but on news text they break after title
 * abbreviations (`Maj. Gen. Ivan`, `Lt. Col.`, `Gov.`, `St. Petersburg`) and after month
 * abbreviations (`Jan. 5`). Those breaks are repaired here by joining a segment that ends
 * in such an abbreviation to the next one. A line break always ends a sentence: headlines,
 * captions and embedded posts in scraped articles carry no final full stop.
 *
 * Cost: one linear pass over the text.
 *
 * @example
 * splitSentences('Lt. Col. Ivan Petrov said so. They left.').map((s) => s.text)
 * // => ['Lt. Col. Ivan Petrov said so.', 'They left.']
 */
import { isAsciiLetterCode, isSpaceCode } from '../char-codes.ts';
import { sentenceBreaks } from './sentence-breaks.ts';

export type Sentence = {
  /** position in the article's list of sentences */
  index: number;
  start: number;
  end: number;
  text: string;
  /** paragraph number: paragraphs are separated by one or more blank lines or line breaks */
  paragraph: number;
};

/** Abbreviations that are followed by a name or a number, never by the end of a sentence. */
const JOINING_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'brig',
  'gov',
  'sen',
  'rep',
  'pres',
  'st',
  'mt',
  'ft',
  'no',
  'nos',
  'vol',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'vs',
  'hon',
  'rev',
  'sr',
  'jr',
]);
/** Letters in the longest of them ("approx"; before, a limit of 5 kept "approx." from ever joining). */
const LONGEST_ABBREVIATION = Math.max(...[...JOINING_ABBREVIATIONS].map((word) => word.length));

/**
 * Does text[start, end) end in a joining abbreviation and its full stop ("… Lt. ")?
 *
 * This is the pattern /(?:^|[\s(])([A-Za-z]{1,6})\.\s*$/ on the segment, read from its end
 * instead of tried at every position of it: the full stop must be the last character that is
 * not a space, the letters before it a whole run of 1 to LONGEST_ABBREVIATION (6, "approx")
 * ASCII letters (the character before the run, if any, a space or "(", which is never a
 * letter), and that run is the abbreviation.
 */
function endsWithJoiningAbbreviation(text: string, start: number, end: number): boolean {
  let dot = end - 1;
  while (dot >= start && isSpaceCode(text.charCodeAt(dot))) dot--;
  if (dot < start || text.charCodeAt(dot) !== 0x2e) return false;
  let wordStart = dot;
  // a run one letter longer than the longest abbreviation is already too long: stop counting there
  while (
    wordStart > start &&
    dot - wordStart <= LONGEST_ABBREVIATION &&
    isAsciiLetterCode(text.charCodeAt(wordStart - 1))
  )
    wordStart--;
  const length = dot - wordStart;
  if (length < 1 || length > LONGEST_ABBREVIATION) return false;
  if (wordStart > start) {
    const before = text.charCodeAt(wordStart - 1);
    if (!isSpaceCode(before) && before !== 0x28) return false;
  }
  return JOINING_ABBREVIATIONS.has(text.slice(wordStart, dot).toLowerCase());
}

/** Trim whitespace off both ends of [start, end) and return the new bounds. */
function trimBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  // Lines first: a line break always ends a sentence.
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      let pendingStart = -1;
      const breaks = sentenceBreaks(line);
      for (let part = 0; part <= breaks.length; part++) {
        const segmentStart = lineStart + (breaks[part - 1] ?? 0);
        if (pendingStart === -1) pendingStart = segmentStart;
        const segmentEnd = lineStart + (breaks[part] ?? line.length);
        const isLast = part === breaks.length;
        if (!isLast && endsWithJoiningAbbreviation(text, segmentStart, segmentEnd)) continue;
        const [start, end] = trimBounds(text, pendingStart, segmentEnd);
        if (end > start) {
          sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), paragraph });
        }
        pendingStart = -1;
      }
      paragraph++;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return sentences;
}
