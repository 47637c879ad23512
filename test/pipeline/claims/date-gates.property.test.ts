import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isDated,
  mayHoldDate,
  PARSER_GATES,
  SPAN_PATTERNS,
  SPAN_WORD,
} from '../../../src/pipeline/claims/resolve-claim-date.ts';

/**
 * The specification: the gates as first written (chrono 2.10), before they were rewritten for
 * V8 (`\b` for `(?:^|\W)`, the word of "ago"/"later" first and the amount in a lookbehind) and the
 * month gates were made tighter (no letter after the month name but "of" or an ordinal word).
 */
const UNIT =
  '(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|mos?|mon|qtr|quarters?|years?|yrs?|y)';
const NUMBER = String.raw`(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|[0-9]+\.[0-9]+|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?)`;
const NUMBER_START =
  '(?:about|around|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]|half|an?|few|several|the|couple)';
const AMOUNT = String.raw`(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?|few|several|the|half|couple|of)\s{0,5}${UNIT}`;
const WEEKDAY = String.raw`(?:sunday|sun\.?|monday|mon\.?|tuesday|tue\.?|wednesday|wed\.?|thursday|thurs\.?|thur\.?|thu\.?|friday|fri\.?|saturday|sat\.?|weekend|weekday)(?:(?!\w)|\s*(?:of\s*)?(?:this|last|past|next)\s*week)`;
/** as first written, with c and e added before the month (the end of an era, "10CEmay": see MONTH) */
const OLD_MONTH = /(?:^|[^a-z]|[fdthnce])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const OLD_GATES: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: /[0-9]{4}[-./\s](?:[0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  ISOFormatParser: /[0-9]{4}-[0-9]/,
  SlashDateFormatParser: /[0-9][-./][0-9]/,
  ENSlashMonthFormatParser: /[0-9]\/[0-9]{4}/,
  ENTimeExpressionParser: /[0-9]/,
  ENYearMonthNameParser: OLD_MONTH,
  ENMonthNameLittleEndianParser: OLD_MONTH,
  ENMonthNameMiddleEndianParser: OLD_MONTH,
  ENMonthNameParser: OLD_MONTH,
  ENWeekdayParser: new RegExp(WEEKDAY, 'i'),
  // with "tmrw" added (chrono reads it; the gate first written missed it)
  ENCasualDateParser: /(?:^|\W)(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?!\w)/i,
  ENCasualTimeParser: /(?:morning|afternoon|evening|night|midday|noon)(?!\w)/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENRelativeDateFormatParser: new RegExp(String.raw`(?:^|\W)(?:this|last|past|next|after\s*this)\s*${UNIT}(?!\w)`, 'i'),
  ENTimeUnitWithinFormatParser: new RegExp(
    String.raw`(?:^|\W)(?:within|in|for)\s*(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?(?:(?:about|around)\s{0,3})?${NUMBER}\s{0,3}${UNIT}`,
    'i',
  ),
  ENTimeUnitAgoFormatParser: new RegExp(String.raw`${AMOUNT}\s{0,5}(?:ago|before|earlier)(?!\w)`, 'i'),
  ENTimeUnitLaterFormatParser: new RegExp(
    String.raw`${AMOUNT}\s{0,5}(?:later|after|from now|henceforth|forward|out)(?!\w)`,
    'i',
  ),
  ENTimeUnitCasualRelativeFormatParser: new RegExp(
    String.raw`(?:^|\W)(?:this|last|past|next|after|[+-])\s*${NUMBER_START}`,
    'i',
  ),
};
/** The gates made tighter: each passes only where the old one passes, and fails only where its parser finds nothing. */
const TIGHTER = new Set([
  'ENYearMonthDayParser',
  'ENYearMonthNameParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENMonthNameParser',
]);
const TIME_ONLY = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser']);
const OLD_DATE_GATE = new RegExp(
  [
    ...new Set(
      chrono.casual.parsers
        .filter((parser) => !TIME_ONLY.has(parser.constructor.name))
        .map((parser) => `(?:${(OLD_GATES[parser.constructor.name] as RegExp).source})`),
    ),
  ].join('|'),
  'i',
);

type Parser = (typeof chrono.casual.parsers)[number];
type Context = Parameters<Parser['pattern']>[0];
/** chrono's parsing context for a text, taken from a parser that only looks at it. */
function contextOf(text: string): Context {
  let context: Context | undefined;
  const spy = chrono.casual.clone();
  spy.parsers = [
    {
      pattern: (seen) => {
        context = seen;
        return /(?!)/y;
      },
      extract: () => null,
    },
  ];
  spy.parse(text, REFERENCE);
  if (!context) throw new Error('chrono asked no parser for its pattern');
  return context;
}
/** Whether a parser's own pattern matches somewhere in the text (its first search, on the whole text). */
function parserMatches(parser: Parser, context: Context): boolean {
  const pattern = parser.pattern(context);
  pattern.lastIndex = 0;
  return pattern.exec(context.text) !== null;
}

const REFERENCE = { instant: new Date('2024-08-20T12:00:00Z'), timezone: 0 };

/** The words of every gate and of chrono's patterns, and words that start like them ("Mayor", "Novo", "market"). */
const WORDS = [
  ...['jan', 'Jan.', 'january', 'feb', 'February', 'mar', 'March', 'apr', 'April', 'may', 'May', 'jun', 'June', 'jul'],
  ...['July', 'aug', 'Aug.', 'August', 'sep', 'sept', 'Sept.', 'September', 'oct', 'October', 'nov', 'Nov.', 'dec'],
  ...['December', 'Mayor', 'market', 'decided', 'junior', 'Novo', 'Nova', 'Novosibirsk', 'Marten', 'Maryland', 'octet'],
  ...[
    'first',
    'second',
    'third',
    'fifth',
    'tenth',
    'twelfth',
    'nineteenth',
    'twentieth',
    'twenty',
    'thirty',
    'thirtieth',
  ],
  ...['1st', '2nd', '3rd', '5th', 'st', 'nd', 'th', 'of', 'in', 'on', 'to', 'until', 'BC', 'AD', 'CE', 'BCE', 'BE'],
  ...['0', '5', '12', '31', '44', '2023', '2024', '1999', '10:30', '5pm', 'am', 'pm'],
  ...['Monday', 'mon', 'Mon.', 'Sun', 'sat.', 'Thurs', 'weekend', 'weekday', 'week', 'this', 'last', 'past', 'next'],
  ...['after', 'after this', 'now', 'today', 'tonight', 'tomorrow', 'tmr', 'yesterday', 'night', 'morning', 'noon'],
  ...['within', 'for', 'about', 'around', 'just', '~', 'a', 'an', 'the', 'few', 'several', 'couple', 'half', 'one'],
  ...['three', 'eleven', 's', 'm', 'h', 'd', 'w', 'y', 'sec', 'mins', 'hour', 'hrs', 'days', 'weeks', 'month', 'mos'],
  ...['qtr', 'quarter', 'years', 'yr', 'ago', 'before', 'earlier', 'later', 'from now', 'henceforth', 'forward', 'out'],
  ...['Adam', 'them', 'was', 'soldiers', 'village', 'near', 'fighting', 'Kyiv', 'said', 'x', '_'],
];
const GAPS = ['', '', ' ', ' ', ' ', '  ', ', ', ',', '-', '/', '.', '. ', '–', '+', '\n'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { maxLength: 8 })
  .map((pieces) => pieces.map(([word, gap]) => word + gap).join(''));

describe('chrono parser gates (rewritten for speed, month gates tighter)', () => {
  it('pass on the same texts as the gates as first written, the tighter ones only where those pass', () => {
    fc.assert(
      fc.property(text, (sample) => {
        for (const [name, gate] of Object.entries(PARSER_GATES)) {
          const old = (OLD_GATES[name] as RegExp).test(sample);
          if (TIGHTER.has(name)) {
            if (gate.test(sample)) expect(old, `${name}: ${sample}`).toBe(true);
          } else expect(gate.test(sample), `${name}: ${sample}`).toBe(old);
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it('fail only on texts where their parser finds nothing', () => {
    fc.assert(
      fc.property(text, (sample) => {
        const context = contextOf(sample);
        for (const parser of chrono.casual.parsers) {
          const gate = PARSER_GATES[parser.constructor.name] as RegExp;
          if (!gate.test(sample))
            expect(parserMatches(parser, context), `${parser.constructor.name}: ${sample}`).toBe(false);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('mayHoldDate passes only where the first gates did, and fails only where chrono finds no date', () => {
    let tighter = 0;
    fc.assert(
      fc.property(text, (sample) => {
        const old = OLD_DATE_GATE.test(sample);
        if (mayHoldDate(sample)) expect(old, sample).toBe(true);
        else if (old) {
          tighter++;
          expect(chrono.casual.parse(sample, REFERENCE).filter(isDated), sample).toEqual([]);
        }
      }),
      { numRuns: 10_000 },
    );
    // the property is not empty: the tighter month gates skip chrono on some of the texts
    expect(tighter).toBeGreaterThan(100);
  });
});

describe("the span patterns' gate (SPAN_WORD)", () => {
  // the words of the three span patterns, near misses ("pasta", "lasting", "sincere"), in any case
  const word = fc.constantFrom(
    'over',
    'in',
    'during',
    'within',
    'for',
    'throughout',
    'the',
    'past',
    'last',
    'previous',
    'preceding',
    'recent',
    'few',
    'since',
    'beginning',
    'start',
    'end',
    'middle',
    'of',
    'early',
    'mid-',
    'late',
    'days',
    'day',
    'weeks',
    'month',
    'months',
    'years',
    'three',
    'couple',
    '12',
    'September',
    'March',
    'pasta',
    'lasting',
    'sincere',
    'Past',
    'LAST',
    'Since',
    'RECENT',
    'troops',
    ',',
  );
  const words = fc
    .array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '')), { maxLength: 8 })
    .map((parts) => parts.map(([w, gap]) => w + gap).join(''));
  // whole spans as the patterns read them, so that a good share of the texts match
  const span = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('over', 'In', 'during', 'within', 'for', 'throughout'),
        fc.constantFrom('past', 'Last', 'previous', 'preceding'),
        fc.constantFrom('', 'three ', 'couple of ', '12 ', 'few '),
        fc.constantFrom('days', 'week', 'Months', 'years'),
      )
      .map(([a, b, c, d]) => `${a} the ${b} ${c}${d}`),
    fc
      .tuple(fc.constantFrom('in', 'Over', 'during'), fc.constantFrom('recent', 'the past few', 'the Last few'))
      .map(([a, b]) => `${a} ${b} days`),
    fc.constantFrom('the start of ', 'the end of ', 'early ', 'mid-', '').map((part) => `since ${part}September`),
  );
  const text = fc
    .tuple(words, fc.option(span, { freq: 2 }), words)
    .map(([before, middle, after]) => `${before}${middle ?? ''} ${after}`);

  it('a text without one of its words holds no match of any span pattern (20k texts)', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (sample) => {
        const matches = SPAN_PATTERNS.flatMap((pattern) => [...sample.matchAll(pattern)]);
        if (matches.length > 0) matched++;
        for (const match of matches) expect(SPAN_WORD.test(match[0])).toBe(true);
        if (!SPAN_WORD.test(sample)) expect(matches).toEqual([]);
      }),
      { numRuns: 20_000 },
    );
    expect(matched).toBeGreaterThan(5_000);
  });
});
