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
 * How every match of ORIGIN_BEFORE ends: "from", "in" or "of", then "the" and "X's" at most (no
 * other letter folds to these under /iu). A cheaper test, run first.
 */
const ORIGIN_ENDING: TailPattern = { words: 3, pattern: /(?:from|in|of)\s+(?:\S+\s+){0,2}$/i };
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
  MOVEMENT_BEFORE_FROM,
  COMPARISON_BEFORE,
  VENUE_ENDING,
  AGENT_BEFORE,
  SANCTIONED_BY_BEFORE,
  PREPOSITION_BEFORE,
  GOVERNMENT_OBJECT_BEFORE,
};
/** The text before a name is searched on its last TAIL_WORDS words: as many as any TailPattern spans. */
const TAIL_WORDS = Math.max(...Object.values(TAIL_PATTERNS).map((tailPattern) => tailPattern.words));

export const CAPTION =
  /(?:\bphoto(?:graph)?\b[^.\n]{0,40}\b(?:taken|shows?|by|courtesy)\b|getty images|\bafp\b|\breuters\/|\bap photo\b|\bpictured\b|\bfile photo\b)/i;

/** The start of a dateline's line before its place: blank, or a short "CITY, Region," lead. */
export const DATELINE_BEFORE = /^\s*(?:[\p{L}.’' -]{0,30},\s*)?$/u;
/** What follows a dateline's place: a colon, a dash or an agency tag, possibly after a date. */
export const DATELINE_AFTER =
  /^\s*(?:,\s*[\p{L}\p{N}. ]{2,30})?\s*(?::|—|–|--| - |\s*\((?:Reuters|AP|AFP|dpa|UPI|TASS|Xinhua|CNN|BBC|RIA Novosti|Interfax|Ukrinform|Bloomberg)\))/u;
/**
 * Every DATELINE_AFTER match starts with blanks and one of these: a cheap test, run first, as the
 * {2,30} run of \p{L} makes that regex slow on any text (and DATELINE_BEFORE's {0,30}, too).
 */
const DATELINE_AFTER_LEAD = /^\s*[,:—–(-]/;

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

/**
 * A dateline: the place opens its line (after at most a short "CITY, Region," lead) and is
 * followed by a dash, a colon or an agency tag, possibly after a date: "KYIV —",
 * "MOSCOW, Aug 7 (Reuters) -", "New York: ...".
 */
export function isDateline(text: string, start: number, end: number): boolean {
  const after = lineAfter(text, end, 80);
  if (!DATELINE_AFTER_LEAD.test(after)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lead = text.slice(lineStart, start);
  // DATELINE_BEFORE matches only blanks, or a lead whose last non-blank is a comma
  const trimmed = lead.trimEnd();
  if (trimmed !== '' && !trimmed.endsWith(',')) return false;
  return DATELINE_BEFORE.test(lead) && DATELINE_AFTER.test(after);
}

/** Officials speaking from a capital: "In Berlin, officials said ...", "In Moscow, the Kremlin denied ...". */
export const CAPITAL_SOURCE_AFTER =
  /^\s*,\s*(?:(?:the|a|senior|top|government|foreign|defen[cs]e|military|some|two|several)\s+){0,3}(?:officials?|authorities|government|ministry|ministers?|diplomats?|lawmakers|spokes(?:man|woman|person)|kremlin|president|prime minister|leaders?|sources?)\b[^.;]{0,40}?\b(?:said|says|say|announced|denied|told|stated|insisted|warned|confirmed|claimed|declared|rejected)\b/i;

/** The name is the subject of a statement or decision: "Washington said", "Moscow has repeatedly denied". */
export function governmentSpeaks(text: string, start: number, end: number): boolean {
  const after = lineAfter(text, end, 80);
  const before = text.slice(Math.max(0, start - 30), start);
  return (
    SPEECH_VERBS.test(after.replace(/^\s*(?:,\s*(?:however|though|meanwhile|in turn|for its part)\s*,\s*)?/i, '')) &&
    !PREPOSITION_BEFORE.pattern.test(lastWords(before, PREPOSITION_BEFORE.words))
  );
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
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 120), start);
  const after = lineAfter(text, end, 80);
  // the TailPatterns find on these last words of `before` what they find on all of it
  const tail = lastWords(before, TAIL_WORDS);

  if (isDateline(text, start, end)) return 'dateline';
  // A headline ending in its source ("Soldiers Surrendering: Kyiv"): the place is who says it.
  if (context.government && /^\s*$/.test(after) && /\S\s*:\s*$/.test(before)) return 'metonym';
  if (context.government) {
    if (/(?:^|[.!?;"“]\s*)in\s+$/i.test(text.slice(lineStart, start)) && CAPITAL_SOURCE_AFTER.test(after))
      return 'other';
    if (GOVERNMENT_OBJECT_BEFORE.pattern.test(tail) && /^\s+(?:of|for|to|over|into|against|that|not)\b/i.test(after))
      return 'metonym';
  }
  if (COMPARISON_BEFORE.pattern.test(tail)) return 'comparison';
  if (ORIGIN_ENDING.pattern.test(tail) && ORIGIN_BEFORE.pattern.test(tail) && !MOVEMENT_BEFORE_FROM.pattern.test(tail))
    return 'origin';
  if (/^['’]s?\s/.test(after) || text.slice(end - 2, end).match(/['’]s/)) {
    const governed = after.replace(/^['’]s?\s+/, '');
    if (GOVERNMENT_NOUNS.test(governed) || /^\d+(?:st|nd|rd|th)\b/.test(governed)) return 'metonym';
  }
  if (/^\s+(?:regime|government|leadership|authorities|officials)\b/i.test(after)) return 'metonym';
  if (
    (kind !== 'region' || context.government) &&
    SPEECH_VERBS.test(
      after.replace(/^\s*(?:,\s*(?:however|though|meanwhile|in turn|for its part|for their part)\s*,\s*)?/i, ''),
    ) &&
    !PREPOSITION_BEFORE.pattern.test(tail)
  ) {
    return 'metonym';
  }
  if (VENUE_ENDING.pattern.test(tail) && VENUE_BEFORE.test(before)) return 'other';
  if (AGENT_BEFORE.pattern.test(tail) && SANCTIONED_BY_BEFORE.pattern.test(tail)) return 'metonym';
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  if (isCaption(text, lineStart, lineEnd)) return 'other';
  return 'event';
}

/** The last paragraph tested for a caption: mentions come in text order, so one entry saves rescanning it. */
let lastCaption = { text: '', lineStart: -1, lineEnd: -1, caption: false };

function isCaption(text: string, lineStart: number, lineEnd: number): boolean {
  const last = lastCaption;
  if (last.text === text && last.lineStart === lineStart && last.lineEnd === lineEnd) return last.caption;
  const caption = CAPTION.test(text.slice(lineStart, lineEnd));
  lastCaption = { text, lineStart, lineEnd, caption };
  return caption;
}
