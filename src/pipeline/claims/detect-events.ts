/**
 * Find the words that report an event in one sentence (issue 5, step 2).
 *
 * A trigger is a verb or noun phrase (surrendered, laid down their arms, taken
 * prisoner, 12 POWs, fled, advanced, under the control of, lost, evacuated). Uses
 * of those words that do not assert an event are dropped, by general rules of
 * news English:
 * - a gerund after a preposition or `when`/`while` ("helps soldiers in
 *   surrendering", "when capturing soldiers") describes a habit or a purpose;
 * - a relative clause right after its noun ("the troops who surrendered", "POWs
 *   that surrendered") refers back to an event told elsewhere;
 * - an attributive participle ("the surrendered soldiers", "many captured villages",
 *   "occupied places") names a known state, not a new report;
 * - an appeal ("urged them to surrender", "called for their surrender") is not an event;
 * - a count noun like "prisoners" is a capture only with a quantity ("22 POWs",
 *   "dozens of prisoners") and not when the prisoners are themselves speaking.
 *
 * Offsets are relative to the sentence text.
 *
 * @example
 * detectEvents('Forty soldiers surrendered near the village.')
 * // => [{event: 'surrender', start: 14, end: 25, transitive: false}]
 */
import { allMatches } from '../all-matches.ts';
import { isSpaceCode } from '../char-codes.ts';
import type { ClaimEvent } from '../schema.ts';
import { CIVILIAN_NOUNS, PLACE_NOUNS, REPORTING_VERBS, TROOP_NOUNS } from './lexicon.ts';

export type EventMatch = {
  event: ClaimEvent;
  start: number;
  end: number;
  /** the trigger's grammatical subject is the actor (captor, controller) and the patient follows */
  transitive: boolean;
  /** control lost by the subject's own side: "troops withdrew from the town" */
  subjectLoses?: boolean;
};

/** A span of a place name inside the sentence, so that "captured Sudzha" reads as control. */
export type PlaceSpan = { start: number; end: number };

type Rule = {
  pattern: RegExp;
  /**
   * Lower-case word beginnings, one of which starts a word of every match of `pattern`
   * (each follows a `\b` or a `\s` in it): a sentence with no word starting with one of
   * them is not searched. Without the u flag, /i matches an ASCII letter of a pattern
   * only to the same ASCII letter in either case, and `\b` and `\w` are ASCII.
   */
  needles: readonly string[];
  classify: (
    sentence: string,
    start: number,
    end: number,
    places: PlaceSpan[],
  ) => Omit<EventMatch, 'start' | 'end'> | null;
};

const QUANTITY = String.raw`(?:\d[\d,.]*|a dozen|dozens|several|many|hundreds|thousands|scores|some|numerous|more|few|a number|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a hundred)`;
const QUANTITY_BEFORE = new RegExp(String.raw`\b${QUANTITY}\s+(?:[\w’'-]+\s+){0,3}$`, 'i');
const PASSIVE_AUX = /\b(?:been|were|was|are|is|being|be|get|got|gets)\s+(?:\w+\s+)?$/i;
const DETERMINER_BEFORE =
  /\b(?:the|a|an|many|some|these|those|of|their|its|his|her|our|several|other|all|dozens of)\s+$/i;
const PREPOSITION_BEFORE = /\b(?:in|when|while|by|for|of|about|on|after|before|without|from|against|at|into|to)\s+$/i;
const RELATIVE_BEFORE = /\b(?:who|that|which)\s+(?:(?:had|have|has|already|just|reportedly)\s+)*$/i;
/** "the peninsula that Russia has occupied": a relative clause with its own subject, after a noun */
const RELATIVE_WITH_SUBJECT =
  /\b([\w’'-]+)\s+(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:had|have|has|is|was|were)\s+(?:\w+ly\s+)?$/;
const REPORTING_WORD = new RegExp(
  `^(?:${REPORTING_VERBS}|so|such|now|believe|believes|believed|think|thinks|thought|show|shows|showed|indicate|indicated|suggest|suggested|means?|clear|likely)$`,
  'i',
);
const APPEAL_BEFORE =
  /\b(?:urg(?:e|ed|es|ing)|call(?:ed|ing|s)?\s+(?:on|for|upon)|demand(?:ed|ing|s)?|refus(?:e|ed|es|ing)|offer(?:ed|ing|s)?|encourag(?:e|ed|es|ing)|persuad(?:e|ed|es|ing)|ask(?:ed|ing|s)?|order(?:ed|ing|s)?|invit(?:e|ed|es|ing)|forc(?:e|ed|ing)|threaten(?:ed|ing|s)?|pressur(?:e|ed|es|ing)|appeal(?:ed|ing|s)?|convinc(?:e|ed|es|ing)|help(?:ed|ing|s)?|assist(?:ed|ing|s)?)\b(?:\s+[\w’'-]+){0,6}\s+$/i;

const troopNoun = new RegExp(String.raw`\b(?:${TROOP_NOUNS})\b`, 'i');
/** a troop noun that heads a phrase (not "the company's stronghold") */
const troopHead = new RegExp(String.raw`\b(?:${TROOP_NOUNS})\b(?!['’]s)`, 'i');
/** people who can be taken prisoner, troops or not */
const personNoun = new RegExp(
  String.raw`\b(?:${TROOP_NOUNS}|${CIVILIAN_NOUNS}|employees|staff|workers|guards|officials|crew|volunteers|journalists|individuals)\b(?!['’]s)`,
  'i',
);
const placeNoun = new RegExp(String.raw`\b(?:${PLACE_NOUNS})\b`, 'i');
const civilianNoun = new RegExp(String.raw`\b(?:${CIVILIAN_NOUNS})\b`, 'i');
const reportingVerbAfter = new RegExp(String.raw`^\s+(?:${REPORTING_VERBS})\b`, 'i');

/** Text of the clause before the trigger: back to the previous clause break. */
function clauseBefore(sentence: string, start: number): string {
  const before = sentence.slice(0, start);
  // a reported clause starts after "that": "the ministry claimed that soldiers were captured"
  const that = before.search(/\bthat\s+(?:[\w’'-]+\s+){0,8}$/);
  const cut = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf(' – '),
    before.lastIndexOf(' — '),
    before.lastIndexOf(': '),
    that === -1 ? -1 : that + 4,
  );
  return before.slice(cut + 1);
}

function placeWithin(sentence: string, from: number, words: number, places: PlaceSpan[]): boolean {
  const window = firstParts(sentence, from, words + 1);
  const to = from + window.length + 1;
  return places.some((place) => place.start >= from && place.start <= to) || placeNoun.test(window);
}

/**
 * `text.slice(from).split(/\s+/).slice(0, count).join(' ')` (count >= 1), without splitting the
 * rest of the text. The split cuts at each maximal run of white space (an empty first or last
 * part where the text starts or ends with one); where the runs within the parts taken are single
 * spaces, as they mostly are, the join is the slice of the text that holds them.
 */
export function firstParts(text: string, from: number, count: number): string {
  let at = from;
  let parts = 1;
  let singleSpaced = true;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (!isSpaceCode(code)) {
      at++;
      continue;
    }
    if (parts === count) break;
    const spaceStart = at;
    do at++;
    while (at < text.length && isSpaceCode(text.charCodeAt(at)));
    if (code !== 0x20 || at - spaceStart !== 1) singleSpaced = false;
    parts++;
  }
  return singleSpaced ? text.slice(from, at) : text.slice(from).split(/\s+/).slice(0, count).join(' ');
}

const NON_SPACE_RUN = /\S+/g;

/**
 * The first `count` words from `from` (>= 0), joined by one space: what
 * `sentence.slice(from).trim().split(/\s+/).slice(0, count).join(' ')` gives (`trim` strips what
 * `\s` matches), without splitting the rest of the sentence. Where single spaces part the words,
 * that is the slice from the first word to the last.
 */
export function nextWords(sentence: string, from: number, count: number): string {
  let at = from;
  while (at < sentence.length && isSpaceCode(sentence.charCodeAt(at))) at++;
  const first = at;
  let last = at;
  let singleSpaced = true;
  for (let words = 0; words < count && at < sentence.length; words++) {
    if (words > 0) {
      const spaceStart = at;
      while (at < sentence.length && isSpaceCode(sentence.charCodeAt(at))) at++;
      if (at === sentence.length) break;
      if (sentence.charCodeAt(spaceStart) !== 0x20 || at - spaceStart !== 1) singleSpaced = false;
    }
    while (at < sentence.length && !isSpaceCode(sentence.charCodeAt(at))) at++;
    last = at;
  }
  return singleSpaced ? sentence.slice(first, last) : joinedWords(sentence, from, count);
}

/** nextWords the long way: each run of non-space characters, joined by one space. */
function joinedWords(sentence: string, from: number, count: number): string {
  const words: string[] = [];
  NON_SPACE_RUN.lastIndex = from;
  while (words.length < count) {
    const word = NON_SPACE_RUN.exec(sentence);
    if (word === null) break;
    words.push(word[0]);
  }
  return words.join(' ');
}

/** captured / seized / occupied: people taken are a capture, places taken are control. */
function classifyTaking(defaultEvent: ClaimEvent) {
  return (sentence: string, start: number, end: number, places: PlaceSpan[]): Omit<EventMatch, 'start' | 'end'> => {
    const before = sentence.slice(0, start);
    const passive = PASSIVE_AUX.test(before);
    if (passive) {
      const subject = clauseBefore(sentence, start);
      const subjectStart = start - subject.length;
      // the head of the subject comes first: "employees … near the town of X" are people
      const personAt = subject.search(personNoun);
      const placeNounAt = subject.search(placeNoun);
      const placeNameAt = places.find((place) => place.start >= subjectStart && place.end <= start);
      const placeAt = Math.min(
        placeNounAt === -1 ? Infinity : placeNounAt,
        placeNameAt ? placeNameAt.start - subjectStart : Infinity,
      );
      if (personAt !== -1 && personAt < placeAt) return { event: 'capture', transitive: false };
      if (placeAt !== Infinity) return { event: 'control', transitive: false };
      return { event: defaultEvent, transitive: false };
    }
    const object = nextWords(sentence, end, 7);
    const troopAt = object.search(troopHead);
    const placeFound = placeWithin(sentence, end, 6, places);
    if (troopAt !== -1 && !(placeFound && object.search(placeNoun) !== -1 && object.search(placeNoun) < troopAt)) {
      return { event: 'capture', transitive: true };
    }
    if (placeFound) return { event: 'control', transitive: true };
    return { event: defaultEvent, transitive: true };
  };
}

/** The rules, in the order they are tried; exported for the tests. */
export const RULES: Rule[] = [
  {
    pattern: /\bsurrender(?:ed|ing|s)?\b/gi,
    needles: ['surrender'],
    classify: () => ({ event: 'surrender', transitive: false }),
  },
  {
    pattern: /\bla(?:id|y|ying|ys)\s+down\s+(?:their\s+|its\s+|his\s+|her\s+)?(?:arms|weapons)\b/gi,
    needles: ['down'],
    classify: () => ({ event: 'surrender', transitive: false }),
  },
  {
    pattern: /\bg(?:ave|ive|iving|iven|ives)\s+themselves\s+up\b/gi,
    needles: ['themselves'],
    classify: () => ({ event: 'surrender', transitive: false }),
  },
  {
    // "the marines gave up near the village": intransitive, with troops as subject
    pattern:
      /\bg(?:ave|ive|iving|iven|ives)\s+up(?=\s*(?:[,.;:!?]|$|\s+(?:near|in|at|on|to|after|when|without|and|outside|inside|south|north|east|west)\b))/gi,
    needles: ['gave', 'giv'],
    classify: (sentence, start) =>
      troopNoun.test(clauseBefore(sentence, start)) ? { event: 'surrender', transitive: false } : null,
  },
  {
    pattern: /\bcapitulat(?:ed|ing|ion|es?)\b/gi,
    needles: ['capitulat'],
    classify: () => ({ event: 'surrender', transitive: false }),
  },
  {
    pattern: /\b(?:raised|raising|waved|waving|wave|raise)\s+(?:a\s+|the\s+)?white\s+flags?\b/gi,
    needles: ['white'],
    classify: () => ({ event: 'surrender', transitive: false }),
  },
  {
    pattern: /\b(?:taken|took|taking|take|takes)\s+(?:[\w’'-]+\s+){0,4}?(?:prisoners?|captive)\b/gi,
    needles: ['prisoner', 'captive'],
    classify: (sentence, start) => ({ event: 'capture', transitive: !PASSIVE_AUX.test(sentence.slice(0, start)) }),
  },
  {
    pattern: /\bheld\s+(?:as\s+)?(?:captive|prisoners?)\b/gi,
    needles: ['held'],
    classify: () => ({ event: 'capture', transitive: false }),
  },
  { pattern: /\bcaptur(?:ed|ing|es|e)\b/gi, needles: ['captur'], classify: classifyTaking('capture') },
  {
    pattern: /\b(?:POWs?|prisoners? of war|prisoners|captives)\b/gi,
    needles: ['pow', 'prisoner', 'captive'],
    classify: (sentence, start, end) => {
      if (!QUANTITY_BEFORE.test(sentence.slice(Math.max(0, start - 60), start))) return null;
      if (reportingVerbAfter.test(sentence.slice(end))) return null;
      return { event: 'capture', transitive: false };
    },
  },
  {
    pattern: /\b(?:desert(?:ed|ing|ion|ers?)|went\s+AWOL)\b/gi,
    needles: ['desert', 'awol'],
    classify: (sentence, start) => {
      // "the desert" is a landscape, not a desertion
      if (/\bthe\s+$/i.test(sentence.slice(0, start)) && /^desert\b/i.test(sentence.slice(start))) return null;
      return { event: 'desertion', transitive: false };
    },
  },
  {
    pattern: /\b(?:fled|flee|fleeing|flees|escaped)\b/gi,
    needles: ['fled', 'flee', 'escaped'],
    classify: (sentence, start) => {
      const subject = clauseBefore(sentence, start);
      const civilians = civilianNoun.exec(subject);
      const troops = troopNoun.exec(subject);
      if (civilians && (!troops || civilians.index > troops.index)) return { event: 'evacuation', transitive: false };
      if (troops) return { event: 'desertion', transitive: false };
      return { event: 'evacuation', transitive: false };
    },
  },
  {
    pattern:
      /\b(?:left|abandon(?:ed|ing)|quit)\s+(?:their\s+|its\s+|his\s+)?(?:trenches|positions|posts|units?|the\s+battlefield|the\s+front)\b/gi,
    needles: ['left', 'abandon', 'quit'],
    classify: () => ({ event: 'desertion', transitive: false }),
  },
  {
    pattern: /\badvanc(?:ed|ing|es|e)\b/gi,
    needles: ['advanc'],
    classify: (sentence, start, end) => {
      if (/\bin\s+$/i.test(sentence.slice(0, start))) return null; // "in advance"
      if (
        /^\s+(?:notice|warning|payment|copy|copies|weapons?|systems?|technology|training)\b/i.test(sentence.slice(end))
      )
        return null;
      return { event: 'advance', transitive: false };
    },
  },
  {
    pattern:
      /\b(?:mov(?:ed|ing|es|e)|push(?:ed|ing|es)?|press(?:ed|ing)|mak(?:ing|es)\s+(?:their|its)\s+way)\s+(?:[\w-]+\s+)?(?:towards?|into|deeper|on\s+to)\b/gi,
    needles: ['mov', 'push', 'press', 'mak'],
    classify: (sentence, start) => {
      const subject = clauseBefore(sentence, start);
      return troopNoun.test(subject) || /\benemy\b/i.test(subject) ? { event: 'advance', transitive: false } : null;
    },
  },
  {
    pattern:
      /\b(?:broke|break(?:ing|s)?|broken)\s+through\b|\bpenetrat(?:ed|e|es|ing)\b|\b(?:gain(?:ed|ing|s)?|gain)\s+ground\b|\bmade\s+(?:\w+\s+)?gains\b/gi,
    needles: ['through', 'penetrat', 'ground', 'gains'],
    classify: () => ({ event: 'advance', transitive: false }),
  },
  {
    pattern:
      /\blaunch(?:ed|ing)?\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:incursion|offensive|counter-offensive|counteroffensive|ground operation)\b/gi,
    needles: ['launch'],
    classify: () => ({ event: 'advance', transitive: false }),
  },
  {
    pattern: /\bunder\s+(?:the\s+)?(?:[\w’'-]+\s+)?control\b/gi,
    needles: ['control'],
    classify: () => ({ event: 'control', transitive: false }),
  },
  {
    pattern: /\b(?:withdr(?:ew|awn|awing|aws?)|retreat(?:ed|ing|s)?|pulled\s+out)\s+(?:[\w-]+\s+){0,2}?from\b/gi,
    needles: ['withdr', 'retreat', 'pulled'],
    classify: (sentence, start) =>
      troopNoun.test(clauseBefore(sentence, start))
        ? { event: 'control', transitive: false, subjectLoses: true }
        : null,
  },
  {
    pattern:
      /\b(?:took|taken|taking|take|seized|seize|gained|gain|establish(?:ed)?)\s+(?:full\s+|complete\s+)?control\s+(?:of|over)\b/gi,
    needles: ['control'],
    classify: (sentence, _start, end, places) =>
      placeWithin(sentence, end, 4, places) ? { event: 'control', transitive: true } : null,
  },
  {
    pattern: /\bcontrol(?:s|led|ling)?\b/gi,
    needles: ['control'],
    classify: (sentence, start, end, places) => {
      if (/\b(?:under|of|the|took|taken|take|seized|gained)\s+(?:[\w’'-]+\s+)?$/i.test(sentence.slice(0, start)))
        return null;
      const object = nextWords(sentence, end, 4);
      if (!new RegExp(String.raw`^(?:\d[\d,]*|[a-z]+)?\s*(?:[\w-]+\s+)?(?:${PLACE_NOUNS})\b`, 'i').test(object)) {
        return places.some((place) => place.start >= end && place.start <= end + 3)
          ? { event: 'control', transitive: true }
          : null;
      }
      return { event: 'control', transitive: true };
    },
  },
  {
    pattern:
      /\b(?:recaptur(?:ed|ing|es?)|retook|retaken|retake|liberat(?:ed|ing|es?)|seized|seizing|seizes?|occup(?:ied|ying|y))\b/gi,
    needles: ['recaptur', 'retook', 'retak', 'liberat', 'seiz', 'occup'],
    classify: classifyTaking('control'),
  },
  {
    pattern: /\b(?:losses|casualties)\b/gi,
    needles: ['losses', 'casualties'],
    classify: () => ({ event: 'losses', transitive: false }),
  },
  {
    pattern: /\b(?:lost|losing|lose|loses|killed|wounded)\b/gi,
    needles: ['lost', 'losing', 'lose', 'killed', 'wounded'],
    classify: (sentence, _start, end) => {
      const after = nextWords(sentence, end, 8);
      const before = clauseBefore(sentence, _start);
      if (troopNoun.test(after) || /\b(?:tanks|vehicles|equipment|aircraft|helicopters)\b/i.test(after))
        return { event: 'losses', transitive: false };
      if (/\b(?:were|was|been|are)\s+$/i.test(sentence.slice(0, _start)) && troopNoun.test(before))
        return { event: 'losses', transitive: false };
      return null;
    },
  },
  {
    pattern: /\bevacuat(?:ed|ion|ions|ing|es?)\b|\bbrought\s+to\s+safety\b|\bleft\s+their\s+homes\b/gi,
    needles: ['evacuat', 'brought', 'left'],
    classify: () => ({ event: 'evacuation', transitive: false }),
  },
];

/** Rules of use that say a trigger does not assert an event here. */
function isNonAssertive(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const trigger = sentence.slice(start, end);
  const after = sentence.slice(end);
  const space = trigger.search(/\s/);
  // trigger.split(/\s+/)[0]
  const firstWord = space === -1 ? trigger : trigger.slice(0, space);
  if (/ing$/i.test(firstWord) && PREPOSITION_BEFORE.test(before)) return true;
  if (RELATIVE_BEFORE.test(before) && /(?:ed|ing)$/i.test(firstWord)) return true;
  // every match holds "that" or "which" (the pattern is case-sensitive)
  const relative = before.includes('that') || before.includes('which') ? RELATIVE_WITH_SUBJECT.exec(before) : null;
  if (relative && !REPORTING_WORD.test(relative[1] ?? '')) return true;
  if (/(?:ed)$/i.test(firstWord) && DETERMINER_BEFORE.test(before) && /^\s+[A-Za-z]/.test(after)) {
    const nextWord = (after.trim().split(/\s+/)[0] ?? '').toLowerCase();
    if (!/^(?:by|in|at|to|on|from|near|with|and|or|as|after|since|into|towards?|during|over|for)$/.test(nextWord))
      return true;
  }
  if (APPEAL_BEFORE.test(before)) {
    // "urged the soldiers to surrender", "called for their surrender"
    const tail = before.slice(-60);
    if (/\bto\s+(?:[\w’'-]+\s+){0,2}$|\b(?:for|their|its)\s+(?:[\w’'-]+\s+)?$/i.test(tail)) return true;
  }
  return false;
}

/**
 * A test of which rules may match a sentence, as a bit set over the rules: those with a needle
 * (lower-case ASCII letters) that starts a word of the sentence, a word being a run of
 * [A-Za-z0-9_] as `\b` sees it, compared in lower case. One regex finds the needles: where
 * several start the same word, its alternation (longest first) takes the longest, and the others
 * are prefixes of it, whose rules are counted in. Without the u flag, /i matches an ASCII letter
 * only to the same letter in either case.
 */
export function needleTest(needlesByRule: ReadonlyArray<readonly string[]>): (sentence: string) => number {
  if (needlesByRule.length > 31) throw new Error('needleTest: at most 31 rules fit in the bit set');
  const needles = [...new Set(needlesByRule.flat())].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(String.raw`\b(?:${needles.join('|')})`, 'gi');
  const rulesOf = new Map(
    needles.map((found) => {
      let rules = 0;
      needlesByRule.forEach((own, index) => {
        if (own.some((needle) => found.startsWith(needle))) rules |= 1 << index;
      });
      return [found, rules];
    }),
  );
  return (sentence) => {
    let wanted = 0;
    for (const found of allMatches(pattern, sentence)) wanted |= rulesOf.get(found[0].toLowerCase()) ?? 0;
    return wanted;
  };
}

/** Which of RULES may match a sentence, as a bit set. */
export const rulesToTry = needleTest(RULES.map((rule) => rule.needles));

/**
 * `{ ...classified, start, end }` built field by field, in the same key order: a classifier
 * returns `event`, `transitive` and sometimes `subjectLoses`, and V8's object spread of those
 * varied shapes cost more than the rest of a match's work (issue 8).
 */
function withSpan(classified: Omit<EventMatch, 'start' | 'end'>, start: number, end: number): EventMatch {
  const { event, transitive } = classified;
  return 'subjectLoses' in classified
    ? { event, transitive, subjectLoses: classified.subjectLoses, start, end }
    : { event, transitive, start, end };
}

/** Whether [start, end) overlaps one of the matches. */
function overlapsAny(matches: EventMatch[], start: number, end: number): boolean {
  for (const match of matches) if (start < match.end && end > match.start) return true;
  return false;
}

export function detectEvents(sentence: string, places: PlaceSpan[] = []): EventMatch[] {
  const matches: EventMatch[] = [];
  // the rules whose bits are set, lowest first (the order of RULES)
  for (let rules = rulesToTry(sentence); rules !== 0; rules &= rules - 1) {
    const rule = RULES[31 - Math.clz32(rules & -rules)] as Rule;
    for (const match of allMatches(rule.pattern, sentence)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlapsAny(matches, start, end)) continue;
      if (isNonAssertive(sentence, start, end)) continue;
      const classified = rule.classify(sentence, start, end, places);
      if (classified) matches.push(withSpan(classified, start, end));
    }
  }
  return matches.length > 1 ? matches.sort((a, b) => a.start - b.start) : matches;
}
