import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignRole,
  CAPITAL_SOURCE_AFTER,
  CAPTION,
  CAPTION_WORDS,
  DATELINE_AFTER,
  DATELINE_BEFORE,
  governmentSpeaks,
  isDateline,
  lastWords,
  type RoleContext,
  TAIL_PATTERNS,
  type TailPattern,
  VENUE_BEFORE,
} from '../../../src/pipeline/geo/assign-role.ts';
import { GOVERNMENT_NOUNS, SPEECH_VERBS } from '../../../src/pipeline/geo/word-lists.ts';

// The specifications: the functions as they were, every pattern tested on the whole text before the name.

function isDatelineReference(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  return (
    DATELINE_BEFORE.test(text.slice(lineStart, start)) &&
    DATELINE_AFTER.test(text.slice(end, Math.min(lineEnd, end + 80)))
  );
}

function governmentSpeaksReference(text: string, start: number, end: number): boolean {
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  const after = text.slice(end, Math.min(lineEnd, end + 80));
  const before = text.slice(Math.max(0, start - 30), start);
  return (
    SPEECH_VERBS.test(after.replace(/^\s*(?:,\s*(?:however|though|meanwhile|in turn|for its part)\s*,\s*)?/i, '')) &&
    !/\b(?:in|at|near|from|to|into|of)\s+(?:the\s+)?$/i.test(before)
  );
}

const {
  ORIGIN_BEFORE,
  ORIGIN_ENDING,
  ORIGIN_LEAD,
  MOVEMENT_BEFORE_FROM,
  COMPARISON_BEFORE,
  COMPARISON_ENDING,
  VENUE_ENDING,
  AGENT_BEFORE,
  GOVERNMENT_OBJECT_BEFORE,
} = TAIL_PATTERNS;

function assignRoleReference(
  text: string,
  start: number,
  end: number,
  kind: 'country' | 'region' | 'settlement' | 'macro' | null,
  context: RoleContext,
): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  const before = text.slice(Math.max(lineStart, start - 120), start);
  const after = text.slice(end, Math.min(lineEnd, end + 80));

  if (isDatelineReference(text, start, end)) return 'dateline';
  if (context.government && /^\s*$/.test(after) && /\S\s*:\s*$/.test(before)) return 'metonym';
  if (context.government) {
    if (/(?:^|[.!?;"“]\s*)in\s+$/i.test(text.slice(lineStart, start)) && CAPITAL_SOURCE_AFTER.test(after))
      return 'other';
    if (GOVERNMENT_OBJECT_BEFORE.pattern.test(before) && /^\s+(?:of|for|to|over|into|against|that|not)\b/i.test(after))
      return 'metonym';
  }
  if (COMPARISON_BEFORE.pattern.test(before)) return 'comparison';
  if (ORIGIN_BEFORE.pattern.test(before) && !MOVEMENT_BEFORE_FROM.pattern.test(before)) return 'origin';
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
    AGENT_BEFORE.pattern.test(before) &&
    /\b(?:imposed|blocked|supplied|backed|ordered|controlled|recognized|sanctioned)\s+by\s+$/i.test(before)
  )
    return 'metonym';
  if (CAPTION.test(text.slice(lineStart, lineEnd))) return 'other';
  return 'event';
}

/** The words of every role rule, and what confuses word, space and case tests. */
const WORDS = [
  ...'were from born in native natives of the size times area as large than compared with to city state'.split(' '),
  ...'press conference summit at by imposed sanctioned and accused call on urged fled moved near into'.split(' '),
  ...'people came originally troops said officials regime government has denied however photo taken AFP'.split(' '),
  ...['pictured', 'Reuters', '(Reuters)', 'KYIV', 'In', 'FROM', 'Of', 'x', '12', '3rd', 'ex-troops'],
  ...['forces', 'NATIVES', 'Born', 'THE', 'With', 'photograph', 'Getty Images', 'reuters/', 'file photo'],
  ...["Kyiv's", 'Kyiv’s', "Kyiv'ſ", 'nativeſ', "s'", 's', 'É', 'ſ', '\u212A', 'İ', 'ı'],
  ...['—', '–', '-', '--', ' - ', ':', ',', '.', ';', '"', '“', '’', "'", '(', ')'],
];
/** Whole phrases of the rules, at their longest: a word more or less tests the bounds in words. */
const PHRASES = [
  'prisoners came originally from the',
  "were really from the Kyiv's",
  'as large as the city of',
  'were from',
  'born in',
  'natives of',
  "nativeſ of the Kyiv'ſ",
  'BORN IN THE',
  'fled back home again from the',
  'moved from',
  'times the size of the city of',
  'compared with the state of',
  'as large as',
  'bigger than',
  'press conference held in the',
  'summit in',
  'sanctions imposed by',
  'called on',
  'accused',
  'photo taken by',
];
const SPACES = [' ', ' ', ' ', '  ', '', '\u00A0', '\t', '\n', '\u2028', '\u3000', '\uFEFF', '\u180E', ', '];
const words = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PHRASES)), fc.constantFrom(...SPACES)), {
    maxLength: 14,
  })
  .map((pairs) => pairs.map(([word, space]) => word + space).join(''));
const mention = fc.record({
  before: words,
  name: fc.constantFrom('Kyiv', 'Moscow', 'New York', 'K', 'Kyiv’s'),
  lead: fc.constantFrom('', ' ', '\n', ', ', ' said', ' —', ':', "'s ", '’ ', "'s"),
  after: words,
});

describe('assignRole fast paths', () => {
  it('finds each end-anchored pattern on the last words as on the whole text', () => {
    fc.assert(
      fc.property(words, (text) => {
        for (const { pattern, words: count } of Object.values(TAIL_PATTERNS))
          expect(pattern.test(lastWords(text, count))).toBe(pattern.test(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads 80 characters of the line after the name', () => {
    for (const [text, dateline] of [
      [`KYIV${' '.repeat(79)}: troops`, true],
      [`KYIV${' '.repeat(80)}: troops`, false],
      [`KYIV${' '.repeat(20)}\n: troops`, false],
    ] as const) {
      expect(isDateline(text, 0, 4)).toBe(dateline);
      expect(isDatelineReference(text, 0, 4)).toBe(dateline);
      expect(assignRole(text, 0, 4, 'settlement') === 'dateline').toBe(dateline);
    }
  });

  it('reads 120 characters of the line before the name', () => {
    for (const [spaces, role] of [
      [111, 'origin'],
      [112, 'event'],
    ] as const) {
      const text = `were from${' '.repeat(spaces)}Kyiv`;
      const start = text.length - 4;
      expect(assignRole(text, start, text.length, 'settlement')).toBe(role);
      expect(assignRoleReference(text, start, text.length, 'settlement', {})).toBe(role);
    }
  });

  it('finds a capital opening its sentence before its officials speak', () => {
    for (const [text, role] of [
      ['In Kyiv, officials said', 'other'],
      ['IN Kyiv, officials said', 'other'],
      ['It fell. In  Kyiv, officials said', 'other'],
      ['“in Kyiv, officials said', 'other'],
      ['Soldiers\nin Kyiv, officials said', 'other'],
      ['Troops in Kyiv, officials said', 'event'],
      [' in Kyiv, officials said', 'event'],
      ['It fell.\nIn\nKyiv, officials said', 'event'],
    ] as const) {
      const start = text.indexOf('Kyiv');
      expect(assignRole(text, start, start + 4, 'settlement', { government: true }), text).toBe(role);
      expect(assignRoleReference(text, start, start + 4, 'settlement', { government: true }), text).toBe(role);
    }
  });

  it('finds datelines as the two patterns do', () => {
    fc.assert(
      fc.property(mention, ({ before, name, lead, after }) => {
        const text = before + name + lead + after;
        const start = before.length;
        const end = start + name.length;
        expect(isDateline(text, start, end)).toBe(isDatelineReference(text, start, end));
        expect(governmentSpeaks(text, start, end)).toBe(governmentSpeaksReference(text, start, end));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives the roles the patterns give on the whole text before the name', () => {
    const kind = fc.constantFrom('country', 'region', 'settlement', 'macro', null);
    fc.assert(
      fc.property(mention, kind, fc.boolean(), ({ before, name, lead, after }, kind, government) => {
        const text = before + name + lead + after;
        const start = before.length;
        const end = start + name.length;
        expect(assignRole(text, start, end, kind, { government })).toBe(
          assignRoleReference(text, start, end, kind, { government }),
        );
      }),
      { numRuns: 20_000 },
    );
  });

  it('runs each cheaper test only where it cannot rule a match out', () => {
    const gates: Array<[RegExp, TailPattern]> = [
      [ORIGIN_BEFORE.pattern, ORIGIN_ENDING],
      [ORIGIN_BEFORE.pattern, ORIGIN_LEAD],
      [COMPARISON_BEFORE.pattern, COMPARISON_ENDING],
      [VENUE_BEFORE, VENUE_ENDING],
    ];
    fc.assert(
      fc.property(words, (text) => {
        for (const [pattern, gate] of gates)
          if (pattern.test(text))
            expect(gate.pattern.test(lastWords(text, gate.words)), gate.pattern.source).toBe(true);
        if (CAPTION.test(text)) expect(CAPTION_WORDS.test(text)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it("gives a text's names their roles in any order, between calls on other texts", () => {
    // assignRole keeps what it found on the last text: a text of several lines and names, its
    // names asked in a random order, some after a call on another text
    const names = fc.array(fc.tuple(words, fc.constantFrom('Kyiv', 'Moscow', 'New York')), {
      minLength: 1,
      maxLength: 6,
    });
    const calls = names.chain((parts) =>
      fc.tuple(
        fc.constant(parts),
        words,
        fc.shuffledSubarray([...parts.keys()], { minLength: parts.length }),
        fc.array(fc.boolean(), { minLength: parts.length, maxLength: parts.length }),
        fc.boolean(),
      ),
    );
    fc.assert(
      fc.property(calls, ([parts, ending, order, others, government]) => {
        let text = '';
        const spans: Array<[number, number]> = [];
        for (const [before, name] of parts) {
          text += before;
          spans.push([text.length, text.length + name.length]);
          text += name;
        }
        text += ending;
        const other = `${ending}Kyiv said`;
        for (const [call, index] of order.entries()) {
          if (others[call])
            expect(assignRole(other, ending.length, ending.length + 4, 'settlement')).toBe(
              assignRoleReference(other, ending.length, ending.length + 4, 'settlement', {}),
            );
          const [start, end] = spans[index] as [number, number];
          expect(assignRole(text, start, end, 'country', { government })).toBe(
            assignRoleReference(text, start, end, 'country', { government }),
          );
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
