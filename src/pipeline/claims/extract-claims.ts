/**
 * Extract the claims of one article: who claims what happened, to whose troops, how
 * many, where and when (issue 5). Pure: the article, its toponyms (from the geoparser)
 * and the source registry in, claim properties out.
 *
 * How the steps fit:
 * 1. sentences with offsets; captions set aside; multi-sentence quotes linked;
 * 2. per sentence: event triggers, attributions, the sentence's source: its own speaker,
 *    else the speaker of the quotation it belongs to, else an embedded post's signature,
 *    else the source of the sentence before it in the paragraph (a report that carries on);
 * 3. sentences that continue a claim ("They were taken prisoner near …", the rest of a
 *    quotation, the same speaker going on) are merged into it: one claim, one quote;
 * 4. each claim gets its count, side, place, date and hedge.
 *
 * Cost: linear in the article's length, times the number of rules (a few dozen regexes).
 *
 * @example
 * extractClaims(article, toponyms, registry) // => ClaimFeature[] sorted by quote offset
 */
import type { Article, ClaimEvent, ClaimFeature, ClaimProperties, Side, Source, Toponym } from '../schema.ts';
import { detectCaption } from './detect-caption.ts';
import { detectEvents, type EventMatch } from './detect-events.ts';
import { detectHedge, judgeClaimBefore } from './detect-hedge.ts';
import { type Attribution, findAttributions, pickAttribution } from './find-attributions.ts';
import { inferSubjectSide, type Span } from './infer-subject-side.ts';
import { opposite } from './lexicon.ts';
import { linkQuoteBlocks } from './link-quote-blocks.ts';
import { makeClaimId } from './make-claim-id.ts';
import { type CountMatch, parseCount } from './parse-count.ts';
import { pickClaimPlace } from './pick-claim-place.ts';
import { isUsablePlace, pickFocusPlace } from './pick-focus-place.ts';
import { type ClaimDate, resolveClaimDate } from './resolve-claim-date.ts';
import { type ResolvedSource, resolveSource } from './resolve-source.ts';
import { type Sentence, splitSentences } from './split-sentences.ts';

type SentenceInfo = {
  sentence: Sentence;
  caption: boolean;
  toponyms: Toponym[];
  events: EventMatch[];
  attribution: Attribution | null;
  /** the speaker named in this sentence itself */
  ownSource: ResolvedSource | null;
  /** the source this sentence's claims rest on, after quotations and carry-over */
  source: ResolvedSource | null;
  /** the sentence the source was carried from, when it was */
  carriedFrom: number | null;
  excluded: Span[];
  /** the sentence with its attributions blanked out, made on first use */
  blanked: string | null;
};

type Unit = {
  event: ClaimEvent;
  match: EventMatch;
  /** sentence indexes, the claim's own sentence first */
  sentences: number[];
  source: ResolvedSource | null;
};

const GROUPS: Readonly<Record<ClaimEvent, string>> = {
  surrender: 'prisoners',
  capture: 'prisoners',
  desertion: 'desertion',
  advance: 'advance',
  control: 'control',
  losses: 'losses',
  evacuation: 'evacuation',
  other: 'other',
};

const TROOP_EVENTS = new Set<ClaimEvent>(['surrender', 'capture', 'desertion', 'losses']);

/** A sentence that goes on about what the one before told. */
const CONTINUATION_START =
  /^["“]?(?:They|These|Those|This|It|He|She|Their|The\s+(?:troops|soldiers|servicemen|men|fighters|prisoners?|POWs|captives|unit|group|platoon|company|citizens|residents|people|civilians|video|footage|pictures?|images?|photos?|same))\b/;

function blank(text: string, spans: Span[]): string {
  let out = text;
  for (const span of spans)
    out = out.slice(0, span.start) + ' '.repeat(Math.max(0, span.end - span.start)) + out.slice(span.end);
  return out;
}

/** The sentence's text with its attributions blanked out, made once per sentence. */
function blankedText(info: SentenceInfo): string {
  info.blanked ??= blank(info.sentence.text, info.excluded);
  return info.blanked;
}

/**
 * The toponyms inside each sentence, in the toponyms' order. Sentences are disjoint and
 * in text order, so their starts and ends both increase: a binary search finds the last
 * sentence starting at or before a toponym, and the walk back stops at the first sentence
 * that ends before the toponym does (instead of testing every toponym per sentence).
 */
function toponymsBySentence(sentences: Sentence[], toponyms: Toponym[]): Toponym[][] {
  const bySentence: Toponym[][] = sentences.map(() => []);
  for (const toponym of toponyms) {
    let low = 0;
    let high = sentences.length - 1;
    let last = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((sentences[middle] as Sentence).start <= toponym.start) {
        last = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    for (let index = last; index >= 0 && (sentences[index] as Sentence).end >= toponym.end; index--) {
      bySentence[index]?.push(toponym);
    }
  }
  return bySentence;
}

function sameSource(a: ResolvedSource | null, b: ResolvedSource | null): boolean {
  return a !== null && b !== null && a.name === b.name;
}

function analyseSentences(
  article: Article,
  toponyms: Toponym[],
  registry: Source[],
): { infos: SentenceInfo[]; blocks: Array<number | null> } {
  const sentences = splitSentences(article.text);
  const paragraphs = new Map<number, string>();
  for (const sentence of sentences)
    paragraphs.set(sentence.paragraph, `${paragraphs.get(sentence.paragraph) ?? ''} ${sentence.text}`);
  const captions = new Map<number, boolean>();
  for (const [paragraph, text] of paragraphs) captions.set(paragraph, detectCaption(text));
  const blocks = linkQuoteBlocks(sentences);
  const toponymsOf = toponymsBySentence(sentences, toponyms);
  let lastNamed: ResolvedSource | null = null;
  const infos: SentenceInfo[] = sentences.map((sentence) => {
    const own = toponymsOf[sentence.index] ?? [];
    const spans = own.map((toponym) => ({ start: toponym.start - sentence.start, end: toponym.end - sentence.start }));
    const events = detectEvents(sentence.text, spans);
    const attributions = findAttributions(
      sentence.text,
      events.map((event) => event.start),
    );
    const attribution =
      pickAttribution(attributions.filter((found) => found.kind !== 'signature')) ??
      attributions.find((found) => found.kind === 'signature') ??
      null;
    const ownSource = attribution ? resolveSource(attribution.name, registry, lastNamed) : null;
    if (ownSource && ownSource !== lastNamed) lastNamed = ownSource;
    return {
      sentence,
      caption: captions.get(sentence.paragraph) ?? detectCaption(''),
      toponyms: own,
      events,
      attribution,
      ownSource,
      source: ownSource,
      carriedFrom: null,
      excluded: attributions.map((found) => ({ start: found.spanStart, end: found.spanEnd })),
      blanked: null,
    };
  });
  // A quotation's speaker, wherever in it they are named, speaks every sentence of it:
  // the first sentence of the block that names one.
  const blockSpeakers = new Map<number, SentenceInfo>();
  for (const info of infos) {
    const block = blocks[info.sentence.index];
    if (block !== null && block !== undefined && info.ownSource && !blockSpeakers.has(block))
      blockSpeakers.set(block, info);
  }
  for (const info of infos) {
    const block = blocks[info.sentence.index];
    if (info.source || block === null || block === undefined) continue;
    const speaker = blockSpeakers.get(block);
    if (speaker) info.source = speaker.ownSource;
  }
  // An embedded post's signature speaks its whole paragraph: the paragraph's first signature.
  const signatures = new Map<number, SentenceInfo>();
  for (const info of infos) {
    if (info.attribution?.kind === 'signature' && !signatures.has(info.sentence.paragraph))
      signatures.set(info.sentence.paragraph, info);
  }
  for (const info of infos) {
    if (info.source) continue;
    const signed = signatures.get(info.sentence.paragraph);
    if (signed) info.source = signed.ownSource;
  }
  // A report carries on into the next sentences of its paragraph.
  for (const [index, info] of infos.entries()) {
    const previous = infos[index - 1];
    if (info.source || !previous || previous.sentence.paragraph !== info.sentence.paragraph || !previous.source)
      continue;
    info.source = previous.source;
    info.carriedFrom = previous.carriedFrom ?? index - 1;
  }
  return { infos, blocks };
}

function canContinue(
  unit: Unit,
  info: SentenceInfo,
  infos: SentenceInfo[],
  blocks: Array<number | null>,
  gap: number,
): boolean {
  const first = infos[unit.sentences[0] ?? 0];
  if (!first) return false;
  if (info.ownSource && unit.source && !sameSource(info.ownSource, unit.source)) return false;
  const sameBlock =
    blocks[info.sentence.index] !== null && blocks[info.sentence.index] === blocks[first.sentence.index];
  const anaphoric = gap === 1 && CONTINUATION_START.test(info.sentence.text);
  const sameSpeaker = gap <= 2 && sameSource(info.ownSource, unit.source) && info.ownSource !== null;
  return sameBlock || anaphoric || sameSpeaker;
}

/** Counts by event match (each match belongs to one sentence): units are compared many times over. */
const counts = new WeakMap<EventMatch, CountMatch | null>();

function countOf(info: SentenceInfo, match: EventMatch): CountMatch | null {
  let count = counts.get(match);
  if (count === undefined) {
    count = parseCount(blankedText(info), match.event, match.start, match.transitive);
    counts.set(match, count);
  }
  return count;
}

function compatible(
  unit: Unit,
  info: SentenceInfo,
  match: EventMatch,
  infos: SentenceInfo[],
  gap: number,
  blocks: Array<number | null>,
): boolean {
  const first = infos[unit.sentences[0] ?? 0];
  if (!first) return false;
  const a = countOf(first, unit.match)?.count ?? null;
  const b = countOf(info, match)?.count ?? null;
  if (a !== null && b !== null && Math.abs(a - b) > 0.1 * Math.max(a, b)) return false;
  // A speaker going on with a newly counted group makes a new claim; "These 12 POWs …"
  // right after an uncounted claim, or a count inside the same quotation, completes it.
  const anaphoric = gap === 1 && CONTINUATION_START.test(info.sentence.text);
  const sameBlock =
    blocks[info.sentence.index] !== null && blocks[info.sentence.index] === blocks[first.sentence.index];
  if (a === null && b !== null && !anaphoric && !sameBlock) return false;
  const settlementsOf = (sentenceIndexes: number[]) =>
    new Set(
      sentenceIndexes.flatMap((index) =>
        (infos[index]?.toponyms ?? [])
          .filter((t) => isUsablePlace(t) && t.kind === 'settlement')
          .map((t) => t.geonameId),
      ),
    );
  const had = settlementsOf(unit.sentences);
  const has = settlementsOf([info.sentence.index]);
  if (had.size && has.size && ![...has].some((id) => had.has(id))) return false;
  return true;
}

function buildUnits(infos: SentenceInfo[], blocks: Array<number | null>): Unit[] {
  const units: Unit[] = [];
  let position = 0; // sentence position not counting captions
  const positions = new Map<number, number>();
  for (const info of infos) {
    if (info.caption) continue;
    positions.set(info.sentence.index, position++);
    const here = positions.get(info.sentence.index) ?? 0;
    for (const match of info.events) {
      const sameSentence = units.find(
        (unit) => unit.sentences.includes(info.sentence.index) && GROUPS[unit.event] === GROUPS[match.event],
      );
      if (sameSentence) continue; // one claim per kind of event per sentence
      const target = [...units].reverse().find((unit) => {
        if (GROUPS[unit.event] !== GROUPS[match.event]) return false;
        const last = unit.sentences.at(-1) ?? 0;
        const gap = here - (positions.get(last) ?? -99);
        return (
          gap >= 1 &&
          gap <= 3 &&
          canContinue(unit, info, infos, blocks, gap) &&
          compatible(unit, info, match, infos, gap, blocks)
        );
      });
      if (target) {
        for (let index = (target.sentences.at(-1) ?? 0) + 1; index <= info.sentence.index; index++) {
          if (!infos[index]?.caption) target.sentences.push(index);
        }
        target.source ??= info.source;
      } else {
        units.push({ event: match.event, match, sentences: [info.sentence.index], source: info.source });
      }
    }
  }
  return units;
}

function majoritySide(sides: Side[]): Side {
  const counts = new Map<Side, number>();
  for (const side of sides) if (side === 'russia' || side === 'ukraine') counts.set(side, (counts.get(side) ?? 0) + 1);
  const russia = counts.get('russia') ?? 0;
  const ukraine = counts.get('ukraine') ?? 0;
  if (russia === ukraine) return 'unknown';
  return russia > ukraine ? 'russia' : 'ukraine';
}

export function extractClaims(article: Article, toponyms: Toponym[], registry: Source[]): ClaimFeature[] {
  // the quote blocks of the sentences, linked once (infos are the sentences, in order)
  const { infos, blocks } = analyseSentences(article, toponyms, registry);
  const units = buildUnits(infos, blocks);
  const prose = infos.filter((info) => !info.caption);
  const focus = pickFocusPlace(
    prose.flatMap((info) => info.toponyms),
    prose
      .filter((info) => info.events.length > 0)
      .map((info) => ({ start: info.sentence.start, end: info.sentence.end })),
  );

  const drafts = units.map((unit) => {
    const infosOfUnit = unit.sentences
      .map((index) => infos[index])
      .filter((info): info is SentenceInfo => info !== undefined);
    const first = infosOfUnit[0] as SentenceInfo;
    const source = unit.source;
    const speakerSide = source?.side ?? 'unknown';
    let subjectSide = inferSubjectSide(first.sentence.text, unit.match, first.excluded, speakerSide);
    if (subjectSide === 'unknown') {
      for (const info of infosOfUnit.slice(1)) {
        const match = info.events.find((event) => GROUPS[event.event] === GROUPS[unit.event]);
        if (!match) continue;
        subjectSide = inferSubjectSide(info.sentence.text, match, info.excluded, speakerSide);
        if (subjectSide !== 'unknown') break;
      }
    }
    let count = countOf(first, unit.match);
    let countOffset = first.sentence.start;
    if (!count) {
      for (const info of infosOfUnit.slice(1)) {
        const match = info.events.find((event) => GROUPS[event.event] === GROUPS[unit.event]);
        const found = match ? countOf(info, match) : null;
        if (found) {
          count = found;
          countOffset = info.sentence.start;
          break;
        }
      }
    }
    const anchor = first.sentence.start + unit.match.start;
    // a place inside the words of an attribution ("Moscow said", "according to Kyiv") is a speaker
    const placesOf = (info: SentenceInfo) =>
      info.toponyms.filter(
        (toponym) =>
          !info.excluded.some(
            (span) =>
              toponym.start - info.sentence.start >= span.start && toponym.end - info.sentence.start <= span.end,
          ),
      );
    const place = pickClaimPlace(infosOfUnit.map(placesOf), focus, anchor);
    let date: ClaimDate | null = null;
    for (const info of infosOfUnit) {
      date = resolveClaimDate(blankedText(info), info === first ? unit.match.start : 0, article.published);
      if (date) break;
    }
    if (!date && first.carriedFrom !== null) {
      const origin = infos[first.carriedFrom];
      if (origin) date = resolveClaimDate(blankedText(origin), origin.sentence.text.length, article.published);
    }
    const quoteStart = first.sentence.start;
    const quoteEnd = (infosOfUnit.at(-1) as SentenceInfo).sentence.end;
    const next = infos[(infosOfUnit.at(-1) as SentenceInfo).sentence.index + 1];
    const quote = article.text.slice(quoteStart, quoteEnd);
    // "The claim could not be verified." / "This was confirmed by both sides." judge the claim before
    const judged =
      next && next.sentence.paragraph === (infosOfUnit.at(-1) as SentenceInfo).sentence.paragraph
        ? judgeClaimBefore(next.sentence.text)
        : null;
    const hedged = judged ?? detectHedge(quote);
    const fallback = !source || source.side === 'unknown';
    return {
      unit,
      subjectSide,
      properties: {
        id: makeClaimId(article.id, quoteStart, quoteEnd, unit.event),
        article: article.id,
        quote,
        quoteStart,
        quoteEnd,
        event: unit.event,
        subjectSide,
        side: fallback ? article.side : (source as ResolvedSource).side,
        source: source?.name ?? article.outlet,
        sourceKind: source?.kind ?? 'outlet',
        sideFallback: fallback,
        count: count?.count ?? null,
        countQualifier: count?.count !== null && count?.count !== undefined ? count.qualifier : null,
        date: date?.date ?? article.published,
        dateEnd: date?.dateEnd ?? null,
        datePrecision: date?.precision ?? 'day',
        place: place ? (place.toponym.name ?? place.toponym.text) : null,
        placePrecision: place?.toponym.kind ?? null,
        geonameId: place?.toponym.geonameId ?? null,
        placeBbox: place && place.toponym.kind !== 'settlement' ? (place.toponym.bbox ?? null) : null,
        placeStart: place ? place.toponym.start : null,
        placeEnd: place ? place.toponym.end : null,
        countStart: count ? countOffset + count.start : null,
        countEnd: count ? countOffset + count.end : null,
        hedged,
      } satisfies ClaimProperties,
      point:
        place && place.toponym.lat !== null && place.toponym.lon !== null
          ? ([place.toponym.lon, place.toponym.lat] as [number, number])
          : null,
    };
  });

  // Whose troops a claim is about, when its words do not say: the side most claims of
  // the article name (an article about surrenders is about one side's surrenders).
  const troopSide = majoritySide(
    drafts
      .filter((draft) => TROOP_EVENTS.has(draft.unit.event) || draft.unit.event === 'control')
      .map((draft) => draft.subjectSide),
  );
  const claims: ClaimFeature[] = [];
  for (const draft of drafts) {
    const properties: ClaimProperties = draft.properties;
    if (properties.subjectSide === 'unknown') {
      if (TROOP_EVENTS.has(properties.event) || properties.event === 'control') properties.subjectSide = troopSide;
      else if (properties.event === 'advance') properties.subjectSide = opposite(troopSide);
    }
    // One claim per stretch of text and event: a quote inside another one is the same claim.
    const overlapping = claims.find(
      (claim) =>
        claim.properties.event === properties.event &&
        claim.properties.quoteStart < properties.quoteEnd &&
        properties.quoteStart < claim.properties.quoteEnd,
    );
    if (overlapping) continue;
    claims.push({
      type: 'Feature',
      geometry: draft.point ? { type: 'Point', coordinates: draft.point } : null,
      properties,
    });
  }
  return claims.sort(
    (a, b) =>
      a.properties.quoteStart - b.properties.quoteStart ||
      a.properties.quoteEnd - b.properties.quoteEnd ||
      a.properties.event.localeCompare(b.properties.event),
  );
}
