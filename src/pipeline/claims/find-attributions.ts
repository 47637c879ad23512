/**
 * Find who a sentence says is speaking (issue 5, step 3).
 *
 * Forms recognised, in news English generally:
 * - speaker and reporting verb: "X said (that) …", "X told Y …", "X wrote on Telegram that …",
 *   and the inverted forms after a quote or a comma: "“…,” said X", "…, noted X";
 * - "according to X", "according to a report published by X";
 * - a passive "as revealed by X", "published by X";
 * - a headline's source after a colon: "Soldiers surrender in droves: Kyiv";
 * - an embedded post's signature: "… — Name (@handle) August 7, 2024".
 *
 * Each attribution carries the span of its words (`spanStart`..`spanEnd`) so that
 * side words and dates inside it ("according to a report published on Friday") are
 * not read as facts of the event.
 *
 * @example
 * findAttributions('Forty soldiers surrendered, according to the ministry.')
 * // => [{kind: 'according', name: 'the ministry', nameStart: 41, nameEnd: 53, spanStart: 28, spanEnd: 53}]
 */
import { allMatches } from '../all-matches.ts';
import { isSpaceCode, isWordCode } from '../char-codes.ts';
import { REPORTING_VERBS } from './lexicon.ts';

export type Attribution = {
  kind: 'speaker' | 'according' | 'passive' | 'signature';
  name: string;
  nameStart: number;
  nameEnd: number;
  spanStart: number;
  spanEnd: number;
};

// The helpers exported below are the fast paths, exported for their property tests
// (test/pipeline/claims/find-attributions.property.test.ts keeps the regexes they replace).
// The scans run module-level global patterns through allMatches (matchAll copies the pattern on every call).
const VERB_WORDS = `${REPORTING_VERBS}|saying|claiming|estimating|reporting|noting|writing`;
/**
 * One scan of a sentence instead of three: "according to" (group 1), the passive verbs that are
 * not reporting verbs, then "by" (group 2, see PASSIVE), and the reporting verbs. No match of
 * one alternative can start inside a match of another (each is whole words, and none of the
 * words of one is inside another's), so the scan finds what each alternative would find alone.
 */
const SCAN = new RegExp(String.raw`\b(according to\s+)|\b(published|released)\s+by\b|\b(?:${VERB_WORDS})\b`, 'gi');
const LEADING_ADVERBIAL =
  /^(?:(?:earlier|later|meanwhile|however|also|separately|additionally|in addition|previously|overnight|today|yesterday|on|in|at|during|last|this|after|before|with|while|for example|for instance)\b[^,]{0,50},\s*|(?:with|and|but|while|as|meanwhile|also)\s+)/i;
const TRAILING_WORD_LIST =
  'also|have|has|had|later|earlier|previously|reportedly|then|now|further|had also|have also|has also|already|on|recently';
const TRAILING_WORDS = new RegExp(String.raw`(?:\s+(?:${TRAILING_WORD_LIST}))+\s*$`, 'i');
/** The last words of TRAILING_WORD_LIST: a TRAILING_WORDS match ends with one of them, then white space only. */
const TRAILING_LAST_WORDS = new Set(TRAILING_WORD_LIST.split('|').map((words) => words.split(' ').at(-1) ?? ''));
const TRAILING_LAST_LENGTH = Math.max(...[...TRAILING_LAST_WORDS].map((word) => word.length));
const TRAILING_ASIDE = /,\s*(?:for example|for instance|in turn|however|meanwhile|too),?\s*$/i;
const COORDINATION = /[,;]\s+(?:and|but|while|whereas|as)\s+/g;
/** A character of each mark that lastSpeakerMark looks for. */
const SPEAKER_MARK_CHARS = /[”";–—:]/;
/** A verb used as a noun: /\b(?:the|these|…)\s+$/i before it ("the reports", "unconfirmed claims"). */
const NOUN_USE_BEFORE = new Set(
  'the|these|those|such|unverified|unverifiable|unconfirmed|initial|first|earlier|latest|numerous|some|many|of|its|their|his|her|news|several'.split(
    '|',
  ),
);
/** A passive: /\b(?:was|were|been|be|is|are)\s+$/i before the verb ("was reported by"). */
const PASSIVE_BEFORE = new Set(['was', 'were', 'been', 'be', 'is', 'are']);
/** A plural noun after a noun: /\b(?:media|press|news|intelligence|official|initial|some)\s+$/i ("media reports"). */
const NOUN_BEFORE_PLURAL = new Set(['media', 'press', 'news', 'intelligence', 'official', 'initial', 'some']);
const NAME_STOP =
  /\s+(?:in|on|during|via|at|to|through|after|before|when|while|as|that|,)\s|[,.;:!?"“”]|\s+(?:in|on)\s*$/;
const ACCORDING_STOP = /[,;:.!?–—]\s|[.!?]$|\s+(?:on|in|at)\s+(?:\w+day|[A-Z][a-z]+ \d)|$/;
const RELAY =
  /\b(?:published|posted|released|aired|broadcast|issued|carried)\s+(?:by|in|on)\s+|\b(?:reports?|data|statements?|footage)\s+(?:from|by|of)\s+/i;
const RELAY_POSSESSIVE =
  /['’]s\s+(?:post|statement|report|account|channel|data|message|video|telegram|words|estimate\w*)\b.*$/i;
/**
 * Its verbs are reporting verbs but for published and released, so a sentence holds a match only
 * where SCAN finds a reporting verb followed by /\s+by\b/i, or finds its group 2.
 */
const PASSIVE = /\b(?:revealed|reported|announced|published|posted|shared|released|stated|claimed)\s+by\s+/gi;
const PASSIVE_STOP = /[;:.!?–—](?:\s|$)|\s+(?:in|on|at|via|during)\s|$/;
const HEADLINE = /:\s+((?:[A-Z][\w’'.-]*\s?){1,3})$/;
const SIGNATURE = /[—–]\s*([^()—–\n]{2,60}?)\s*\(@[\w.]+\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$/;

/** How a text before a reporting verb ends. */
type Tail = {
  /** where its trailing white space starts (`\s*$`); 0 when the text is all white space */
  spaceStart: number;
  /** the run of word characters (`\w`) just before that white space, lower-cased, when there is white space */
  spacedWord: string;
};

/**
 * The tail of `text.slice(0, end)`. For lower-case words of `\w`, /\b(?:word|…)\s+$/i matches
 * that text exactly when `spacedWord` is one of them: the match is the last whole word, then
 * white space to the end.
 */
export function tailOf(text: string, end: number): Tail {
  const last = Math.min(end, text.length);
  let spaceStart = last;
  while (spaceStart > 0 && isSpaceCode(text.charCodeAt(spaceStart - 1))) spaceStart--;
  if (spaceStart === last) return { spaceStart, spacedWord: '' };
  let wordStart = spaceStart;
  while (wordStart > 0 && isWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
  return { spaceStart, spacedWord: text.slice(wordStart, spaceStart).toLowerCase() };
}

function isNameCut(code: number): boolean {
  return code === 44 || code === 45 || code === 0x2013 || code === 0x2014 || isSpaceCode(code);
}

/** The text with the characters of [\s,–—-] cut from both ends: text.replace(/^[\s,–—-]+|[\s,–—-]+$/g, ''). */
export function trimName(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isNameCut(text.charCodeAt(start))) start++;
  while (end > start && isNameCut(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * Whether `name.split(/\s+/).length > limit`: the split gives one more part than the runs of
 * white space, and a text shorter than 2·limit − 1 characters has fewer than `limit` such runs.
 */
export function moreWordsThan(name: string, limit: number): boolean {
  if (name.length < 2 * limit - 1) return false;
  let parts = 1;
  for (let at = 0; at < name.length; at++) {
    if (isSpaceCode(name.charCodeAt(at)) && !isSpaceCode(name.charCodeAt(at + 1))) parts++;
  }
  return parts > limit;
}

/**
 * The greatest of `text.slice(0, end).lastIndexOf(mark)` for the marks ” " ; ' – ' ' — ' ': ',
 * or -1: one backward pass finds the last position where one of them lies whole before `end`.
 */
export function lastSpeakerMark(text: string, end: number): number {
  for (let at = Math.min(end, text.length) - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 0x201d || code === 0x22 || code === 0x3b) return at; // ” " ;
    if (code === 0x20 && at + 3 <= end) {
      const dash = text.charCodeAt(at + 1);
      if ((dash === 0x2013 || dash === 0x2014) && text.charCodeAt(at + 2) === 0x20) return at; // ' – ' ' — '
    }
    if (code === 0x3a && at + 2 <= end && text.charCodeAt(at + 1) === 0x20) return at; // ': '
  }
  return -1;
}

/**
 * Whether TRAILING_WORDS may match `text`: its last repetition is white space, one of
 * TRAILING_LAST_WORDS in any case, then white space to the end, so the last run of non-space
 * characters must be that word (a necessary condition: the regex still decides).
 */
function mayEndWithTrailingWord(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return (
    start > 0 && end - start <= TRAILING_LAST_LENGTH && TRAILING_LAST_WORDS.has(text.slice(start, end).toLowerCase())
  );
}

/** Cut the words before a reporting verb down to the speaker's noun phrase. */
function speakerBefore(
  sentence: string,
  verbStart: number,
  claimBefore: boolean,
): { name: string; start: number } | null {
  const before = sentence.slice(0, verbStart);
  // after the last of ” " ; ' – ' ' — ' ': ' (each holds one of SPEAKER_MARK_CHARS, which most texts lack)
  let from = SPEAKER_MARK_CHARS.test(before) ? lastSpeakerMark(sentence, verbStart) : -1;
  from = from === -1 ? 0 : from + 1;
  // A coordinated clause starts a new subject: "Kyiv's troops withdrew, and Moscow said …"
  const coordinated = allMatches(COORDINATION, before).at(-1);
  if (coordinated && coordinated.index >= from) from = coordinated.index + coordinated[0].length;
  // When the claim comes first ("40 soldiers surrendered, the ministry said"), the speaker
  // is the last comma-separated part.
  if (claimBefore) {
    const comma = before.lastIndexOf(', ');
    if (comma >= from) from = comma + 2;
  }
  let name = before.slice(from);
  const leading = LEADING_ADVERBIAL.exec(name);
  if (leading) {
    from += leading[0].length;
    name = name.slice(leading[0].length);
  }
  // the two end-anchored patterns run only where they can match: an aside needs its comma
  if (name.includes(',')) name = name.replace(TRAILING_ASIDE, ' ');
  if (mayEndWithTrailingWord(name)) name = name.replace(TRAILING_WORDS, '');
  name = trimName(name);
  if (name === '' || moreWordsThan(name, 25)) return null;
  const start = sentence.indexOf(name, from);
  return { name, start };
}

/** The noun phrase after an inverted verb: "…,” said the acting governor Ivan Ivanov in a video." */
function speakerAfter(sentence: string, verbEnd: number): { name: string; start: number } | null {
  const rest = sentence.slice(verbEnd);
  const leading = /^\s+/.exec(rest)?.[0].length ?? 0;
  const stop = NAME_STOP.exec(rest.slice(leading));
  const name = trimName(rest.slice(leading, leading + (stop ? stop.index : rest.length - leading)));
  if (name === '' || moreWordsThan(name, 12)) return null;
  return { name, start: verbEnd + leading };
}

export function findAttributions(sentence: string, claimStarts: number[] = []): Attribution[] {
  const found: Attribution[] = [];
  let firstClaim = Number.POSITIVE_INFINITY; // Math.min(...claimStarts)
  for (const start of claimStarts) firstClaim = Math.min(firstClaim, start);

  const according: RegExpExecArray[] = [];
  const verbs: RegExpExecArray[] = [];
  let mayBePassive = false;
  for (const match of allMatches(SCAN, sentence)) {
    if (match[1] !== undefined) according.push(match);
    else if (match[2] !== undefined) mayBePassive = true;
    else verbs.push(match);
  }

  for (const match of according) {
    const spanStart = match.index;
    const nameStart = spanStart + match[0].length;
    const rest = sentence.slice(nameStart);
    const stop = ACCORDING_STOP.exec(rest);
    let name = trimName(rest.slice(0, stop ? stop.index : rest.length));
    let start = nameStart;
    // "according to a report published by X" names X
    const relay = RELAY.exec(name);
    if (relay) {
      start += relay.index + relay[0].length;
      name = name.slice(relay.index + relay[0].length);
    }
    name = name.replace(RELAY_POSSESSIVE, '');
    if (name !== '') {
      found.push({
        kind: 'according',
        name,
        nameStart: start,
        nameEnd: start + name.length,
        spanStart,
        spanEnd: nameStart + (stop ? stop.index : rest.length),
      });
    }
  }

  for (const match of verbs) {
    const verbStart = match.index;
    const verbEnd = verbStart + match[0].length;
    const after = sentence.slice(verbEnd);
    if (/^\s+by\b/i.test(after)) {
      mayBePassive = true;
      continue; // "as revealed by X": handled as a passive below
    }
    // the end-anchored tests on the text before the verb read its tail (see tailOf)
    const tail = tailOf(sentence, verbStart);
    const lastMark = tail.spaceStart > 0 ? sentence.charCodeAt(tail.spaceStart - 1) : -1;
    // "reports of …", "media reports said": a plural noun, not a verb
    const nounForm = /^(?:reports|claims|notes|states|posts|estimates|says)$/i.test(match[0]);
    if (nounForm && (/^\s+(?:of|from|by|about|on the|that)\b/i.test(after) || NOUN_BEFORE_PLURAL.has(tail.spacedWord)))
      continue;
    if (NOUN_USE_BEFORE.has(tail.spacedWord)) continue;
    if (PASSIVE_BEFORE.has(tail.spacedWord)) continue; // passive: handled below
    // "“…,” said X" after a quotation; "…, said X" only after the claim it reports,
    // not after an apposition ("X, an adviser to Y, said the army …")
    const afterQuote = lastMark === 0x201d || lastMark === 0x22; // /[”"]\s*$/
    const afterComma =
      lastMark === 0x2c && // /,\s*$/
      firstClaim < verbStart &&
      !/^\s+(?:that\b|[\w’'-]+\s+(?:has|have|had|is|are|was|were|will|would)\b)/i.test(after);
    const inverted = tail.spaceStart > 0 && (afterQuote || afterComma); // before.trim() !== ''
    const speaker = inverted
      ? speakerAfter(sentence, verbEnd)
      : speakerBefore(sentence, verbStart, firstClaim < verbStart);
    if (!speaker) continue;
    if (inverted && /^(?:that|the\s+(?:report|video|footage))\b/i.test(speaker.name)) continue;
    // the attribution's words run to "that" when it follows soon after the verb
    const that = after.includes('that') ? /^[^.;“"]{0,80}?\bthat\b/.exec(after) : null; // no "that", no match
    const spanEnd = inverted ? speaker.start + speaker.name.length : that ? verbEnd + that[0].length : verbEnd;
    found.push({
      kind: 'speaker',
      name: speaker.name,
      nameStart: speaker.start,
      nameEnd: speaker.start + speaker.name.length,
      spanStart: Math.min(speaker.start, verbStart),
      spanEnd,
    });
  }

  if (mayBePassive) {
    for (const match of allMatches(PASSIVE, sentence)) {
      const nameStart = match.index + match[0].length;
      const rest = sentence.slice(nameStart);
      const stop = PASSIVE_STOP.exec(rest);
      const name = trimName(rest.slice(0, stop ? stop.index : rest.length));
      if (name !== '' && !moreWordsThan(name, 12)) {
        found.push({
          kind: 'passive',
          name,
          nameStart,
          nameEnd: nameStart + name.length,
          spanStart: match.index,
          spanEnd: nameStart + name.length,
        });
      }
    }
  }

  // a headline that names its source after a colon: "Troops surrender in droves: Kyiv"
  const headline = sentence.includes(':') ? HEADLINE.exec(sentence) : null; // HEADLINE needs a colon
  if (headline && !/[.!?]["”]?$/.test(sentence)) {
    const name = trimName(headline[1] ?? '');
    const nameStart = sentence.lastIndexOf(name);
    found.push({
      kind: 'speaker',
      name,
      nameStart,
      nameEnd: nameStart + name.length,
      spanStart: headline.index,
      spanEnd: sentence.length,
    });
  }

  const signature = sentence.includes('(@') ? SIGNATURE.exec(sentence) : null; // SIGNATURE needs "(@"
  if (signature) {
    const name = trimName(signature[1] ?? '');
    const nameStart = sentence.indexOf(name, signature.index);
    found.push({
      kind: 'signature',
      name,
      nameStart,
      nameEnd: nameStart + name.length,
      spanStart: signature.index,
      spanEnd: sentence.length,
    });
  }
  return found.sort((a, b) => a.spanStart - b.spanStart);
}

/**
 * The attribution a claim rests on: the speaker who first introduces it, then a passive
 * "revealed by", then "according to" (often only the outlet that relays it), then a post's signature.
 */
export function pickAttribution(attributions: Attribution[]): Attribution | null {
  const order: Attribution['kind'][] = ['speaker', 'passive', 'according', 'signature'];
  for (const kind of order) {
    const first = attributions.find((attribution) => attribution.kind === kind);
    if (first) return first;
  }
  return null;
}
