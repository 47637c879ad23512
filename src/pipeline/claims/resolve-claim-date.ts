/**
 * When a claimed event happened, from the words of its sentence (issue 5, step 5).
 *
 * Dates are resolved against the article's published date, never later than it: news
 * reports what has happened. chrono-node reads absolute and relative dates ("August 7",
 * "on Saturday", "yesterday", "last week"); measured on news text it gives a single
 * day for "over the past month" and nothing for "in recent days", and it puts a bare
 * month or weekday in the future ("since the beginning of September" read in August),
 * so spans of time are read here first and future dates are moved back.
 *
 * @example
 * resolveClaimDate('over the past month', 0, '2024-01-13')
 * // => {date: '2023-12-13', dateEnd: '2024-01-13', precision: 'month', start: 0, end: 19}
 */
import * as chrono from 'chrono-node';
import { allMatches } from '../all-matches.ts';
import { NUMBER_WORDS } from './lexicon.ts';

/**
 * chrono-node's casual English parser, each of its parsers run only on a text holding a word
 * that parser's pattern cannot match without (a digit, a month name, a weekday, "ago" after a
 * time unit …): most sentences hold none of most of them, and chrono otherwise scans every
 * sentence with every pattern. The gates are necessary conditions read off chrono 2.10's
 * patterns, so results are the same (test/pipeline/claims/date-parser.test.ts compares them
 * on invented phrases); a parser without a gate (renamed or new in another chrono version)
 * runs ungated. A gate that starts at a word is written `\b` (as `(?:^|\W)`, but V8 then looks
 * for the word's letters instead of trying every position).
 */
/** chrono's month names (MONTH_DICTIONARY; its keys "jan." … are these names and a dot) */
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** chrono's ordinal words (ORDINAL_WORD_DICTIONARY), "twenty first" … by their first word */
const ORDINAL_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty)';
/**
 * A month name as chrono's four month parsers read it. Before it: the start, a non-letter, or the
 * end of "in", "of", "5th", "2nd", "first" ("inmay", "5thdec") or of a year's era (ENYearMonthNameParser's
 * "500ADmay", "44BCmar", "10CEmay": the gate first written missed c and e). After it, in all four: a
 * non-letter (a dot, a separator, the day or year written on, the end), "of" ("May of 2023",
 * ENMonthNameParser) or an ordinal word ("mayfirst", ENMonthNameMiddleEndianParser): never another
 * letter, so "Mayor", "market", "Novosibirsk" or "Nova Kakhovka" do not open the month parsers (nor
 * make mayHoldDate pass).
 */
const MONTH = new RegExp(`(?:^|[^a-z]|[fdthnce])${MONTH_NAME}(?:(?![a-z])|of|${ORDINAL_WORD})`, 'i');
const DIGIT = /[0-9]/;
/** chrono's time units (TIME_UNIT_DICTIONARY) */
const UNIT = String.raw`(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|mos?|mon|qtr|quarters?|years?|yrs?|y)`;
/** chrono's NUMBER_PATTERN, as chrono 2.10 writes it */
const NUMBER = String.raw`(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|[0-9]+\.[0-9]+|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?)`;
/**
 * "within/in/for", an optional "about", then the first amount of chrono's TIME_UNITS_PATTERN
 * (a number, then a unit; what follows is free: amounts may join with nothing, "1h30m"): the pattern of
 * ENTimeUnitWithinFormatParser without its repetitions. "in" alone opened it on ~45 % of news
 * sentences, each then scanned with a pattern that repeats amounts up to ten times.
 */
const WITHIN = String.raw`\b(?:within|in|for)\s*(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?(?:(?:about|around)\s{0,3})?${NUMBER}\s{0,3}${UNIT}`;
/** how chrono's numbers start (NUMBER_PATTERN, after an optional "about"/"around") */
const NUMBER_START = String.raw`(?:about|around|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]|half|an?|few|several|the|couple)`;
/** how chrono's numbers end ("couple of", "a few", "half an" …): an amount of time is a number, then a unit */
const AMOUNT = String.raw`(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?|few|several|the|half|couple|of)\s{0,5}${UNIT}`;
/**
 * The words after an amount of time in ENTimeUnitAgoFormatParser and ENTimeUnitLaterFormatParser.
 * Their gates look for the word first and then for the amount before it (a lookbehind): the same
 * texts as `${AMOUNT}\s{0,5}${AGO}(?!\w)`, but the amount, which starts at every "a", "the" or
 * "of", is tried only where the word is.
 */
const AGO = '(?:ago|before|earlier)';
const LATER = '(?:later|after|from now|henceforth|forward|out)';
/** chrono's weekdays (WEEKDAY_DICTIONARY), then the end of a word or a "this week" suffix */
const WEEKDAY = String.raw`(?:sunday|sun\.?|monday|mon\.?|tuesday|tue\.?|wednesday|wed\.?|thursday|thurs\.?|thur\.?|thu\.?|friday|fri\.?|saturday|sat\.?|weekend|weekday)(?:(?!\w)|\s*(?:of\s*)?(?:this|last|past|next)\s*week)`;
export const PARSER_GATES: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: new RegExp(String.raw`[0-9]{4}[-./\s](?:[0-9]|${MONTH_NAME}[-./\s])`, 'i'),
  ISOFormatParser: /[0-9]{4}-[0-9]/,
  SlashDateFormatParser: /[0-9][-./][0-9]/,
  ENSlashMonthFormatParser: /[0-9]\/[0-9]{4}/,
  ENTimeExpressionParser: DIGIT,
  ENYearMonthNameParser: MONTH,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENWeekdayParser: new RegExp(WEEKDAY, 'i'),
  // "tmrw" too (the gate first written missed it)
  ENCasualDateParser: /\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?!\w)/i,
  ENCasualTimeParser: /(?:morning|afternoon|evening|night|midday|noon)(?!\w)/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENRelativeDateFormatParser: new RegExp(String.raw`\b(?:this|last|past|next|after\s*this)\s*${UNIT}(?!\w)`, 'i'),
  ENTimeUnitWithinFormatParser: new RegExp(WITHIN, 'i'),
  ENTimeUnitAgoFormatParser: new RegExp(String.raw`${AGO}(?!\w)(?<=${AMOUNT}\s{0,5}${AGO})`, 'i'),
  ENTimeUnitLaterFormatParser: new RegExp(String.raw`${LATER}(?!\w)(?<=${AMOUNT}\s{0,5}${LATER})`, 'i'),
  ENTimeUnitCasualRelativeFormatParser: new RegExp(
    String.raw`(?:\b(?:this|last|past|next|after)|(?<!\w)[+-])\s*${NUMBER_START}`,
    'i',
  ),
};
type Parser = (typeof chrono.casual.parsers)[number];
/** A pattern that fails at once: a sticky empty lookahead tried at position 0 only. */
const NEVER = /(?!)/y;

/**
 * chrono asks for each parser's pattern once per text, so each gate is tested once per text (the
 * month gate four times: keeping its answer cost more than testing it again).
 */
function gated(parser: Parser): Parser {
  const gate = PARSER_GATES[parser.constructor.name];
  if (!gate) return parser;
  return {
    pattern: (context) => (gate.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}
export const dateParser = chrono.casual.clone();
dateParser.parsers = dateParser.parsers.map(gated);

/**
 * The parsers that read only a time of day. Their results alone carry no day, month, year or
 * week, and `isDated` drops every one; chrono's refiners put a time into a date only when a
 * date parser found one beside it. So a text where no other parser's gate passes has no date
 * to give, and chrono is not run on it (about 45 % of the claims' sentences in generated
 * news: their numbers open the time parser's gate, nothing else does). Tested in date-parser.test.ts.
 */
const TIME_ONLY_PARSERS = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser']);
/**
 * Any gate of the other parsers, as one pattern (one scan of the text instead of sixteen; the
 * gates with letters are all case-insensitive, the others hold no letters); null when one of
 * them has no gate (another chrono version): then chrono always runs.
 */
const DATE_GATE: RegExp | null = chrono.casual.parsers.every(
  (parser) => TIME_ONLY_PARSERS.has(parser.constructor.name) || PARSER_GATES[parser.constructor.name],
)
  ? new RegExp(
      [
        ...new Set(
          chrono.casual.parsers
            .filter((parser) => !TIME_ONLY_PARSERS.has(parser.constructor.name))
            .map((parser) => `(?:${(PARSER_GATES[parser.constructor.name] as RegExp).source})`),
        ),
      ].join('|'),
      'i',
    )
  : null;

/** Whether a date (not only a time of day) may be written in the text: some date parser's gate passes. */
export function mayHoldDate(text: string): boolean {
  return DATE_GATE === null || DATE_GATE.test(text);
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';
export type ClaimDate = { date: string; dateEnd: string | null; precision: DatePrecision; start: number; end: number };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Amounts in "the past few days": the number words, plus the vague ones at a conservative value. */
const SMALL_NUMBERS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, a: 1, couple: 2, few: 3, several: 7 };

/** YYYY-MM-DD, or '' for a date that has none (invalid, or a year outside 0000–9999): see `writable`. */
function toIso(date: Date): string {
  if (!Number.isFinite(date.getTime())) return '';
  return date.toISOString().slice(0, 10);
}
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** "over the past 100000 years", "in the year 10000": no day a claim can be put on, so no date. */
function writable(candidate: ClaimDate): boolean {
  return ISO_DAY.test(candidate.date) && (candidate.dateEnd === null || ISO_DAY.test(candidate.dateEnd));
}
function parseIso(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}
function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
function addMonths(date: Date, months: number): Date {
  const copy = new Date(date.getTime());
  copy.setUTCMonth(copy.getUTCMonth() + months);
  return copy;
}

/** A range from `from` to the published day, found at `match` in the text. */
function rangeUntil(from: Date, published: Date, precision: DatePrecision, match: RegExpMatchArray): ClaimDate {
  const start = match.index ?? 0;
  return { date: toIso(from), dateEnd: toIso(published), precision, start, end: start + match[0].length };
}

const PAST_SPAN =
  /\b(?:over|in|during|within|for|throughout)\s+the\s+(?:past|last|previous|preceding)\s+(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|couple of|couple|few|several|\d+)\s+)?(days?|weeks?|months?|years?)\b/gi;
const RECENT_SPAN = /\b(?:in|over|during)\s+(?:recent|the past few|the last few)\s+(days|weeks|months)\b/gi;
const SINCE_MONTH = /\bsince\s+(?:the\s+(beginning|start|end|middle)\s+of\s+|(early|mid-?|late)\s*)?([A-Z][a-z]+)\b/g;
/** The span patterns, for their test. */
export const SPAN_PATTERNS: readonly RegExp[] = [PAST_SPAN, RECENT_SPAN, SINCE_MONTH];
/**
 * A word every match of a span pattern holds (PAST_SPAN past/last/previous/preceding,
 * RECENT_SPAN recent/past/last, SINCE_MONTH since): most claim texts hold none, and one test
 * of this spares them the three scans (about 1 % of the pipeline's time, issue 8).
 */
export const SPAN_WORD = /past|last|previous|preceding|recent|since/i;

/** "over the past month", "in the last three weeks", "in recent days", "since the start of September" */
function findSpan(text: string, published: Date): ClaimDate[] {
  const found: ClaimDate[] = [];
  if (!SPAN_WORD.test(text)) return found;
  for (const match of allMatches(PAST_SPAN, text)) {
    const amount = match[1] ? (SMALL_NUMBERS[match[1].toLowerCase().replace(/ of$/, '')] ?? Number(match[1])) : 1;
    const unit = (match[2] ?? 'day').toLowerCase().replace(/s$/, '');
    const from =
      unit === 'day'
        ? addDays(published, -amount)
        : unit === 'week'
          ? addDays(published, -7 * amount)
          : unit === 'month'
            ? addMonths(published, -amount)
            : addMonths(published, -12 * amount);
    const precision: DatePrecision =
      unit === 'day' ? (amount <= 3 ? 'day' : 'week') : unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'year';
    found.push(rangeUntil(from, published, precision, match));
  }
  for (const match of allMatches(RECENT_SPAN, text)) {
    const unit = (match[1] ?? 'days').toLowerCase();
    const from =
      unit === 'days' ? addDays(published, -7) : unit === 'weeks' ? addDays(published, -28) : addMonths(published, -3);
    const precision: DatePrecision = unit === 'days' ? 'week' : 'month';
    found.push(rangeUntil(from, published, precision, match));
  }
  for (const match of allMatches(SINCE_MONTH, text)) {
    const month = MONTHS.indexOf((match[3] ?? '').toLowerCase());
    if (month === -1) continue;
    let year = published.getUTCFullYear();
    if (month > published.getUTCMonth()) year -= 1;
    const part = (match[1] ?? match[2] ?? '').toLowerCase();
    const day = /^(?:end|late)/.test(part) ? 20 : /^(?:middle|mid)/.test(part) ? 10 : 1;
    const from = new Date(Date.UTC(year, month, day, 12));
    found.push(rangeUntil(from, published, 'month', match));
  }
  return found;
}

/** "a prisoner of war march", "troops may surrender": a month name in lower case is a word */
const LOWER_CASE_MONTH_WORD = /^(?:march|may|june|august)$/;

/** A chrono result that dates an event: a day, weekday, month, year or week is known, or a day relative to the report. */
export function isDated(result: chrono.ParsedResult): boolean {
  if (LOWER_CASE_MONTH_WORD.test(result.text.trim())) return false;
  const known = result.start;
  return (
    known.isCertain('day') ||
    known.isCertain('weekday') ||
    known.isCertain('month') ||
    known.isCertain('year') ||
    /\bweek\b/i.test(result.text) ||
    /\b(?:yesterday|today|tonight|last night|ago)\b/i.test(result.text)
  );
}

function fromChrono(text: string, published: Date, taken: ClaimDate[]): ClaimDate[] {
  const found: ClaimDate[] = [];
  if (!mayHoldDate(text)) return found;
  for (const result of dateParser.parse(text, { instant: published, timezone: 0 })) {
    const start = result.index;
    const end = start + result.text.length;
    if (taken.some((span) => start < span.end && end > span.start)) continue;
    if (!isDated(result)) continue;
    const known = result.start;
    const hasDay = known.isCertain('day') || known.isCertain('weekday');
    const hasMonth = known.isCertain('month');
    const isWeek = /\bweek\b/i.test(result.text);
    const isRelativeDay = /\b(?:yesterday|today|tonight|last night|ago)\b/i.test(result.text);
    let date = known.date();
    if (date.getTime() > published.getTime() + 86_400_000) {
      // a bare weekday or month read forward: news reports the past
      if (known.isCertain('weekday') && !hasMonth) date = addDays(date, -7);
      else if (!known.isCertain('year')) date = addMonths(date, -12);
      else continue;
    }
    const precision: DatePrecision = isWeek ? 'week' : hasDay || isRelativeDay ? 'day' : hasMonth ? 'month' : 'year';
    const dateEnd = result.end ? toIso(result.end.date()) : null;
    found.push({
      date: toIso(date),
      dateEnd: dateEnd && dateEnd > toIso(date) && dateEnd <= toIso(published) ? dateEnd : null,
      precision,
      start,
      end,
    });
  }
  return found;
}

/**
 * @param text the words to read (the caller blanks out attributions and captions)
 * @param anchor where the event's trigger is in `text`: the nearest date wins
 * @param published the article's published date, YYYY-MM-DD
 */
export function resolveClaimDate(text: string, anchor: number, published: string): ClaimDate | null {
  const reference = parseIso(published);
  const spans = findSpan(text, reference);
  const candidates = [...spans, ...fromChrono(text, reference, spans)].filter(writable);
  let best: ClaimDate | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = candidate.start > anchor ? candidate.start - anchor : anchor - candidate.end;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
