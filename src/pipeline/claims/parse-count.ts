/**
 * Read how many people (or places) a claim is about, with its qualifier (issue 5, step 2).
 *
 * The count is the number that quantifies the event's noun: troops for a surrender,
 * capture, desertion or losses, places for control, people for an evacuation.
 * "24" is exact; "at least five" is 5, at least; "more than 2,000", "over a dozen"
 * are more than; "almost 40", "around 300" are about; "up to eleven" is up to.
 * Vague amounts ("several dozen", "hundreds", "many") give no count: null.
 * Numbers of a unit ("ten kilometers", "2,300 square miles") and ordinals
 * ("the 22nd brigade") are not counts.
 *
 * @example
 * parseCount('More than 2,000 soldiers surrendered.', 'surrender', 16)
 * // => {count: 2000, qualifier: 'more than', start: 0, end: 15}
 */
import { isAsciiLetterCode, isDigitCode } from '../char-codes.ts';
import type { ClaimEvent } from '../schema.ts';
import { CIVILIAN_NOUNS, NUMBER_WORDS, PLACE_NOUNS, TROOP_NOUNS } from './lexicon.ts';

export type CountQualifier = 'exact' | 'at least' | 'more than' | 'about' | 'up to' | 'fewer than';
export type CountMatch = { count: number | null; qualifier: CountQualifier | null; start: number; end: number };

const QUALIFIERS: ReadonlyArray<[RegExp, CountQualifier]> = [
  [/^(?:at least|no fewer than|no less than|a minimum of)$/i, 'at least'],
  [/^(?:more than|over|upwards of|in excess of|above|well over|just over)$/i, 'more than'],
  [
    /^(?:almost|nearly|about|around|approximately|roughly|some|an estimated|close to|estimated|circa|up to about)$/i,
    'about',
  ],
  [/^(?:up to|as many as)$/i, 'up to'],
  [/^(?:fewer than|less than|under|below|just under)$/i, 'fewer than'],
];

const QUALIFIER_PATTERN =
  'at least|no fewer than|no less than|a minimum of|more than|well over|just over|over|upwards of|in excess of|above|' +
  'almost|nearly|about|around|approximately|roughly|some|an estimated|close to|estimated|circa|up to|as many as|' +
  'fewer than|less than|just under|under|below';
const WORD_NUMBER = Object.keys(NUMBER_WORDS)
  .filter((word) => word !== 'dozen')
  .join('|');
const NUMBER_PATTERN = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|a dozen|(?:${WORD_NUMBER})(?:[ -](?:${WORD_NUMBER}))?(?:\s+(?:hundred|thousand))?|a hundred|a thousand`;
const VAGUE_PATTERN = `several dozen|dozens|hundreds|thousands|scores|several|many|numerous|a number|a few|few|some`;

/** People, not units: "one unit of the brigade" counts no soldiers. */
const PEOPLE_NOUNS = TROOP_NOUNS.split('|')
  .filter(
    (noun) =>
      !/^(?:units\?|brigade|battalion|regiment|platoon|company|companies|side|crews\?|military|army|armies|forces)$/.test(
        noun,
      ),
  )
  .join('|');

function nounsFor(event: ClaimEvent): string {
  if (event === 'control') return PLACE_NOUNS;
  if (event === 'evacuation') return `${CIVILIAN_NOUNS}|${PEOPLE_NOUNS}`;
  if (event === 'losses') return `${PEOPLE_NOUNS}|tanks|vehicles|aircraft`;
  return `${PEOPLE_NOUNS}|${CIVILIAN_NOUNS}|individuals|Ukrainians|Russians|invaders|occupiers`;
}

/**
 * The count patterns, one per set of nouns (built once: parseCount runs for every trigger).
 * Sticky: they are tried only where a count can start (see `matchesAt`).
 */
const COUNT_PATTERNS = new Map<ClaimEvent, RegExp>();

export function countPattern(event: ClaimEvent): RegExp {
  let pattern = COUNT_PATTERNS.get(event);
  if (!pattern) {
    const nouns = nounsFor(event);
    pattern = new RegExp(
      String.raw`(?<![\w.,-])(?:(?<qualifier>${QUALIFIER_PATTERN})\s+)?(?:a total of\s+)?(?:(?<vague>${VAGUE_PATTERN})|(?<number>${NUMBER_PATTERN}))(?:\s+of)?(?:\s+(?:the\s+)?(?!\d)[\w’'"“”-]+){0,4}?\s+(?<noun>${nouns})\b`,
      'iy',
    );
    COUNT_PATTERNS.set(event, pattern);
  }
  return pattern;
}

/** "… and that four had been taken prisoner": a bare number right before the trigger */
export const BARE_COUNT = new RegExp(
  String.raw`(?<![\w.,-])(?:(?<qualifier>${QUALIFIER_PATTERN})\s+)?(?<number>${NUMBER_PATTERN})\s+(?:of them\s+)?(?:(?:had|have|has|were|was|are|is)\s+)?(?:(?:also|all|reportedly)\s+)?(?:been\s+)?$`,
  'iy',
);

/**
 * The words a count can start with, lower case: the first word of each qualifier, of "a total
 * of", of each vague amount and of each number word ("a" for "a dozen"); numerals start with a digit.
 */
const FIRST_WORDS = new Set(
  [QUALIFIER_PATTERN, 'a total of', VAGUE_PATTERN, ...Object.keys(NUMBER_WORDS), 'a dozen|a hundred|a thousand']
    .flatMap((alternatives) => alternatives.split('|'))
    .map((phrase) => phrase.split(' ')[0] as string),
);

/**
 * FIRST_WORDS as a tree of letters (a = 0 … z = 25), walked while a word is read: a word is
 * looked up without being sliced and lower-cased, and the walk stops at its first letter that
 * no word of FIRST_WORDS has there.
 */
type LetterNode = { isWord: boolean; next: Array<LetterNode | undefined> };
const FIRST_WORD_TREE: LetterNode = { isWord: false, next: [] };
for (const word of FIRST_WORDS) {
  let node = FIRST_WORD_TREE;
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 97;
    let child = node.next[letter];
    if (!child) {
      child = { isWord: false, next: [] };
      node.next[letter] = child;
    }
    node = child;
  }
  node.isWord = true;
}

/** What a character is to `matchesAt`: \w is a letter, a digit or "_" (only ASCII: no u flag). */
const NOT_WORD = 0;
const LETTER = 1;
const DIGIT = 2;
const UNDERSCORE = 3;
/** The kind of each ASCII code unit: one look-up where \w takes three range tests. */
const ASCII_KINDS = Uint8Array.from({ length: 128 }, (_, code) =>
  isAsciiLetterCode(code) ? LETTER : isDigitCode(code) ? DIGIT : code === 95 ? UNDERSCORE : NOT_WORD,
);

function charKind(code: number): number {
  return code < 128 ? (ASCII_KINDS[code] as number) : NOT_WORD;
}

/**
 * The matches `pattern.exec` would find scanning `text` from the start (all of them, or the
 * first), trying the sticky pattern only where a count can start. Exact: every pattern here
 * begins with (?<![\w.,-]) and then a word from FIRST_WORDS or a digit, each followed by a
 * non-letter (the patterns put \s, [ -] or a digit after it), so a match starts only at the
 * start of a run of \w characters whose letters make a word of FIRST_WORDS, or at a digit;
 * the candidates are tried left to right, past the end of the last match, as a global scan does.
 * Most of a sentence's words are not candidates, and the pattern's long alternations are
 * then not tried there.
 */
export function matchesAt(pattern: RegExp, text: string, all: boolean): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const kind = charKind(code);
    if (kind === NOT_WORD) {
      index++;
      continue;
    }
    let candidate = kind === DIGIT;
    // the end of the letters read so far: all \w
    let readEnd = index + 1;
    if (kind === LETTER) {
      // walk FIRST_WORD_TREE along the run of letters from here (code | 32 lower-cases a letter):
      // the run is a word of FIRST_WORDS if the walk reaches its end on a node that ends a word
      let node = FIRST_WORD_TREE.next[(code | 32) - 97];
      while (node && readEnd < text.length) {
        const next = text.charCodeAt(readEnd);
        if (charKind(next) !== LETTER) break;
        node = node.next[(next | 32) - 97];
        readEnd++;
      }
      candidate = node?.isWord === true;
    }
    if (candidate) {
      pattern.lastIndex = index;
      const match = pattern.exec(text);
      if (match) {
        found.push(match);
        if (!all) return found;
        index = match.index + match[0].length;
        continue;
      }
    }
    // the other positions of this run of \w follow a \w: no count starts there
    index = readEnd;
    while (index < text.length && charKind(text.charCodeAt(index)) !== NOT_WORD) index++;
  }
  return found;
}

/**
 * Whether `phrase` is only ASCII digits, at most 15 (the numbers of most counts): numberValue gives
 * then Number(phrase), as its general path does (nothing to lower-case, trim or strip of commas,
 * and a finite value; past 309 digits Number() is Infinity, which the general path reads as null).
 */
function isNumeral(phrase: string): boolean {
  if (phrase.length === 0 || phrase.length > 15) return false;
  for (let i = 0; i < phrase.length; i++) if (!isDigitCode(phrase.charCodeAt(i))) return false;
  return true;
}

/** Value of a number phrase: "2,000" -> 2000, "forty-five" -> 45, "a dozen" -> 12, "two hundred" -> 200. */
export function numberValue(phrase: string): number | null {
  if (isNumeral(phrase)) return Number(phrase);
  const text = phrase.toLowerCase().trim();
  if (/^[\d,.]+$/.test(text)) {
    const value = Number(text.replace(/,/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  if (text === 'a dozen') return 12;
  if (text === 'a hundred') return 100;
  if (text === 'a thousand') return 1000;
  let total = 0;
  let current = 0;
  for (const word of text.split(/[\s-]+/)) {
    if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else {
      const value = NUMBER_WORDS[word];
      if (value === undefined) return null;
      current += value;
    }
  }
  return total + current;
}

/**
 * Qualifiers already read, by phrase as matched. The phrases are alternatives of QUALIFIER_PATTERN
 * in some letter case, so they are few; the cap only bounds text that plays with letter case.
 */
const QUALIFIER_BY_PHRASE = new Map<string, CountQualifier>();

function qualifierOf(phrase: string | undefined): CountQualifier {
  if (!phrase) return 'exact';
  let qualifier = QUALIFIER_BY_PHRASE.get(phrase);
  if (qualifier === undefined) {
    qualifier = readQualifier(phrase);
    if (QUALIFIER_BY_PHRASE.size < 1000) QUALIFIER_BY_PHRASE.set(phrase, qualifier);
  }
  return qualifier;
}

function readQualifier(phrase: string): CountQualifier {
  const normalized = phrase.trim().replace(/\s+/g, ' ');
  for (const [pattern, qualifier] of QUALIFIERS) if (pattern.test(normalized)) return qualifier;
  return 'exact';
}

/**
 * @param clause the text to search (a sentence or the clause around the trigger)
 * @param event the event kind, which decides which nouns a count may quantify
 * @param anchor position of the trigger in `clause`: the nearest count wins
 * @param objectFollows the trigger is a transitive verb ("captured 40 soldiers"): its count
 *   follows it; otherwise the count is in the subject before it ("40 soldiers surrendered")
 */
export function parseCount(
  clause: string,
  event: ClaimEvent,
  anchor: number,
  objectFollows = false,
): CountMatch | null {
  const pattern = countPattern(event);
  let best: CountMatch | null = null;
  let bestDistance = 0;
  for (const found of matchesAt(pattern, clause, true)) {
    const start = found.index ?? 0;
    const groups = found.groups ?? {};
    const numberText = groups.number;
    const end = start + found[0].length;
    // a phrase that runs across the trigger is two phrases: "Two brigades captured 45 soldiers"
    const nounStart = end - (groups.noun?.length ?? 0);
    const across = anchor > start && anchor < nounStart;
    if (across && !objectFollows) continue;
    if (across) {
      const rest = clause.slice(anchor);
      const after = parseCount(rest.slice(rest.search(/\s/) + 1), event, 0, false);
      if (after) {
        const offset = anchor + rest.search(/\s/) + 1;
        return { ...after, start: after.start + offset, end: after.end + offset };
      }
      continue;
    }
    // the words between the number and the noun must not be a unit: "ten kilometers of troops" is not a count
    const middle = found[0].slice((groups.qualifier?.length ?? 0) + (numberText ?? groups.vague ?? '').length);
    if (
      /\b(?:km|kilomet(?:er|re)s?|miles?|meters?|metres?|percent|per cent|square|hours?|days?|weeks?|months?|years?)\b/i.test(
        middle,
      )
    ) {
      continue;
    }
    if (
      numberText &&
      /^\d/.test(numberText) &&
      /^(?:st|nd|rd|th)\b/i.test(clause.slice(start + found[0].indexOf(numberText) + numberText.length))
    ) {
      continue;
    }
    // the count on the expected side of the trigger wins over a nearer one on the other side
    const wrongSide = objectFollows ? start < anchor : start > anchor;
    const distance = Math.abs(start - anchor) + (wrongSide ? 1000 : 0);
    let match: CountMatch;
    if (numberText) {
      const value = numberValue(numberText);
      if (value === null) continue;
      // a year is a date, not a count
      if (/^(?:19|20)\d\d$/.test(numberText)) continue;
      match = {
        count: value,
        qualifier: qualifierOf(groups.qualifier),
        start,
        end: start + found[0].indexOf(numberText) + numberText.length,
      };
    } else {
      match = {
        count: null,
        qualifier: null,
        start,
        end: start + found[0].indexOf(groups.vague ?? '') + (groups.vague ?? '').length,
      };
    }
    if (!best || distance < bestDistance) {
      best = match;
      bestDistance = distance;
    }
  }
  // "… and that four had been taken prisoner": a bare number as the subject of the trigger
  if (!objectFollows) {
    const bare = matchesAt(BARE_COUNT, clause.slice(0, anchor), false)[0];
    const value = bare?.groups?.number ? numberValue(bare.groups.number) : null;
    if (bare && value !== null && !/^(?:19|20)\d\d$/.test(bare.groups?.number ?? '')) {
      return {
        count: value,
        qualifier: qualifierOf(bare.groups?.qualifier),
        start: bare.index,
        end: bare.index + bare[0].trimEnd().length,
      };
    }
  }
  return best;
}
