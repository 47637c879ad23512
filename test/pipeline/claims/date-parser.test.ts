import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateParser,
  isDated,
  mayHoldDate,
  PARSER_GATES,
  resolveClaimDate,
} from '../../../src/pipeline/claims/resolve-claim-date.ts';

const REFERENCE = { instant: new Date('2024-08-20T12:00:00Z'), timezone: 0 };

/** Everything of a chrono result that resolveClaimDate reads. */
function results(parser: typeof chrono.casual, text: string): string[] {
  return parser.parse(text, REFERENCE).map((result) => {
    const known = result.start;
    const certain = ['day', 'weekday', 'month', 'year', 'hour'].map((part) => (known.isCertain(part as 'day') ? 1 : 0));
    return `${result.index}|${result.text}|${known.date().toISOString()}|${certain.join('')}|${result.end?.date().toISOString() ?? ''}`;
  });
}

const PHRASES = [
  'On August 7 troops left.',
  'The attack came on 5 March 2024 at dawn.',
  'It happened on Aug. 3, the ministry said.',
  'Fighting resumed on Monday night near the river.',
  'The village fell last week, officials said.',
  'Two days ago the convoy was hit.',
  'A week later the unit withdrew; three hours after that it returned.',
  'They held out for 3 days in early May.',
  'By the end of the month the front had moved.',
  'The report was filed on 2024-03-05T10:00Z and updated 5/3/2024.',
  'At 5 p.m. yesterday the shelling stopped, and this morning it resumed.',
  'Since 12/2023 the town has been empty; tonight they leave.',
  'Next month, or within 2 weeks, talks may restart.',
  'They may march tomorrow, a Sunday, or the weekend after next.',
  'In 2022 March was cold; the 21st of June was not.',
  'Russian forces had captured the village after heavy fighting.',
  // one date each, for the tighter gates (a gate is tested on the whole text)
  'They returned after a week of fighting.',
  'It was over afterthis week.',
  'He left on Mondaythis week.',
  'The attack came Sat. night.',
  'Over the weekend the town fell.',
  'It fell 5 hrs later.',
  'A couple of days before, the report came.',
  'Half an hour ago it ended.',
  'The file is dated 2024 mar 5.',
  'Troops held out - 3 days on.',
  'The town fell within 2 weeks.',
  'They held it for a couple of days.',
  'In about ~3 hours it was over.',
  'The convoy came in half an hour.',
  'They fought for several daysand 3 hours.',
  'Shelling stopped for 1h30m.',
  'They held the bridge in 2 hours30 minutes.',
  'The deal was done in 5yrs.',
  // month names as the four month parsers read them, with nothing, a dot, "of" or an ordinal word after
  'The town fell on Dec.5 after a siege.',
  'The town fell on 5dec.',
  'The town fell on Sept. 3rd, officials said.',
  'The town fell mayfirst.',
  'The town fell in May of 2023.',
  'The town fell in march 2024.',
  'The town fell in 2023 March.',
  'The file is dated 2023 Sept.5.',
  'The file is dated 2023-jan-05.',
  'The town fell junetwenty first.',
  'The town fell on the 5thof June.',
  'The town fell inmay.',
  'The fort was built in 10CEmay.',
  'See you tmrw.',
];
const TOKENS = [
  ...PHRASES.flatMap((phrase) => phrase.split(' ')),
  'ago',
  'later',
  'earlier',
  'before',
  '+2',
  '-',
  'mins',
  'hrs',
  'yr',
  '3d',
  'noon',
  'midnight',
  'Thurs.',
  'Sept.',
  '10:30',
  '07:50AM',
  'o’clock',
  'fortnight',
  'the',
  'a',
  'few',
  // what the tighter gates look for: weekdays and their suffixes, units after a number, "after this"
  'Mondaythis week',
  'weekend',
  'Sat.',
  'month',
  'after this',
  'couple of',
  'half an',
  'several',
  '-3',
  '+1',
  'week.',
  '2024/05',
  '2023 Mar',
  // month names run on into other letters
  'Dec.5',
  '5dec',
  'mayfirst',
  'Mayof',
  'Mayor',
  'Novo',
  'market',
  'junior',
  'Marten',
  'septenth',
  'inmay',
  'CEmay',
  'tmrw',
];

describe('dateParser (chrono with gated parsers)', () => {
  it('has a gate for every parser of chrono.casual', () => {
    expect(
      chrono.casual.parsers.map((parser) => parser.constructor.name).filter((name) => !PARSER_GATES[name]),
    ).toEqual([]);
  });

  it('finds what chrono.casual finds in written phrases', () => {
    for (const phrase of PHRASES) expect(results(dateParser, phrase), phrase).toEqual(results(chrono.casual, phrase));
    expect(results(dateParser, PHRASES[4] as string)).not.toEqual([]);
  });

  it('finds what chrono.casual finds in random mixes of date words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }),
        fc.constantFrom(' ', ', ', '  '),
        (words, gap) => {
          const text = words.join(gap);
          expect(results(dateParser, text)).toEqual(results(chrono.casual, text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('mayHoldDate (chrono is skipped when only a time of day can be read)', () => {
  /** Times, numbers and counts (what opens only the time parsers' gates), among other words and a few date words. */
  const WORDS = [
    ...['12', '5', '352', '2,000', '10:30', '7.15', '5pm', '5 p.m.', 'at', 'from', 'to', 'until', '-', '–', 'o’clock'],
    ...['noon', 'midnight', 'morning', 'evening', 'night', 'at night', 'in the morning', 'afternoon', 'this'],
    ...['soldiers', 'surrendered', 'near', 'the', 'village', 'said', 'kilometres', 'about', 'over', 'and', ','],
    ...['Monday', 'August', 'yesterday', 'ago', 'week', 'last', '2024', '5/3', 'next', 'days'],
  ];

  it('skips only texts in which chrono.casual finds no date, and passes date phrases', () => {
    let skipped = 0;
    let timesFound = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }), (words) => {
        const text = words.join(' ');
        if (mayHoldDate(text)) return;
        skipped++;
        const found = chrono.casual.parse(text, REFERENCE);
        if (found.length > 0) timesFound++;
        expect(found.filter(isDated).map((result) => result.text)).toEqual([]);
      }),
      { numRuns: 5000 },
    );
    // the property is not empty: many texts are skipped, and in some of them chrono reads a time of day
    expect(skipped).toBeGreaterThan(500);
    expect(timesFound).toBeGreaterThan(100);
    for (const phrase of PHRASES.slice(0, 15)) expect(mayHoldDate(phrase), phrase).toBe(true);
    for (const phrase of PHRASES.slice(16)) expect(mayHoldDate(phrase), phrase).toBe(true);
  });

  it('skips words that start with a month name', () => {
    for (const text of [
      'The mayor of Novosibirsk decided on 12 market stalls.',
      'Nova Kakhovka and Marinka: 5 juniors.',
    ])
      expect(mayHoldDate(text), text).toBe(false);
  });

  it('still dates a time next to a date, and gives no date for a time alone', () => {
    expect(resolveClaimDate('At 5 p.m. on Monday the shelling stopped.', 0, '2024-08-20')?.date).toBe('2024-08-19');
    expect(resolveClaimDate('At 5 p.m. 12 soldiers surrendered.', 0, '2024-08-20')).toBeNull();
  });
});
