import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventMatch } from '../../../src/pipeline/claims/detect-events.ts';
import { inferSubjectSide, type Span } from '../../../src/pipeline/claims/infer-subject-side.ts';
import {
  ENEMY_NOUNS,
  opposite,
  PLACE_NOUNS,
  SIDE_CUE_PATTERN,
  sideOfCue,
  TROOP_NOUNS,
} from '../../../src/pipeline/claims/lexicon.ts';
import { EVENTS, SIDES, type Side } from '../../../src/pipeline/schema.ts';

type Cue = { side: Side; start: number; role: 'troops' | 'agent' | 'place' };
const NOT_TROOPS =
  /^\s*(?:bloggers?|channels?|spokes\w*|intelligence|analysts?|correspondents?|command|leadership|officials?|sources?|media|ministry|telegram|television|tv|state|authorities|officers? said|observers?|experts?|commentators?|president|minister|general staff)\b/i;
const ACTOR_NOUNS = `${TROOP_NOUNS}|counter-attacks?|counterattacks?|counter-offensives?|counteroffensives?|offensives?|assaults?|attacks?|advances?|operations?|incursions?`;
const troopCue = new RegExp(
  String.raw`\b(${SIDE_CUE_PATTERN})(?![\w’'])(?:\s+(?!by\b|and\b|to\b)[\w’'"“”-]+){0,3}?\s+(?:${ACTOR_NOUNS})\b`,
  'gi',
);
const placeCue = new RegExp(
  String.raw`\b(${SIDE_CUE_PATTERN})(?![\w’'])(?:\s+[\w’'-]+){0,2}?\s+(?:${PLACE_NOUNS})\b`,
  'gi',
);
const enemyCue = new RegExp(String.raw`\b(?:${ENEMY_NOUNS})\b`, 'gi');
const enemyPlace = new RegExp(String.raw`^\s+(?:[\w-]+\s+)?(?:${PLACE_NOUNS})\b`, 'i');
const actorCountry = /\b(Ukraine|Russia|Kyiv|Kiev|Moscow)\s+(?:has|have|had|is|was|now|says|said|claims?|then)\b/gi;

/**
 * The specification: inferSubjectSide as first written, each cue pattern a `matchAll` scan of the
 * whole sentence (the module tries its sticky twins only where a cue word starts), the clause from
 * `indexOf`s.
 */
function reference(sentence: string, match: EventMatch, excluded: Span[], speakerSide: Side): Side {
  const inside = (position: number) => excluded.some((span) => position >= span.start && position < span.end);
  const cues: Cue[] = [];
  for (const found of sentence.matchAll(troopCue)) {
    const start = found.index ?? 0;
    if (inside(start)) continue;
    const end = start + found[0].length;
    if (NOT_TROOPS.test(sentence.slice(end)) || NOT_TROOPS.test(found[0].slice((found[1] ?? '').length))) continue;
    const before = sentence.slice(Math.max(0, start - 30), start);
    const agent = /\b(?:by|to|from|against|with)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$/i.test(before);
    cues.push({ side: sideOfCue(found[1] ?? ''), start, role: agent ? 'agent' : 'troops' });
  }
  for (const found of sentence.matchAll(placeCue)) {
    const start = found.index ?? 0;
    if (inside(start) || cues.some((cue) => cue.start === start)) continue;
    cues.push({ side: sideOfCue(found[1] ?? ''), start, role: 'place' });
  }
  for (const found of sentence.matchAll(enemyCue)) {
    const start = found.index ?? 0;
    if (inside(start) || speakerSide === 'unknown' || speakerSide === 'independent') continue;
    const before = sentence.slice(Math.max(0, start - 20), start);
    const agent = /\b(?:by|to|against)\s+(?:the\s+)?$/i.test(before);
    const place = enemyPlace.test(sentence.slice(start + found[0].length));
    cues.push({ side: opposite(speakerSide), start, role: place ? 'place' : agent ? 'agent' : 'troops' });
  }
  for (const found of sentence.matchAll(actorCountry)) {
    const start = found.index ?? 0;
    if (inside(start)) continue;
    cues.push({ side: sideOfCue(found[1] ?? ''), start, role: 'agent' });
  }
  cues.sort((a, b) => a.start - b.start);

  const before = sentence.slice(0, match.start);
  const clauseStart =
    Math.max(before.lastIndexOf(';'), before.lastIndexOf(' – '), before.lastIndexOf(' — '), before.lastIndexOf(': ')) +
    1;
  const rest = sentence.slice(match.end);
  const stops = [rest.indexOf(';'), rest.indexOf(' – '), rest.indexOf(' — ')].filter((index) => index !== -1);
  const clauseEnd = stops.length ? match.end + Math.min(...stops) : sentence.length;
  const inClause = cues.filter((cue) => cue.start >= clauseStart && cue.start < clauseEnd);
  const nearestBefore = (list: Cue[], position: number) => list.filter((cue) => cue.start < position).at(-1);
  const nearestAfter = (list: Cue[], position: number) => list.find((cue) => cue.start >= position);
  const pronounActor =
    match.transitive &&
    /\b(?:we|they|our)\s+(?:[\w’'-]+\s+){0,3}$/i.test(sentence.slice(clauseStart, match.start)) &&
    (speakerSide === 'russia' || speakerSide === 'ukraine');
  if (match.event === 'control') {
    const place = inClause.find((cue) => cue.role === 'place');
    if (place) return place.side;
    if (match.subjectLoses) return nearestBefore(inClause, match.start)?.side ?? 'unknown';
    if (pronounActor && !nearestBefore(inClause, match.start)) return opposite(speakerSide);
    const holderAfter = inClause.find(
      (cue) => cue.start >= match.end && /^\s*(?:of|by)\s+(?:the\s+)?$/i.test(sentence.slice(match.end, cue.start)),
    );
    const holder = nearestBefore(inClause, match.start) ?? holderAfter;
    return holder ? opposite(holder.side) : 'unknown';
  }
  const troops = inClause.filter((cue) => cue.role === 'troops');
  const agents = inClause.filter((cue) => cue.role === 'agent');
  if (match.transitive) {
    const object = nearestAfter(troops, match.end);
    if (object) return object.side;
    if (pronounActor) return opposite(speakerSide);
    const captor = nearestBefore(inClause, match.start);
    return captor ? opposite(captor.side) : 'unknown';
  }
  const subject = nearestBefore(troops, match.start) ?? nearestAfter(troops, match.end);
  if (subject) return subject.side;
  const agent = nearestAfter(agents, match.end) ?? nearestBefore(agents, match.start);
  if (agent) return match.event === 'advance' ? agent.side : opposite(agent.side);
  return 'unknown';
}

/** Side words, troop, place and enemy nouns, and the words around them. */
const WORDS = [
  ..."Russian|russian|RUSSIA|Russia|Russia’s|Russia's|Moscow|Moscow's|Kremlin|Kremlin’s|pro-Russian|Wagner|Chechen|Ukrainian|Ukraine|Ukraine's|Kyiv|Kyiv’s|Kiev|Kiev's|pro-Ukrainian|PRO-UKRAINIAN".split(
    '|',
  ),
  ...'troops|soldiers|forces|units|men|military men|service members|POWs|brigade|counter-attack|offensive|advances'.split(
    '|',
  ),
  ...'village|towns|territory|square km|positions|base|region|oblast'.split('|'),
  ...'enemy|Enemies|invaders|occupiers|occupants|orcs|aggressor|aggressors|attackers|raiders|terrorists|nationalists|neo-Nazis|militants'.split(
    '|',
  ),
  ...'has|have|said|claims|then|now|is|was|by|to|from|against|with|and|the|a|of|we|they|our|captured|surrendered'.split(
    '|',
  ),
  ...'bloggers|officials|media|spokesman|officers said|general staff|Telegram'.split('|'),
  'against the',
  'escorted by a',
  'well-equipped',
  'counter-offensives',
];
/** The marks that bound a clause, and quotes and apostrophes that end a side word. */
const MARKS = [';', ': ', ' – ', ' — ', ', ', '“', '”', '"', "'", '’', '-'];
const CHARACTERS = [...' ,.;:-_aZ9\t', '\u00A0', '\u2009', '\u2013', '\u2014', '\u2019', 'é', '\u212A'];
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 5 },
  { arbitrary: fc.constantFrom(...MARKS), weight: 2 },
  { arbitrary: fc.constantFrom(' ', ' ', '  '), weight: 5 },
  { arbitrary: fc.constantFrom(...CHARACTERS), weight: 1 },
);
const sentence = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
const span = (length: number) =>
  fc
    .tuple(fc.nat({ max: length }), fc.nat({ max: length }))
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
const input = sentence.chain((text) =>
  fc.record({
    text: fc.constant(text),
    trigger: span(text.length),
    event: fc.constantFrom(...EVENTS),
    transitive: fc.boolean(),
    subjectLoses: fc.option(fc.boolean(), { nil: undefined }),
    excluded: fc.array(span(text.length), { maxLength: 2 }),
    speakerSide: fc.constantFrom(...SIDES),
  }),
);

describe('inferSubjectSide', () => {
  it('gives the same side as the plain scans on random sentences', () => {
    fc.assert(
      fc.property(input, ({ text, trigger, event, transitive, subjectLoses, excluded, speakerSide }) => {
        const match: EventMatch = { event, start: trigger.start, end: trigger.end, transitive, subjectLoses };
        expect(inferSubjectSide(text, match, excluded, speakerSide)).toBe(
          reference(text, match, excluded, speakerSide),
        );
      }),
      { numRuns: 20_000 },
    );
  });

  // a wrong cue changes the side at some trigger positions only: try them all, for each kind of event
  const sentenceInput = fc.record({
    text: fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join('')),
    excluded: fc.array(span(60), { maxLength: 2 }),
    speakerSide: fc.constantFrom(...SIDES),
  });
  const KINDS: Omit<EventMatch, 'start' | 'end'>[] = [
    { event: 'surrender', transitive: false },
    { event: 'capture', transitive: true },
    { event: 'advance', transitive: false },
    { event: 'control', transitive: false },
    { event: 'control', transitive: true, subjectLoses: true },
  ];
  it('gives the same side as the plain scans at every trigger position', () => {
    fc.assert(
      fc.property(sentenceInput, ({ text, excluded, speakerSide }) => {
        for (let start = 0; start <= text.length; start++) {
          for (const kind of KINDS) {
            const match: EventMatch = { ...kind, start, end: Math.min(text.length, start + 3) };
            expect(inferSubjectSide(text, match, excluded, speakerSide)).toBe(
              reference(text, match, excluded, speakerSide),
            );
          }
        }
      }),
      { numRuns: 1_500 },
    );
  });
});
