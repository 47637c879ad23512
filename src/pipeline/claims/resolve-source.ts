/**
 * Turn the words that name a speaker into a source: canonical name, kind and side
 * (issue 5, step 3).
 *
 * 1. A known source: an alias from the registry (data/sources.json) inside the words.
 *    When several match ("an adviser to President Zelensky, Oleksiy Arestovych"), a
 *    name inside a prepositional phrase ("to …", "of …", "from …") is only a qualifier.
 * 2. A back-reference ("the general", "he", "the official"): the last named speaker.
 * 3. An unknown source read from its words: the side from side words ("Russian Telegram
 *    channels" -> russia, "a Ukrainian military spokesperson" -> ukraine; "Russian
 *    opposition figure" -> independent), the kind from its head noun.
 * 4. Nothing usable: the caller falls back to the outlet, with `sideFallback`.
 *
 * @example
 * resolveSource('Russian Telegram channels', [], null)
 * // => {name: 'Russian Telegram channels', kind: 'blogger', side: 'russia', sideFallback: false, person: false}
 */
import { allMatches } from '../all-matches.ts';
import { isWordCode } from '../char-codes.ts';
import type { Side, Source } from '../schema.ts';
import { SIDE_CUES } from './lexicon.ts';

export type SourceKind = Source['kind'];
export type ResolvedSource = { name: string; kind: SourceKind; side: Side; sideFallback: boolean; person: boolean };

const ANAPHORA =
  /^(?:(?:the|this|that)\s+)?(?:(?:same|former|acting)\s+)?(?:general|official|officer|spokes(?:man|woman|person)|minister|commander|governor|president|colonel|analyst|adviser|advisor|ombudsman|head|chief|leader|mayor|agency|ministry|channel|outlet|newspaper|broadcaster|institute|he|she)$/i;

const KIND_CUES: ReadonlyArray<[RegExp, SourceKind]> = [
  // a capital or a country speaking is its government: "Kyiv says", "Moscow denied"
  [/^(?:Kyiv|Kiev|Moscow|Ukraine|Russia|Minsk|Washington|London|Berlin|Paris|Beijing)$/, 'official'],
  [
    /\b(?:telegram|bloggers?|z-channels?|war correspondents?|military correspondents?|milbloggers?|channels?)\b/i,
    'blogger',
  ],
  [/\b(?:state (?:television|tv|media|news|broadcaster)|state-run|state-owned)\b/i, 'state media'],
  [/\b(?:analysts?|experts?|observers?|institute|think tank|researchers?)\b/i, 'analyst'],
  [/\b(?:social media|posts?|users?|footage|videos?)\b/i, 'social media'],
  [
    /\b(?:media|outlets?|newspapers?|agency|television|tv|reports?|journalists?|correspondents?|radio|press)\b/i,
    'media',
  ],
  [
    /\b(?:ministry|spokes\w*|officials?|governor|commander|general|president|minister|intelligence|military|army|armed forces|side|authorities|ombudsman|colonel|major|officers?|command|forces|government|kremlin|adviser|advisor|mayor|head|staff|service|headquarters|leadership|grouping)\b/i,
    'official',
  ],
];

const PERSON_NAME = /\b((?:[A-Z][a-zà-ÿ’'-]+\s+){1,2}[A-Z][a-zà-ÿ’'-]+)$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type AliasHit = { source: Source; index: number; length: number; qualifier: boolean; chunk: number };

/** Curly and straight apostrophes are one letter to a reader. */
function fold(text: string): string {
  return text.replace(/[’‘`]/g, "'");
}

type CompiledAlias = {
  source: Source;
  /** the folded alias */
  alias: string;
  /** where it matches: not inside a word or a handle */
  pattern: RegExp;
  /** the same pattern, sticky: tried at one position */
  sticky: RegExp;
};

/**
 * The registry's aliases, folded and compiled once, with an index by their first two
 * letters: an alias match starts at the start of a word, so only the aliases whose first
 * two letters begin a word of the speaker's words need their pattern run.
 */
type CompiledRegistry = {
  sources: Source[];
  aliases: CompiledAlias[];
  /** alias indexes by the lower case of their first two characters (both ASCII word characters) */
  byPrefix: Map<string, number[]>;
  /** aliases that do not start with two ASCII word characters: always tried */
  always: number[];
  /** findKnown's answers by the words it was given */
  known: Map<string, AliasHit | null>;
  /** resolveSource's answers by the words it was given ('anaphora': the last named source) */
  resolved: Map<string, ResolvedSource | null | 'anaphora'>;
};

const QUALIFIER_BEFORE = /\b(?:to|of|for|from|with|at|by)\s+(?:the\s+)?(?:[\w’'"“”-]+\s+){0,3}$/i;
const ASCII_WORD = /^\w$/;

/**
 * Keyed on the registry array (a pipeline run resolves every attribution against the same
 * one) and checked against its members, so a registry changed in place is compiled again.
 */
const compiledRegistries = new WeakMap<readonly Source[], CompiledRegistry>();

export function compileRegistry(registry: Source[]): CompiledRegistry {
  const cached = compiledRegistries.get(registry);
  if (
    cached &&
    cached.sources.length === registry.length &&
    cached.sources.every((source, index) => source === registry[index])
  )
    return cached;
  const compiled: CompiledRegistry = {
    sources: [...registry],
    aliases: [],
    byPrefix: new Map(),
    always: [],
    known: new Map(),
    resolved: new Map(),
  };
  for (const source of registry) {
    for (const rawAlias of [source.name, ...source.aliases]) {
      const alias = fold(rawAlias);
      // short all-capital aliases (AP, UN, RT) must match in capitals
      const caseFlag = alias.length <= 3 ? '' : 'i';
      const index = compiled.aliases.length;
      const patternSource = `(?<![\\w@])${escapeRegExp(alias)}(?![\\w])`;
      compiled.aliases.push({
        source,
        alias,
        pattern: new RegExp(patternSource, `g${caseFlag}`),
        sticky: new RegExp(patternSource, `y${caseFlag}`),
      });
      // Without the u flag, /i never matches an ASCII letter of the pattern to a non-ASCII
      // character, so an alias starting with two ASCII word characters matches only where
      // a word of the text starts with the same two characters, in either case.
      if (ASCII_WORD.test(alias.charAt(0)) && ASCII_WORD.test(alias.charAt(1))) {
        const key = alias.slice(0, 2).toLowerCase();
        const bucket = compiled.byPrefix.get(key);
        if (bucket) bucket.push(index);
        else compiled.byPrefix.set(key, [index]);
      } else compiled.always.push(index);
    }
  }
  compiledRegistries.set(registry, compiled);
  return compiled;
}

/**
 * Every match of every alias in `words`, as [alias index, position], in the order a global
 * scan alias by alias finds them (registry order, then left to right). An alias starting
 * with two ASCII word characters can only match at the start of a word beginning with those
 * two characters, so it is tried there only (sticky), past the end of its previous match as
 * a global scan goes on; the others are scanned for.
 */
export function aliasMatches(words: string, compiled: CompiledRegistry): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const lastEnd = new Map<number, number>();
  for (let position = 0; position < words.length - 1; position++) {
    if (!isWordCode(words.charCodeAt(position))) continue;
    if (position > 0 && isWordCode(words.charCodeAt(position - 1))) continue;
    const bucket = compiled.byPrefix.get(words.slice(position, position + 2).toLowerCase());
    if (!bucket) continue;
    for (const aliasIndex of bucket) {
      if (position < (lastEnd.get(aliasIndex) ?? 0)) continue;
      const { sticky } = compiled.aliases[aliasIndex] as CompiledAlias;
      sticky.lastIndex = position;
      if (sticky.test(words)) {
        found.push([aliasIndex, position]);
        lastEnd.set(aliasIndex, sticky.lastIndex);
      }
    }
  }
  for (const aliasIndex of compiled.always) {
    const { pattern } = compiled.aliases[aliasIndex] as CompiledAlias;
    for (const match of allMatches(pattern, words)) found.push([aliasIndex, match.index]);
  }
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Speakers' words recur across a corpus ("the ministry", "Zelensky"): their alias hits, per registry. */
const KNOWN_CACHE_SIZE = 4096;

function findKnown(rawWords: string, compiled: CompiledRegistry): AliasHit | null {
  const cached = compiled.known.get(rawWords);
  if (cached !== undefined) return cached;
  const hit = searchKnown(rawWords, compiled);
  if (compiled.known.size >= KNOWN_CACHE_SIZE) compiled.known.clear();
  compiled.known.set(rawWords, hit);
  return hit;
}

function searchKnown(rawWords: string, compiled: CompiledRegistry): AliasHit | null {
  const hits: AliasHit[] = [];
  const words = fold(rawWords);
  for (const [aliasIndex, index] of aliasMatches(words, compiled)) {
    const { source, alias } = compiled.aliases[aliasIndex] as CompiledAlias;
    const chunks = words.slice(0, index).split(',');
    const chunk = chunks.at(-1) ?? '';
    const qualifier = QUALIFIER_BEFORE.test(chunk);
    hits.push({ source, index, length: alias.length, qualifier, chunk: chunks.length });
  }
  // Not a qualifier; then the first comma-separated part (an apposition follows its noun);
  // then the head of that part, which in English comes last ("state TV correspondent X").
  hits.sort(
    (a, b) =>
      Number(a.qualifier) - Number(b.qualifier) ||
      a.chunk - b.chunk ||
      b.index + b.length - (a.index + a.length) ||
      b.length - a.length,
  );
  return hits[0] ?? null;
}

function kindOf(words: string): SourceKind {
  for (const [pattern, kind] of KIND_CUES) if (pattern.test(words)) return kind;
  return 'unknown';
}

const SIDE_CUE_WORDS = SIDE_CUES.map((cue) => ({
  side: cue.side,
  pattern: new RegExp(`\\b(?:${cue.pattern})(?![\\w])`, 'i'),
}));

function sideOf(words: string): Side {
  if (/\b(?:opposition|exiled|dissident|independent)\b/i.test(words)) return 'independent';
  let best: { side: Side; index: number } | null = null;
  for (const cue of SIDE_CUE_WORDS) {
    const found = cue.pattern.exec(words);
    if (found && (!best || found.index < best.index)) best = { side: cue.side, index: found.index };
  }
  return best?.side ?? 'unknown';
}

/** A short canonical label for an unknown source: its personal name, else its head noun phrase. */
function labelOf(words: string): string {
  const cleaned = words
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const person = PERSON_NAME.exec(cleaned);
  if (person?.[1] && person[1].split(' ').length >= 2) return person[1];
  const head =
    cleaned.split(/\s+(?:linked to|who|which|that|from|of|for|with|at|on|in|close to|affiliated with)\s+|,/)[0] ??
    cleaned;
  const label = head.trim();
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function resolveSource(
  words: string,
  registry: Source[],
  lastNamed: ResolvedSource | null,
): ResolvedSource | null {
  const text = words.trim();
  if (text === '') return null;
  // Speakers' words recur ("the regional governor", "a commander"): their answer is kept per
  // registry and the same object is returned each time (callers read it, never change it; a
  // registry's sources are replaced, not edited in place, for a new answer: see compileRegistry).
  const compiled = compileRegistry(registry);
  const { resolved } = compiled;
  let answer = resolved.get(text);
  if (answer === undefined) {
    answer = resolveWords(text, compiled);
    if (resolved.size >= KNOWN_CACHE_SIZE) resolved.clear();
    resolved.set(text, answer);
  }
  return answer === 'anaphora' ? lastNamed : answer;
}

function resolveWords(text: string, compiled: CompiledRegistry): ResolvedSource | null | 'anaphora' {
  const known = findKnown(text, compiled);
  if (known) {
    return {
      name: known.source.name,
      kind: known.source.kind,
      side: known.source.side,
      sideFallback: false,
      person: /^[A-Z][a-z]+ [A-Z]/.test(known.source.name),
    };
  }
  if (ANAPHORA.test(text) || /^(?:he|she|they)$/i.test(text)) return 'anaphora';
  const side = sideOf(text);
  const kind = kindOf(text);
  const label = labelOf(text);
  if (label === '') return null;
  return { name: label, kind, side, sideFallback: false, person: PERSON_NAME.test(text) };
}
