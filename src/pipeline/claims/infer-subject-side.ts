/**
 * Whose troops or territory a claim is about: `subjectSide` (issue 5, step 2).
 *
 * A side is read from a side word that qualifies a troop noun ("Ukrainian soldiers",
 * "Moscow's troops", "Kiev's forces") or a place noun ("Russian villages"); words for
 * the enemy ("the enemy", "invaders", "occupiers") name the side opposite the speaker.
 * Side words that qualify places ("Russia's Kursk region") or sources ("Russian
 * military bloggers") say nothing about the troops.
 *
 * - surrender, capture (passive), desertion, losses, advance: the troops in the subject
 *   before the trigger, else the ones after it ("the surrender of many Russian soldiers"),
 *   else the side opposite an agent ("escorted by Ukrainian troops", "surrendered to
 *   Kyiv's forces").
 * - an active capture ("Ukraine captured 40 Russian soldiers"): the troops after it,
 *   else the side opposite the captor.
 * - control: the side that loses the place, so the side opposite the troops that
 *   hold it, or the side named on the place itself.
 *
 * @example
 * inferSubjectSide('Ukrainian troops surrendered near the village.', {event: 'surrender', start: 17, end: 28, transitive: false}, [], 'unknown')
 * // => 'ukraine'
 */
import type { Side } from '../schema.ts';
import type { EventMatch } from './detect-events.ts';
import { ENEMY_NOUNS, opposite, PLACE_NOUNS, SIDE_CUE_PATTERN, sideOfCue, TROOP_NOUNS } from './lexicon.ts';

type Cue = { side: Side; start: number; role: 'troops' | 'agent' | 'place' };
export type Span = { start: number; end: number };

const NOT_TROOPS =
  /^\s*(?:bloggers?|channels?|spokes\w*|intelligence|analysts?|correspondents?|command|leadership|officials?|sources?|media|ministry|telegram|television|tv|state|authorities|officers? said|observers?|experts?|commentators?|president|minister|general staff)\b/i;

/** Troops, and what troops do: "a Ukrainian counter-attack gaining ground" names who advances. */
const ACTOR_NOUNS = `${TROOP_NOUNS}|counter-attacks?|counterattacks?|counter-offensives?|counteroffensives?|offensives?|assaults?|attacks?|advances?|operations?|incursions?`;
/**
 * The cue patterns are tried only where a cue word starts (`cueStarts`), hence sticky (`y`); each
 * begins with `\b` and one of the words of CUE_START, so it cannot match anywhere else.
 */
const troopCue = new RegExp(
  String.raw`\b(${SIDE_CUE_PATTERN})(?![\w’'])(?:\s+(?!by\b|and\b|to\b)[\w’'"“”-]+){0,3}?\s+(?:${ACTOR_NOUNS})\b`,
  'iy',
);
const placeCue = new RegExp(
  String.raw`\b(${SIDE_CUE_PATTERN})(?![\w’'])(?:\s+[\w’'-]+){0,2}?\s+(?:${PLACE_NOUNS})\b`,
  'iy',
);
const enemyCue = new RegExp(String.raw`\b(?:${ENEMY_NOUNS})\b`, 'iy');
const enemyPlace = new RegExp(String.raw`^\s+(?:[\w-]+\s+)?(?:${PLACE_NOUNS})\b`, 'i');
const ACTOR_COUNTRIES = 'Ukraine|Russia|Kyiv|Kiev|Moscow';
const actorCountry = new RegExp(
  String.raw`\b(${ACTOR_COUNTRIES})\s+(?:has|have|had|is|was|now|says|said|claims?|then)\b`,
  'iy',
);
/** A word boundary followed by a word that starts one of the cue patterns above. */
const CUE_START = new RegExp(String.raw`\b(?:${SIDE_CUE_PATTERN}|${ACTOR_COUNTRIES}|${ENEMY_NOUNS})`, 'gi');
/** troops after these words are the agent: "escorted by Ukrainian troops" (tested on the 30 characters before) */
const TROOP_AGENT_BEFORE = /\b(?:by|to|from|against|with)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$/i;
/** the enemy after these words is the agent: "surrendered to the enemy" (tested on the 20 characters before) */
const ENEMY_AGENT_BEFORE = /\b(?:by|to|against)\s+(?:the\s+)?$/i;

/**
 * Every position where CUE_START matches, overlapping ones too ("pro-Russian" and its "Russian").
 * One scan of the sentence serves the four cue patterns, which each scanned it before: trying every
 * position was most of a pattern's cost (issue 8).
 */
function cueStarts(sentence: string): number[] {
  const starts: number[] = [];
  CUE_START.lastIndex = 0;
  for (let found = CUE_START.exec(sentence); found !== null; found = CUE_START.exec(sentence)) {
    starts.push(found.index);
    CUE_START.lastIndex = found.index + 1;
  }
  CUE_START.lastIndex = 0;
  return starts;
}

/**
 * The matches of a sticky pattern as `allMatches` gives them for its global twin, when the pattern
 * can match only at `starts` (ascending): a global scan from `from` finds the match at the first
 * position at or after `from` where the pattern matches, and goes on from the end of that match.
 */
function matchesAt(pattern: RegExp, sentence: string, starts: number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    pattern.lastIndex = start;
    const found = pattern.exec(sentence);
    if (found === null) continue;
    matches.push(found);
    from = start + found[0].length;
  }
  pattern.lastIndex = 0;
  return matches;
}

function inside(position: number, spans: Span[]): boolean {
  return spans.some((span) => position >= span.start && position < span.end);
}

function collectCues(sentence: string, excluded: Span[], speakerSide: Side): Cue[] {
  const cues: Cue[] = [];
  const starts = cueStarts(sentence);
  if (starts.length === 0) return cues;
  for (const found of matchesAt(troopCue, sentence, starts)) {
    const start = found.index;
    if (inside(start, excluded)) continue;
    const end = start + found[0].length;
    if (NOT_TROOPS.test(sentence.slice(end)) || NOT_TROOPS.test(found[0].slice((found[1] ?? '').length))) continue;
    const before = sentence.slice(Math.max(0, start - 30), start);
    const agent = TROOP_AGENT_BEFORE.test(before);
    cues.push({ side: sideOfCue(found[1] ?? ''), start, role: agent ? 'agent' : 'troops' });
  }
  for (const found of matchesAt(placeCue, sentence, starts)) {
    const start = found.index;
    if (inside(start, excluded) || cues.some((cue) => cue.start === start)) continue;
    cues.push({ side: sideOfCue(found[1] ?? ''), start, role: 'place' });
  }
  // the enemy is the side opposite a known speaker: no cue otherwise
  if (speakerSide !== 'unknown' && speakerSide !== 'independent') {
    for (const found of matchesAt(enemyCue, sentence, starts)) {
      const start = found.index;
      if (inside(start, excluded)) continue;
      const before = sentence.slice(Math.max(0, start - 20), start);
      const agent = ENEMY_AGENT_BEFORE.test(before);
      // "an enemy stronghold" is the enemy's place
      const place = enemyPlace.test(sentence.slice(start + found[0].length));
      cues.push({ side: opposite(speakerSide), start, role: place ? 'place' : agent ? 'agent' : 'troops' });
    }
  }
  for (const found of matchesAt(actorCountry, sentence, starts)) {
    const start = found.index;
    if (inside(start, excluded)) continue;
    cues.push({ side: sideOfCue(found[1] ?? ''), start, role: 'agent' });
  }
  return cues.sort((a, b) => a.start - b.start);
}

function nearestBefore(cues: Cue[], position: number): Cue | undefined {
  return cues.filter((cue) => cue.start < position).at(-1);
}
function nearestAfter(cues: Cue[], position: number): Cue | undefined {
  return cues.find((cue) => cue.start >= position);
}

/** Limit the cues to the clause of the trigger: a `;` or a dash starts another clause. */
function clauseBounds(sentence: string, start: number, end: number): Span {
  // every mark below contains one of these characters: without them the clause is the sentence
  if (!CLAUSE_MARK_CHARACTER.test(sentence)) return { start: 0, end: sentence.length };
  const before = sentence.slice(0, start);
  const from =
    Math.max(before.lastIndexOf(';'), before.lastIndexOf(' – '), before.lastIndexOf(' — '), before.lastIndexOf(': ')) +
    1;
  const rest = sentence.slice(end);
  const stops = [rest.indexOf(';'), rest.indexOf(' – '), rest.indexOf(' — ')].filter((index) => index !== -1);
  return { start: from, end: stops.length ? end + Math.min(...stops) : sentence.length };
}
const CLAUSE_MARK_CHARACTER = /[;:–—]/;

export function inferSubjectSide(sentence: string, match: EventMatch, excluded: Span[], speakerSide: Side): Side {
  const clause = clauseBounds(sentence, match.start, match.end);
  const cues = collectCues(sentence, excluded, speakerSide).filter(
    (cue) => cue.start >= clause.start && cue.start < clause.end,
  );
  // "we captured …", "they have taken two villages": the speaker's own side acts
  const pronounActor =
    match.transitive &&
    /\b(?:we|they|our)\s+(?:[\w’'-]+\s+){0,3}$/i.test(sentence.slice(clause.start, match.start)) &&
    (speakerSide === 'russia' || speakerSide === 'ukraine');
  if (match.event === 'control') {
    const place = cues.find((cue) => cue.role === 'place');
    if (place) return place.side;
    if (match.subjectLoses) {
      const subject = nearestBefore(cues, match.start);
      return subject ? subject.side : 'unknown';
    }
    if (pronounActor && !nearestBefore(cues, match.start)) return opposite(speakerSide);
    // the holder: the subject before the trigger, or "under the control of X", "captured by X"
    const holderAfter = cues.find(
      (cue) => cue.start >= match.end && /^\s*(?:of|by)\s+(?:the\s+)?$/i.test(sentence.slice(match.end, cue.start)),
    );
    const holder = nearestBefore(cues, match.start) ?? holderAfter;
    return holder ? opposite(holder.side) : 'unknown';
  }
  const troops = cues.filter((cue) => cue.role === 'troops');
  const agents = cues.filter((cue) => cue.role === 'agent');
  if (match.transitive) {
    const object = nearestAfter(troops, match.end);
    if (object) return object.side;
    if (pronounActor) return opposite(speakerSide);
    const captor = nearestBefore(cues, match.start);
    return captor ? opposite(captor.side) : 'unknown';
  }
  const subject = nearestBefore(troops, match.start) ?? nearestAfter(troops, match.end);
  if (subject) return subject.side;
  const agent = nearestAfter(agents, match.end) ?? nearestBefore(agents, match.start);
  if (agent) return match.event === 'advance' ? agent.side : opposite(agent.side);
  return 'unknown';
}
