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
import type { Role } from '../schema.ts';
import { GOVERNMENT_NOUNS, SPEECH_VERBS } from './word-lists.ts';

const ORIGIN_BEFORE =
  /\b(?:(?:were|was|are|is|be|been|come|came|comes|coming|hail|hails|hailed|hailing|originally|natives?|residents?|citizens?|people|men|women|fighters|prisoners|soldiers|troops|forces|units?|volunteers|conscripts|refugees|migrants|families|students)\s+(?:\w+\s+)?from|born\s+in|native\s+of|natives\s+of)\s+(?:the\s+)?(?:[\p{L}’']+['’]s\s+)?$/iu;
const MOVEMENT_BEFORE_FROM =
  /\b(?:fled|flee|fleeing|flees|withdr[ae]w|withdrawn|withdrawing|retreat(?:ed|ing)?|evacuat(?:ed|ing|ion)|push(?:ed|ing)?|driven|drove|expelled|ousted|advanc(?:ed|ing)|launched|fired|shelled|attacked|struck|crossed|moved|moving)\s+(?:\w+\s+){0,3}from\s+(?:the\s+)?(?:[\p{L}’']+['’]s\s+)?$/iu;
const COMPARISON_BEFORE =
  /\b(?:size\s+of|times\s+(?:the\s+)?(?:size|area)\s+of|as\s+(?:large|big|small|long|wide)\s+as|(?:larger|bigger|smaller|longer|wider)\s+than|area\s+of|equivalent\s+to|compared\s+(?:with|to))\s+(?:the\s+)?(?:city\s+of\s+|state\s+of\s+)?$/i;
const VENUE_BEFORE =
  /\b(?:press\s+conference|news\s+conference|conference|meeting|summit|talks|session|assembly|forum|visit|interview|speech|address|ceremony|briefing|embassy|headquarters|leadership|government|officials|authorities|regime)\b[^.;!?]{0,40}?\b(?:in|at)\s+(?:the\s+)?$/i;
const AGENT_BEFORE = /\b(?:by|with|against|between|and)\s+$/i;
const CAPTION =
  /(?:\bphoto(?:graph)?\b[^.\n]{0,40}\b(?:taken|shows?|by|courtesy)\b|getty images|\bafp\b|\breuters\/|\bap photo\b|\bpictured\b|\bfile photo\b)/i;

const DATELINE_AFTER =
  /^\s*(?:,\s*[\p{L}\p{N}. ]{2,30})?\s*(?::|—|–|--| - |\s*\((?:Reuters|AP|AFP|dpa|UPI|TASS|Xinhua|CNN|BBC|RIA Novosti|Interfax|Ukrinform|Bloomberg)\))/u;

/**
 * A dateline: the place opens its line (after at most a short "CITY, Region," lead) and is
 * followed by a dash, a colon or an agency tag, possibly after a date: "KYIV —",
 * "MOSCOW, Aug 7 (Reuters) -", "New York: ...".
 */
export function isDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  return (
    /^\s*(?:[\p{L}.’' -]{0,30},\s*)?$/u.test(text.slice(lineStart, start)) &&
    DATELINE_AFTER.test(text.slice(end, Math.min(lineEnd, end + 80)))
  );
}

/** Officials speaking from a capital: "In Berlin, officials said ...", "In Moscow, the Kremlin denied ...". */
const CAPITAL_SOURCE_AFTER =
  /^\s*,\s*(?:(?:the|a|senior|top|government|foreign|defen[cs]e|military|some|two|several)\s+){0,3}(?:officials?|authorities|government|ministry|ministers?|diplomats?|lawmakers|spokes(?:man|woman|person)|kremlin|president|prime minister|leaders?|sources?)\b[^.;]{0,40}?\b(?:said|says|say|announced|denied|told|stated|insisted|warned|confirmed|claimed|declared|rejected)\b/i;
/** A government as the object of a reproach or a demand: "accused Kyiv of", "urged Washington to". */
const GOVERNMENT_OBJECT_BEFORE =
  /\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|urg(?:ed|es|ing)|call(?:ed|s|ing)\s+on|press(?:ed|es|ing)|pressur(?:ed|es|ing)|warn(?:ed|s|ing)|condemn(?:ed|s|ing)|criticiz(?:ed|es|ing)|criticis(?:ed|es|ing)|sanction(?:ed|s|ing))\s+$/i;

/** The name is the subject of a statement or decision: "Washington said", "Moscow has repeatedly denied". */
export function governmentSpeaks(text: string, start: number, end: number): boolean {
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  const after = text.slice(end, Math.min(lineEnd, end + 80));
  const before = text.slice(Math.max(0, start - 30), start);
  return (
    SPEECH_VERBS.test(after.replace(/^\s*(?:,\s*(?:however|though|meanwhile|in turn|for its part)\s*,\s*)?/i, '')) &&
    !/\b(?:in|at|near|from|to|into|of)\s+(?:the\s+)?$/i.test(before)
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
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  const before = text.slice(Math.max(lineStart, start - 120), start);
  const after = text.slice(end, Math.min(lineEnd, end + 80));

  if (isDateline(text, start, end)) return 'dateline';
  // A headline ending in its source ("Soldiers Surrendering: Kyiv"): the place is who says it.
  if (context.government && /^\s*$/.test(after) && /\S\s*:\s*$/.test(before)) return 'metonym';
  if (context.government) {
    if (/(?:^|[.!?;"“]\s*)in\s+$/i.test(text.slice(lineStart, start)) && CAPITAL_SOURCE_AFTER.test(after))
      return 'other';
    if (GOVERNMENT_OBJECT_BEFORE.test(before) && /^\s+(?:of|for|to|over|into|against|that|not)\b/i.test(after))
      return 'metonym';
  }
  if (COMPARISON_BEFORE.test(before)) return 'comparison';
  if (ORIGIN_BEFORE.test(before) && !MOVEMENT_BEFORE_FROM.test(before)) return 'origin';
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
    !/\b(?:in|at|near|from|to|into|of)\s+(?:the\s+)?$/i.test(before)
  ) {
    return 'metonym';
  }
  if (VENUE_BEFORE.test(before)) return 'other';
  if (
    AGENT_BEFORE.test(before) &&
    /\b(?:imposed|blocked|supplied|backed|ordered|controlled|recognized|sanctioned)\s+by\s+$/i.test(before)
  )
    return 'metonym';
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
