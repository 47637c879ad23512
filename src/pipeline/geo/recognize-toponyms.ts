/**
 * Find the spans of a text that name places (end-to-end mode of issue 4).
 *
 * Gazetteer-driven: every run of capitalised tokens is looked up, longest first, in the
 * folded name index; context then rejects what is not a place here: people ("President
 * Kyiv", "Paris Hilton"), organisations, outlets, units and treaties ("Kyiv Post",
 * "Azov regiment", "Geneva Convention"), initialisms, quoted nicknames and common words
 * that start sentences. A name rejected as an organisation or unit is rejected everywhere
 * in the text when it is a small place (one sense per discourse: "the Akhmat unit ... Akhmat").
 * Cost: linear in the text; two binary searches per capitalised token.
 */

import { isDateline } from './assign-role.ts';
import { demonymTarget } from './demonyms.ts';
import { foldName } from './fold-name.ts';
import { type Gazetteer, hasLongerKey, placesForKey } from './gazetteer.ts';
import { abbreviationTarget, REGION_ABBREVIATIONS, US_POSTAL_CODES } from './region-abbreviations.ts';
import { hasLowerCaseToken, type Token, tokenizeText } from './tokenize-text.ts';
import {
  COMMON_WORDS,
  GENERIC_REGION_WORDS,
  LOCAL_INSTITUTION_WORDS,
  MODIFIER_WORDS,
  NAMED_AFTER_EXCLUDED_WORDS,
  ORGANIZATION_WORDS,
  PERSON_TITLES,
} from './word-lists.ts';

/** A recognised or given span, before resolution. */
export type Mention = {
  start: number;
  end: number;
  text: string;
  /** folded lookup key */
  key: string;
  candidates: number[];
  /** generic head the span ends with ("County", "region"), lower case, or null */
  generic: string | null;
  /** the span is a demonym ("Russian") standing for its country */
  demonym: boolean;
  /** the span names the place an organisation is named after ("the Texas Department of Health"): role 'other' */
  modifier?: boolean;
  /** the candidates are those of a place name inside a longer given span ("Trump Tower" -> Tower) */
  embedded?: boolean;
};

const CONNECTORS = new Set([
  'of',
  'and',
  'de',
  'del',
  'la',
  'le',
  'on',
  'upon',
  'el',
  'al',
  'da',
  'do',
  'du',
  'des',
  'y',
  'am',
  'an',
  'der',
  'sur',
]);
const MAX_TOKENS = 6;
/** Offices and services named after their town or county ("Fargo Mayor", "Ohio Governor", "Laurel County Sheriff"). */
const OFFICE_WORDS = new Set([
  'mayor',
  'governor',
  'police',
  'sheriff',
  'fire',
  'city',
  'council',
  'councilman',
  'councilwoman',
  'commissioner',
  'commissioners',
  'schools',
  'officials',
  'residents',
  'township',
  'metro',
  'area',
]);
/** Places this small that are rejected as organisations once are rejected in the whole text. */
const SMALL_PLACE_POPULATION = 150_000;

export type RecognizeOptions = { demonyms?: boolean };

export function recognizeToponyms(text: string, gazetteer: Gazetteer, options: RecognizeOptions = {}): Mention[] {
  const tokens = tokenizeText(text);
  const isLowerWord = (word: string) => hasLowerCaseToken(text, tokens, word);
  const mentions: Mention[] = [];
  const rejectedKeys = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (!token.capitalized) {
      i++;
      continue;
    }
    const longest = longestMatch(text, tokens, i, gazetteer);
    // A lone demonym ("Chechen fighters") is an adjective, not the region; "Chechen Republic" is.
    const match =
      longest && longest.last === i && demonymTarget(token.text.toLowerCase()) !== undefined ? null : longest;
    if (match) {
      const verdict = judgeSpan(text, tokens, i, match.last, match.candidates, gazetteer, isLowerWord, match.key);
      if (verdict === 'place') {
        const extended = extendGeneric(text, tokens, match.last);
        const end = (tokens[extended.last] as Token).end;
        mentions.push({
          start: token.start,
          end,
          text: text.slice(token.start, end),
          key: match.key,
          candidates: match.candidates,
          generic: extended.generic ?? (regionCue(text, token.start, end) ? 'region' : null),
          demonym: false,
        });
        i = extended.last + 1;
        continue;
      }
      if (verdict === 'modifier') {
        const end = (tokens[match.last] as Token).end;
        mentions.push({
          start: token.start,
          end,
          text: text.slice(token.start, end),
          key: match.key,
          candidates: match.candidates,
          generic: null,
          demonym: false,
          modifier: true,
        });
        i = match.last + 1;
        continue;
      }
      if (verdict === 'organization' && maxPopulation(gazetteer, match.candidates) < SMALL_PLACE_POPULATION)
        rejectedKeys.add(match.key);
      i = match.last + 1;
      continue;
    }
    const special = matchSpecial(text, tokens, i, gazetteer, mentions, options);
    if (special) {
      mentions.push(special.mention);
      i = special.last + 1;
      continue;
    }
    i++;
  }
  // A name once written as a place ("in Fargo") is a place throughout, whatever else it heads.
  for (const mention of mentions)
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)))
      rejectedKeys.delete(mention.key);
  return mentions.filter((mention) => !rejectedKeys.has(mention.key));
}

function adjacent(text: string, left: Token, right: Token): boolean {
  return right.start - left.end === 1 && text[left.end] === ' ' && !left.possessive;
}

function longestMatch(
  text: string,
  tokens: Token[],
  first: number,
  gazetteer: Gazetteer,
): { last: number; key: string; candidates: number[] } | null {
  let best: { last: number; key: string; candidates: number[] } | null = null;
  // the tokens so far joined by spaces, built as the span grows
  let surface = '';
  for (let j = first; j < Math.min(tokens.length, first + MAX_TOKENS); j++) {
    const token = tokens[j] as Token;
    // a capitalised token goes on whatever its lower case: only other words need it
    const lower = token.capitalized ? '' : token.text.toLowerCase();
    if (j > first) {
      const previous = tokens[j - 1] as Token;
      if (!adjacent(text, previous, token)) break;
      if (!token.capitalized && !CONNECTORS.has(lower) && !GENERIC_REGION_WORDS.has(lower)) break;
      surface = `${surface} ${token.text}`;
    } else surface = token.text;
    const key = foldName(surface);
    if (token.capitalized || GENERIC_REGION_WORDS.has(lower)) {
      const candidates = placesForKey(gazetteer, key);
      if (candidates.length > 0) best = { last: j, key, candidates };
    }
    if (token.possessive || !hasLongerKey(gazetteer, key)) break;
  }
  return best;
}

type Verdict = 'place' | 'organization' | 'word' | 'modifier';

/**
 * "the Texas Department of Health", "the U.S. House", "Ohio State University": a country or
 * first-level region named at the head of an organisation is still a mention of that place
 * (role 'other', never an event location). Not when a big city bears the name too: "Kyiv Post",
 * "New York Times", "Washington Post" and "Geneva Convention" stay organisations.
 */
function namesRegionOrCountry(gazetteer: Gazetteer, candidates: number[], key: string): boolean {
  let area = false;
  for (const c of candidates) {
    const feature = gazetteer.feature[c];
    if (feature === 'COUNTRY' || feature === 'ADM1') {
      if (feature === 'COUNTRY' || foldName(gazetteer.name[c] ?? '') === key) area = true;
    } else if (feature !== 'CONT' && (gazetteer.population[c] ?? 0) >= 100_000) return false;
  }
  return area;
}

const LOCATIVE_BEFORE =
  /\b(?:in|at|near|from|into|outside|across|toward|towards|around|through|via|between|village of|town of|city of)\s+$/;

/** Countries, first-level regions and curated areas: a name of one is no common word or first name. */
const AREA_FEATURES = new Set(['COUNTRY', 'ADM1', 'CONT', 'ADMD', 'ISL', 'PEN', 'OCN']);

function judgeSpan(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  candidates: number[],
  gazetteer: Gazetteer,
  isLowerWord: (word: string) => boolean,
  key: string,
): Verdict {
  const head = tokens[first] as Token;
  const tail = tokens[last] as Token;
  const lower = head.text.toLowerCase();
  if (first === last && COMMON_WORDS.has(lower)) return 'word';
  if (first === last && head.text.length <= 1) return 'word';
  if (first === last && !candidates.some((c) => AREA_FEATURES.has(gazetteer.feature[c] ?? ''))) {
    // A word that is also English ("Advance", "Share") or a first name is a place only after a locative cue.
    // (The cue is tested first: after one, the text need not be searched for the word in lower case.)
    const locative = LOCATIVE_BEFORE.test(text.slice(Math.max(0, head.start - 12), head.start));
    if (!locative && (gazetteer.commonWordSet.has(key) || gazetteer.personNameSet.has(key) || isLowerWord(lower)))
      return 'word';
  }
  // Initialisms in capitals ("NEXTA", "OSINT") are organisations unless they name a country ("USA", "UAE").
  if (
    /^[A-Z]{4,}$/.test(head.text) &&
    first === last &&
    !candidates.some((c) => gazetteer.feature[c] === 'COUNTRY') &&
    !isDateline(text, head.start, tail.end)
  )
    return 'organization';
  const before = text[head.start - 1] ?? '';
  if (before === '@' || before === '#' || before === '/' || text.slice(head.start - 4, head.start) === 'www.')
    return 'organization';
  // A quoted single name is a nickname or a unit ("the 'Akhmat' unit").
  const after = text[tail.end] ?? '';
  if ('"“\'‘«'.includes(before) && before !== '' && '"”\'’»'.includes(after) && after !== '') return 'organization';
  const previous = first > 0 ? (tokens[first - 1] as Token) : undefined;
  if (previous && adjacent(text, previous, head)) {
    const previousLower = previous.text.toLowerCase().replace(/\.$/, '');
    if (PERSON_TITLES.has(previousLower) && previous.capitalized) return 'organization';
    if (
      previous.capitalized &&
      !MODIFIER_WORDS.has(previousLower) &&
      !COMMON_WORDS.has(previousLower) &&
      demonymTarget(previousLower) === undefined &&
      !isSentenceStart(text, previous) &&
      (placesForKey(gazetteer, foldName(previous.text)).length === 0 ||
        (first === last && gazetteer.personNameSet.has(foldName(previous.text))))
    ) {
      // "Alexander Kovalenko", "Apty Alaudinov": part of a longer proper name; "Tyler Welch": a
      // first name (even one that is also a town) before a lone name makes a person.
      return 'organization';
    }
  }
  const next = tokens[last + 1];
  if (next && next.start - tail.end <= 1 && !tail.possessive) {
    const nextLower = next.text.toLowerCase();
    // "Fargo Mayor Dennis ...", "Fargo Police Chief": the town's office holders name the town.
    if (OFFICE_WORDS.has(nextLower) && next.capitalized && adjacent(text, tail, next)) return 'modifier';
    if (ORGANIZATION_WORDS.has(nextLower))
      return namesRegionOrCountry(gazetteer, candidates, key) || namesLocalInstitution(text, tokens, last)
        ? 'modifier'
        : 'organization';
    if (
      next.capitalized &&
      adjacent(text, tail, next) &&
      !GENERIC_REGION_WORDS.has(nextLower) &&
      !COMMON_WORDS.has(nextLower) &&
      !MODIFIER_WORDS.has(nextLower) &&
      placesForKey(gazetteer, foldName(next.text)).length === 0
    ) {
      // "Paris Hilton", "Espreso TV" are no places; "Dublin Arts Council" names Dublin.
      return namesRegionOrCountry(gazetteer, candidates, key) || namesLocalInstitution(text, tokens, last)
        ? 'modifier'
        : 'organization';
    }
  }
  return 'place';
}

/**
 * "Dublin City Manager", "Dublin Historical Society", "Boulder County Commissioners": the words
 * after the place name (up to four capitalised ones) head a local institution, and none makes
 * the whole an outlet, treaty, unit or team ("Kyiv Post", "Geneva Convention", "Azov regiment").
 */
function namesLocalInstitution(text: string, tokens: Token[], last: number): boolean {
  let institution = false;
  for (let j = last + 1; j <= last + 4 && j < tokens.length; j++) {
    const token = tokens[j] as Token;
    const previous = tokens[j - 1] as Token;
    if (j > last + 1 && (!token.capitalized || !adjacent(text, previous, token))) break;
    const lower = token.text.toLowerCase();
    if (NAMED_AFTER_EXCLUDED_WORDS.has(lower)) return false;
    if (LOCAL_INSTITUTION_WORDS.has(lower)) institution = true;
    if (token.possessive) break;
  }
  return institution;
}

function isSentenceStart(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 3), token.start);
  return token.start === 0 || /[.!?:\n"“]\s*$/.test(before);
}

/** "Laurel County", "Kursk region": keep the generic head word inside the span. */
function extendGeneric(text: string, tokens: Token[], last: number): { last: number; generic: string | null } {
  const tail = tokens[last] as Token;
  const tailLower = tail.text.toLowerCase();
  if (GENERIC_REGION_WORDS.has(tailLower) && last > 0) return { last, generic: tailLower };
  const next = tokens[last + 1];
  if (next && adjacent(text, tail, next) && GENERIC_REGION_WORDS.has(next.text.toLowerCase())) {
    return { last: last + 1, generic: next.text.toLowerCase() };
  }
  return { last, generic: null };
}

const SETTLEMENT_OF_BEFORE = /\b(?:village|town|settlement|hamlet|township)\s+of\s+$/i;
const REGION_OF_BEFORE = /\b(?:region|province|oblast|governorate|prefecture)\s+of\s+(?:the\s+)?$/i;
const REGION_AFTER =
  /^(?:['’]s)?\s+(?:(?:border|frontier)(?:\s+(?:region|regions|area|areas|districts?|zone|villages?))?\b|front(?:line|lines)?\b(?!\s+(?:door|page|yard|seat|row|desk)))/i;

/**
 * Words around a name that make it the region rather than its capital: "the region of Kursk",
 * "Russia's border region of Kursk", "the Kursk front", "the Kursk border region".
 */
export function regionCue(text: string, start: number, end: number): boolean {
  return (
    REGION_OF_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || REGION_AFTER.test(text.slice(end, end + 40))
  );
}

function maxPopulation(gazetteer: Gazetteer, candidates: number[]): number {
  let max = 0;
  for (const c of candidates) max = Math.max(max, gazetteer.population[c] ?? 0);
  return max;
}

/** Spans the name index cannot find by itself: state abbreviations, demonyms, "Rapides Parish". */
function matchSpecial(
  text: string,
  tokens: Token[],
  i: number,
  gazetteer: Gazetteer,
  mentions: Mention[],
  options: RecognizeOptions,
): { mention: Mention; last: number } | null {
  const token = tokens[i] as Token;
  const previousMention = mentions[mentions.length - 1];
  const afterPlaceComma = previousMention !== undefined && /^,\s?$/.test(text.slice(previousMention.end, token.start));
  const dotted = text[token.end] === '.' ? `${token.text}.` : token.text;
  const abbreviation =
    abbreviationTarget(REGION_ABBREVIATIONS, dotted) !== undefined && (afterPlaceComma || /\./.test(token.text))
      ? abbreviationTarget(REGION_ABBREVIATIONS, dotted)
      : afterPlaceComma && /^[A-Z]{2}$/.test(token.text)
        ? abbreviationTarget(US_POSTAL_CODES, token.text)
        : undefined;
  if (abbreviation) {
    const end = dotted.endsWith('.') && !token.text.endsWith('.') ? token.end + 1 : token.end;
    const key = foldName(abbreviation);
    return {
      mention: {
        start: token.start,
        end,
        text: text.slice(token.start, end),
        key,
        candidates: placesForKey(gazetteer, key),
        generic: null,
        demonym: false,
      },
      last: i,
    };
  }
  // "the village of Zolotarivka": a settlement the gazetteer does not know is still reported
  // (unresolved, never guessed).
  if (
    SETTLEMENT_OF_BEFORE.test(text.slice(Math.max(0, token.start - 20), token.start)) &&
    !COMMON_WORDS.has(token.text.toLowerCase()) &&
    token.text.length >= 3
  ) {
    let last = i;
    while (last + 1 < tokens.length && last - i < 2) {
      const following = tokens[last + 1] as Token;
      if (!following.capitalized || !adjacent(text, tokens[last] as Token, following)) break;
      if (GENERIC_REGION_WORDS.has(following.text.toLowerCase())) break;
      last++;
    }
    const end = (tokens[last] as Token).end;
    return {
      mention: {
        start: token.start,
        end,
        text: text.slice(token.start, end),
        key: foldName(text.slice(token.start, end)),
        candidates: [],
        generic: null,
        demonym: false,
      },
      last,
    };
  }
  // "Rapides Parish": an unknown capitalised name before a generic head is still a place name.
  const next = tokens[i + 1];
  if (
    next &&
    adjacent(text, token, next) &&
    next.capitalized &&
    /^(county|parish|province|oblast|region|governorate|prefecture)$/i.test(next.text)
  ) {
    const previous = tokens[i - 1];
    if (!(previous && adjacent(text, previous, token) && previous.capitalized && !isSentenceStart(text, previous))) {
      return {
        mention: {
          start: token.start,
          end: next.end,
          text: text.slice(token.start, next.end),
          key: foldName(token.text),
          candidates: [],
          generic: next.text.toLowerCase(),
          demonym: false,
        },
        last: i + 1,
      };
    }
  }
  if (options.demonyms) {
    const twoWords = next && adjacent(text, token, next) ? `${token.text} ${next.text}`.toLowerCase() : '';
    const lower = token.text.toLowerCase();
    const demonymKey = twoWords && demonymTarget(twoWords) ? twoWords : demonymTarget(lower) ? lower : '';
    if (demonymKey) {
      const last = demonymKey === twoWords ? i + 1 : i;
      const end = (tokens[last] as Token).end;
      return {
        mention: {
          start: token.start,
          end,
          text: text.slice(token.start, end),
          key: demonymKey,
          candidates: [],
          generic: null,
          demonym: true,
        },
        last,
      };
    }
  }
  return null;
}
