/**
 * Decide what part a place mention plays in the text (issue 4, "Roles"), so that claims
 * are placed only at event locations:
 * - dateline: the place that opens a paragraph before ":" or a dash ("New York: Russian troops...");
 * - origin: where people come from ("prisoners confirmed they were from Grozny");
 * - comparison: a yardstick ("four times the size of Greater London");
 * - metonym: the name stands for its government or army ("Kiev's forces", "Moscow has accused",
 *   "the Kiev regime", "sanctions imposed by Washington", a headline's source "…: Kyiv");
 * - other: a real place where nothing happened: the venue of a statement ("a press
 *   conference in Estonia", "In Berlin, officials said"), or a place in a photo caption;
 * - event: everything else.
 */
import { isSpaceCode } from '../char-codes.ts';
import type { Role } from '../schema.ts';
import { GOVERNMENT_NOUNS, SPEECH_VERBS } from './word-lists.ts';

/**
 * An end-anchored pattern whose every match starts with a word and holds at most `words`
 * words (runs of non-whitespace). Its start is not anchored, so the regex engine tries it at
 * every position of the text; it finds the same on the last `words` words (see `lastWords`).
 */
export type TailPattern = { pattern: RegExp; words: number };

// "were from", "came originally from", "born in", "natives of", then "the", "X's": at most 5 words
const ORIGIN_BEFORE: TailPattern = {
  words: 5,
  pattern:
    /\b(?:(?:were|was|are|is|be|been|come|came|comes|coming|hail|hails|hailed|hailing|originally|natives?|residents?|citizens?|people|men|women|fighters|prisoners|soldiers|troops|forces|units?|volunteers|conscripts|refugees|migrants|families|students)\s+(?:\w+\s+)?from|born\s+in|native\s+of|natives\s+of)\s+(?:the\s+)?(?:[\p{L}’']+['’]s\s+)?$/iu,
};
/**
 * How every match of ORIGIN_BEFORE ends: its last word is "from", "in", "of" or "the", whole, or
 * ends in "'s" (where /iu reads ſ as s; no other letter folds to these), then blanks. A cheaper
 * test, run first.
 */
const ORIGIN_ENDING: TailPattern = { words: 1, pattern: /(?:\b(?:from|in|of|the)|['’][sſ])\s+$/i };
/**
 * How every match of ORIGIN_BEFORE ends, from the word that leads to the place: "from", "born
 * in", "native(s) of", then "the" and "X's" at most. A cheaper test than ORIGIN_BEFORE (no
 * Unicode mode, one word to look for), run after ORIGIN_ENDING.
 */
const ORIGIN_LEAD: TailPattern = { words: 4, pattern: /(?:from|born\s+in|native[sſ]?\s+of)\s+(?:\S+\s+){0,2}$/i };
// a verb, up to 3 words, "from", then "the", "X's": at most 7 words
const MOVEMENT_BEFORE_FROM: TailPattern = {
  words: 7,
  pattern:
    /\b(?:fled|flee|fleeing|flees|withdr[ae]w|withdrawn|withdrawing|retreat(?:ed|ing)?|evacuat(?:ed|ing|ion)|push(?:ed|ing)?|driven|drove|expelled|ousted|advanc(?:ed|ing)|launched|fired|shelled|attacked|struck|crossed|moved|moving)\s+(?:\w+\s+){0,3}from\s+(?:the\s+)?(?:[\p{L}’']+['’]s\s+)?$/iu,
};
// "times the size of", then "the", "city of": at most 7 words
const COMPARISON_BEFORE: TailPattern = {
  words: 7,
  pattern:
    /\b(?:size\s+of|times\s+(?:the\s+)?(?:size|area)\s+of|as\s+(?:large|big|small|long|wide)\s+as|(?:larger|bigger|smaller|longer|wider)\s+than|area\s+of|equivalent\s+to|compared\s+(?:with|to))\s+(?:the\s+)?(?:city\s+of\s+|state\s+of\s+)?$/i,
};
/**
 * How every match of COMPARISON_BEFORE ends: its last word is one of these, whole (blanks come
 * before each), then blanks. A cheaper test, run first.
 */
const COMPARISON_ENDING: TailPattern = { words: 1, pattern: /\b(?:of|as|than|to|with|the)\s+$/i };
// up to 40 characters between the noun and "in": no useful bound in words
export const VENUE_BEFORE =
  /\b(?:press\s+conference|news\s+conference|conference|meeting|summit|talks|session|assembly|forum|visit|interview|speech|address|ceremony|briefing|embassy|headquarters|leadership|government|officials|authorities|regime)\b[^.;!?]{0,40}?\b(?:in|at)\s+(?:the\s+)?$/i;
/** How every match of VENUE_BEFORE ends: a cheaper test, run first. */
const VENUE_ENDING: TailPattern = { words: 2, pattern: /\b(?:in|at)\s+(?:the\s+)?$/i };
const AGENT_BEFORE: TailPattern = { words: 1, pattern: /\b(?:by|with|against|between|and)\s+$/i };
const SANCTIONED_BY_BEFORE: TailPattern = {
  words: 2,
  pattern: /\b(?:imposed|blocked|supplied|backed|ordered|controlled|recognized|sanctioned)\s+by\s+$/i,
};
/** After a preposition ("in Moscow", "from the Kremlin") a name is no subject of a verb. */
const PREPOSITION_BEFORE: TailPattern = { words: 2, pattern: /\b(?:in|at|near|from|to|into|of)\s+(?:the\s+)?$/i };
/** A government as the object of a reproach or a demand: "accused Kyiv of", "urged Washington to". */
const GOVERNMENT_OBJECT_BEFORE: TailPattern = {
  words: 2,
  pattern:
    /\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|urg(?:ed|es|ing)|call(?:ed|s|ing)\s+on|press(?:ed|es|ing)|pressur(?:ed|es|ing)|warn(?:ed|s|ing)|condemn(?:ed|s|ing)|criticiz(?:ed|es|ing)|criticis(?:ed|es|ing)|sanction(?:ed|s|ing))\s+$/i,
};
/** The patterns tested on the last words before a name (exported for the tests). */
export const TAIL_PATTERNS = {
  ORIGIN_BEFORE,
  ORIGIN_ENDING,
  ORIGIN_LEAD,
  MOVEMENT_BEFORE_FROM,
  COMPARISON_BEFORE,
  COMPARISON_ENDING,
  VENUE_ENDING,
  AGENT_BEFORE,
  SANCTIONED_BY_BEFORE,
  PREPOSITION_BEFORE,
  GOVERNMENT_OBJECT_BEFORE,
};

export const CAPTION =
  /(?:\bphoto(?:graph)?\b[^.\n]{0,40}\b(?:taken|shows?|by|courtesy)\b|getty images|\bafp\b|\breuters\/|\bap photo\b|\bpictured\b|\bfile photo\b)/i;
/**
 * What every CAPTION match holds: a cheaper search, run first (no \b to test at each character;
 * under /i without u only ASCII letters fold to ASCII letters, as in CAPTION).
 */
export const CAPTION_WORDS = /photo|getty images|afp|reuters\/|pictured/i;

/** The start of a dateline's line before its place: blank, or a short "CITY, Region," lead. */
export const DATELINE_BEFORE = /^\s*(?:[\p{L}.’' -]{0,30},\s*)?$/u;
/** What follows a dateline's place: a colon, a dash or an agency tag, possibly after a date. */
export const DATELINE_AFTER =
  /^\s*(?:,\s*[\p{L}\p{N}. ]{2,30})?\s*(?::|—|–|--| - |\s*\((?:Reuters|AP|AFP|dpa|UPI|TASS|Xinhua|CNN|BBC|RIA Novosti|Interfax|Ukrinform|Bloomberg)\))/u;

/**
 * `text` from the start of its last `words` words (runs of non-whitespace), with the
 * whitespace after them. An end-anchored match that starts with a word and holds at most
 * `words` words lies inside it; and the tail starts after a whitespace (or at 0), where `\b`
 * reads the same as at the start of a text: a TailPattern finds the same on the tail.
 */
export function lastWords(text: string, words: number): string {
  let at = text.length;
  for (let word = 0; word < words && at > 0; word++) {
    while (at > 0 && isSpaceCode(text.charCodeAt(at - 1))) at--;
    while (at > 0 && !isSpaceCode(text.charCodeAt(at - 1))) at--;
  }
  return text.slice(at);
}

/** The line of `text` after `end`, at most `length` characters of it (0 <= end <= text.length). */
function lineAfter(text: string, end: number, length: number): string {
  const window = text.slice(end, end + length);
  const newline = window.indexOf('\n');
  return newline === -1 ? window : window.slice(0, newline);
}

/** How far back from a name its rules read the line before it. */
const BEFORE_LENGTH = 120;

/** Where the line holding `start` begins: after the last '\n' before it. */
function lineStartOf(text: string, start: number): number {
  return text.lastIndexOf('\n', start - 1) + 1;
}

/** The line of `text` before `start`, at most BEFORE_LENGTH characters of it (0 <= start <= text.length). */
function lineBefore(text: string, start: number): string {
  // searched for '\n' only as far back as it reads: a line may run for thousands of characters
  const window = text.slice(Math.max(0, start - BEFORE_LENGTH), start);
  return window.slice(window.lastIndexOf('\n') + 1);
}

/**
 * The last words of `lineBefore(text, start)`, read back from the name only as far as a pattern
 * asks: `tail(words)` is `lastWords(lineBefore(text, start), words)`. Most names need their last
 * word or two, and no search for the line's start: a '\n' met on the way back is where the line
 * begins, as no '\n' lies inside the line.
 */
class WordsBefore {
  private readonly text: string;
  private readonly start: number;
  /** where the line before the name begins, as far as known: `start` - BEFORE_LENGTH, or 0, or after a '\n' */
  private floor: number;
  /** where the last 0, 1, 2… words begin, as far as read */
  private readonly starts: number[];

  constructor(text: string, start: number) {
    this.text = text;
    this.start = start;
    this.floor = Math.max(0, start - BEFORE_LENGTH);
    this.starts = [start];
  }

  tail(words: number): string {
    const { text, starts } = this;
    let at = starts[starts.length - 1] as number;
    let floor = this.floor;
    while (starts.length <= words && at > floor) {
      while (at > floor && isSpaceCode(text.charCodeAt(at - 1))) {
        if (text.charCodeAt(at - 1) === 0x0a) floor = at;
        else at--;
      }
      while (at > floor && !isSpaceCode(text.charCodeAt(at - 1))) at--;
      starts.push(at);
    }
    this.floor = floor;
    return text.slice(starts[Math.min(words, starts.length - 1)], this.start);
  }

  /** A TailPattern, tested on the last words it can span. */
  test(tailPattern: TailPattern): boolean {
    return tailPattern.pattern.test(this.tail(tailPattern.words));
  }
}

/** The index of the first non-blank of `text`, or its length. */
function skipBlanks(text: string): number {
  let at = 0;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** Where the blanks before `start` on its line begin. */
function blanksBefore(text: string, start: number): number {
  let at = start;
  while (at > 0 && text.charCodeAt(at - 1) !== 0x0a && isSpaceCode(text.charCodeAt(at - 1))) at--;
  return at;
}

/**
 * Every DATELINE_AFTER match starts with blanks and one of , : — – ( - : a cheap test, run first,
 * as the {2,30} run of \p{L} makes that regex slow on any text (and DATELINE_BEFORE's {0,30}, too).
 */
function isDatelineLeadCode(code: number): boolean {
  return code === 0x2c || code === 0x3a || code === 0x2014 || code === 0x2013 || code === 0x28 || code === 0x2d;
}

/**
 * A dateline: the place opens its line (after at most a short "CITY, Region," lead) and is
 * followed by a dash, a colon or an agency tag, possibly after a date: "KYIV —",
 * "MOSCOW, Aug 7 (Reuters) -", "New York: ...".
 */
export function isDateline(text: string, start: number, end: number): boolean {
  return isDatelineBefore(text, start, lineAfter(text, end, 80));
}

/** `isDateline`, given the line after the name (`lineAfter(text, end, 80)`). */
function isDatelineBefore(text: string, start: number, after: string): boolean {
  if (!isDatelineLeadCode(after.charCodeAt(skipBlanks(after)))) return false;
  // DATELINE_BEFORE matches only blanks, or a lead whose last non-blank is a comma
  const leadEnd = blanksBefore(text, start);
  if (leadEnd > 0 && text.charCodeAt(leadEnd - 1) !== 0x0a && text.charCodeAt(leadEnd - 1) !== 0x2c) return false;
  return DATELINE_BEFORE.test(text.slice(lineStartOf(text, start), start)) && DATELINE_AFTER.test(after);
}

/** Officials speaking from a capital: "In Berlin, officials said ...", "In Moscow, the Kremlin denied ...". */
export const CAPITAL_SOURCE_AFTER =
  /^\s*,\s*(?:(?:the|a|senior|top|government|foreign|defen[cs]e|military|some|two|several)\s+){0,3}(?:officials?|authorities|government|ministry|ministers?|diplomats?|lawmakers|spokes(?:man|woman|person)|kremlin|president|prime minister|leaders?|sources?)\b[^.;]{0,40}?\b(?:said|says|say|announced|denied|told|stated|insisted|warned|confirmed|claimed|declared|rejected)\b/i;
/** "In Berlin, …": "in" opens the line or a sentence, then blanks. */
const IN_OPENING_BEFORE = /(?:^|[.!?;"“]\s*)in\s+$/i;

/**
 * Whether the line before `start` ends with "in" (any case), then blanks, as every match of
 * IN_OPENING_BEFORE does. A cheaper test, run first.
 */
function endsWithInAndBlanks(text: string, start: number): boolean {
  const at = blanksBefore(text, start);
  // c | 0x20 is 'n' (0x6e) for 'n' and 'N' only, 'i' (0x69) for 'i' and 'I' only; a '\n' is neither
  return at < start && (text.charCodeAt(at - 1) | 0x20) === 0x6e && (text.charCodeAt(at - 2) | 0x20) === 0x69;
}

/** The name is the subject of a statement or decision: "Washington said", "Moscow has repeatedly denied". */
export function governmentSpeaks(text: string, start: number, end: number): boolean {
  const after = lineAfter(text, end, 80);
  const before = text.slice(Math.max(0, start - 30), start);
  return (
    SPEECH_VERBS.test(after.replace(/^\s*(?:,\s*(?:however|though|meanwhile|in turn|for its part)\s*,\s*)?/i, '')) &&
    !PREPOSITION_BEFORE.pattern.test(lastWords(before, PREPOSITION_BEFORE.words))
  );
}

/** Whether `code` is ' or ’. */
function isApostropheCode(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/**
 * A possessive name, as `/^['’]s?\s/.test(after) || /['’]s/.test(text.slice(end - 2, end))`
 * (read by character): "Kyiv's forces", "the Netherlands' forces", or a name ending in "'s".
 */
function isPossessive(text: string, end: number, after: string): boolean {
  if (isApostropheCode(after.charCodeAt(0))) {
    // charCodeAt past the end is NaN, which is no blank and no 's'
    if (isSpaceCode(after.charCodeAt(1))) return true;
    if (after.charCodeAt(1) === 0x73 && isSpaceCode(after.charCodeAt(2))) return true;
  }
  return end >= 2 && isApostropheCode(text.charCodeAt(end - 2)) && text.charCodeAt(end - 1) === 0x73;
}

export type RoleContext = {
  /** the place is a capital city or a country: its name may stand for its government */
  government?: boolean;
};

export function assignRole(
  text: string,
  start: number,
  end: number,
  kind: 'country' | 'region' | 'settlement' | 'macro' | null,
  context: RoleContext = {},
): Role {
  const after = lineAfter(text, end, 80);
  // the TailPatterns find on the last words before the name what they find on the whole line before it
  const before = new WordsBefore(text, start);

  if (isDatelineBefore(text, start, after)) return 'dateline';
  if (context.government) {
    // A headline ending in its source ("Soldiers Surrendering: Kyiv"): the place is who says it.
    if (/^\s*$/.test(after) && /\S\s*:\s*$/.test(lineBefore(text, start))) return 'metonym';
    if (
      endsWithInAndBlanks(text, start) &&
      IN_OPENING_BEFORE.test(text.slice(lineStartOf(text, start), start)) &&
      CAPITAL_SOURCE_AFTER.test(after)
    )
      return 'other';
    if (before.test(GOVERNMENT_OBJECT_BEFORE) && /^\s+(?:of|for|to|over|into|against|that|not)\b/i.test(after))
      return 'metonym';
  }
  if (before.test(COMPARISON_ENDING) && before.test(COMPARISON_BEFORE)) return 'comparison';
  if (
    before.test(ORIGIN_ENDING) &&
    before.test(ORIGIN_LEAD) &&
    before.test(ORIGIN_BEFORE) &&
    !before.test(MOVEMENT_BEFORE_FROM)
  )
    return 'origin';
  if (isPossessive(text, end, after)) {
    const governed = after.replace(/^['’]s?\s+/, '');
    if (GOVERNMENT_NOUNS.test(governed) || /^\d+(?:st|nd|rd|th)\b/.test(governed)) return 'metonym';
  }
  if (/^\s+(?:regime|government|leadership|authorities|officials)\b/i.test(after)) return 'metonym';
  if (
    (kind !== 'region' || context.government) &&
    SPEECH_VERBS.test(
      after.replace(/^\s*(?:,\s*(?:however|though|meanwhile|in turn|for its part|for their part)\s*,\s*)?/i, ''),
    ) &&
    !before.test(PREPOSITION_BEFORE)
  ) {
    return 'metonym';
  }
  if (before.test(VENUE_ENDING) && VENUE_BEFORE.test(lineBefore(text, start))) return 'other';
  if (before.test(AGENT_BEFORE) && before.test(SANCTIONED_BY_BEFORE)) return 'metonym';
  if (mayHoldCaption(text) && isCaption(text, start, end)) return 'other';
  return 'event';
}

/**
 * The last text searched for a caption anywhere. A text where CAPTION finds nothing has no caption
 * line, as a match on a line is one on the text (CAPTION spans no '\n', and '\n' reads as the
 * line's edge does for \b). The calls for one text come one after another (~12 per article), so
 * this one entry searches each text once (and most texts only for CAPTION_WORDS) instead of
 * finding each name's line and searching it.
 */
let lastText = { text: '', captionFree: true };

/** Whether a line of `text` may be a caption. */
function mayHoldCaption(text: string): boolean {
  if (lastText.text !== text) lastText = { text, captionFree: !(CAPTION_WORDS.test(text) && CAPTION.test(text)) };
  return !lastText.captionFree;
}

/** Whether the line of the name is a photo caption. */
function isCaption(text: string, start: number, end: number): boolean {
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  return CAPTION.test(text.slice(lineStartOf(text, start), lineEnd));
}
