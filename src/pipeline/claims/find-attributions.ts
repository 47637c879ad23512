/**
 * Find who a sentence says is speaking (issue 5, step 3).
 *
 * Forms recognised, in news English generally:
 * - speaker and reporting verb: "X said (that) …", "X told Y …", "X wrote on Telegram that …",
 *   and the inverted forms after a quote or a comma: "“…,” said X", "…, noted X";
 * - "according to X", "according to a report published by X";
 * - a passive "as revealed by X", "published by X";
 * - a headline's source after a colon: "Soldiers surrender in droves: Kyiv";
 * - an embedded post's signature: "… — Name (@handle) August 7, 2024".
 *
 * Each attribution carries the span of its words (`spanStart`..`spanEnd`) so that
 * side words and dates inside it ("according to a report published on Friday") are
 * not read as facts of the event.
 *
 * @example
 * findAttributions('Forty soldiers surrendered, according to the ministry.')
 * // => [{kind: 'according', name: 'the ministry', nameStart: 41, nameEnd: 53, spanStart: 28, spanEnd: 53}]
 */
import { REPORTING_VERBS } from './lexicon.ts';

export type Attribution = {
  kind: 'speaker' | 'according' | 'passive' | 'signature';
  name: string;
  nameStart: number;
  nameEnd: number;
  spanStart: number;
  spanEnd: number;
};

const VERB = new RegExp(
  String.raw`\b(?:${REPORTING_VERBS}|saying|claiming|estimating|reporting|noting|writing)\b`,
  'gi',
);
const LEADING_ADVERBIAL =
  /^(?:(?:earlier|later|meanwhile|however|also|separately|additionally|in addition|previously|overnight|today|yesterday|on|in|at|during|last|this|after|before|with|while|for example|for instance)\b[^,]{0,50},\s*|(?:with|and|but|while|as|meanwhile|also)\s+)/i;
const TRAILING_WORDS =
  /(?:\s+(?:also|have|has|had|later|earlier|previously|reportedly|then|now|further|had also|have also|has also|already|on|recently))+\s*$/i;
const NOUN_USE_BEFORE =
  /\b(?:the|these|those|such|unverified|unverifiable|unconfirmed|initial|first|earlier|latest|numerous|some|many|of|its|their|his|her|news|several)\s+$/i;
const NAME_STOP =
  /\s+(?:in|on|during|via|at|to|through|after|before|when|while|as|that|,)\s|[,.;:!?"“”]|\s+(?:in|on)\s*$/;

function trimName(text: string): string {
  return text.replace(/^[\s,–—-]+|[\s,–—-]+$/g, '');
}

/** Cut the words before a reporting verb down to the speaker's noun phrase. */
function speakerBefore(
  sentence: string,
  verbStart: number,
  claimBefore: boolean,
): { name: string; start: number } | null {
  const before = sentence.slice(0, verbStart);
  let from = Math.max(
    before.lastIndexOf('”'),
    before.lastIndexOf('"'),
    before.lastIndexOf(';'),
    before.lastIndexOf(' – '),
    before.lastIndexOf(' — '),
    before.lastIndexOf(': '),
  );
  from = from === -1 ? 0 : from + 1;
  // A coordinated clause starts a new subject: "Kyiv's troops withdrew, and Moscow said …"
  const coordinated = [...before.matchAll(/[,;]\s+(?:and|but|while|whereas|as)\s+/g)].at(-1);
  if (coordinated && (coordinated.index ?? 0) >= from) from = (coordinated.index ?? 0) + coordinated[0].length;
  // When the claim comes first ("40 soldiers surrendered, the ministry said"), the speaker
  // is the last comma-separated part.
  if (claimBefore) {
    const comma = before.lastIndexOf(', ');
    if (comma >= from) from = comma + 2;
  }
  let name = before.slice(from);
  const leading = LEADING_ADVERBIAL.exec(name);
  if (leading) {
    from += leading[0].length;
    name = name.slice(leading[0].length);
  }
  name = name
    .replace(/,\s*(?:for example|for instance|in turn|however|meanwhile|too),?\s*$/i, ' ')
    .replace(TRAILING_WORDS, '');
  name = trimName(name);
  if (name === '' || name.split(/\s+/).length > 25) return null;
  const start = sentence.indexOf(name, from);
  return { name, start };
}

/** The noun phrase after an inverted verb: "…,” said the acting governor Ivan Ivanov in a video." */
function speakerAfter(sentence: string, verbEnd: number): { name: string; start: number } | null {
  const rest = sentence.slice(verbEnd);
  const leading = /^\s+/.exec(rest)?.[0].length ?? 0;
  const stop = NAME_STOP.exec(rest.slice(leading));
  const name = trimName(rest.slice(leading, leading + (stop ? stop.index : rest.length - leading)));
  if (name === '' || name.split(/\s+/).length > 12) return null;
  return { name, start: verbEnd + leading };
}

export function findAttributions(sentence: string, claimStarts: number[] = []): Attribution[] {
  const found: Attribution[] = [];
  const firstClaim = claimStarts.length ? Math.min(...claimStarts) : Number.POSITIVE_INFINITY;

  for (const match of sentence.matchAll(/\baccording to\s+/gi)) {
    const spanStart = match.index ?? 0;
    const nameStart = spanStart + match[0].length;
    const rest = sentence.slice(nameStart);
    const stop = /[,;:.!?–—]\s|[.!?]$|\s+(?:on|in|at)\s+(?:\w+day|[A-Z][a-z]+ \d)|$/.exec(rest);
    let name = trimName(rest.slice(0, stop ? stop.index : rest.length));
    let start = nameStart;
    // "according to a report published by X" names X
    const relay =
      /\b(?:published|posted|released|aired|broadcast|issued|carried)\s+(?:by|in|on)\s+|\b(?:reports?|data|statements?|footage)\s+(?:from|by|of)\s+/i.exec(
        name,
      );
    if (relay) {
      start += relay.index + relay[0].length;
      name = name.slice(relay.index + relay[0].length);
    }
    name = name.replace(
      /['’]s\s+(?:post|statement|report|account|channel|data|message|video|telegram|words|estimate\w*)\b.*$/i,
      '',
    );
    if (name !== '') {
      found.push({
        kind: 'according',
        name,
        nameStart: start,
        nameEnd: start + name.length,
        spanStart,
        spanEnd: nameStart + (stop ? stop.index : rest.length),
      });
    }
  }

  for (const match of sentence.matchAll(VERB)) {
    const verbStart = match.index ?? 0;
    const verbEnd = verbStart + match[0].length;
    const before = sentence.slice(0, verbStart);
    const after = sentence.slice(verbEnd);
    if (/^\s+by\b/i.test(after)) continue; // "as revealed by X": handled as a passive below
    // "reports of …", "media reports said": a plural noun, not a verb
    const nounForm = /^(?:reports|claims|notes|states|posts|estimates|says)$/i.test(match[0]);
    if (
      nounForm &&
      (/^\s+(?:of|from|by|about|on the|that)\b/i.test(after) ||
        /\b(?:media|press|news|intelligence|official|initial|some)\s+$/i.test(before))
    )
      continue;
    if (NOUN_USE_BEFORE.test(before)) continue;
    if (/\b(?:was|were|been|be|is|are)\s+$/i.test(before)) continue; // passive: handled below
    // "“…,” said X" after a quotation; "…, said X" only after the claim it reports,
    // not after an apposition ("X, an adviser to Y, said the army …")
    const afterQuote = /[”"]\s*$/.test(before);
    const afterComma =
      /,\s*$/.test(before) &&
      firstClaim < verbStart &&
      !/^\s+(?:that\b|[\w’'-]+\s+(?:has|have|had|is|are|was|were|will|would)\b)/i.test(after);
    const inverted = before.trim() !== '' && (afterQuote || afterComma);
    const speaker = inverted
      ? speakerAfter(sentence, verbEnd)
      : speakerBefore(sentence, verbStart, firstClaim < verbStart);
    if (!speaker) continue;
    if (inverted && /^(?:that|the\s+(?:report|video|footage))\b/i.test(speaker.name)) continue;
    // the attribution's words run to "that" when it follows soon after the verb
    const that = /^[^.;“"]{0,80}?\bthat\b/.exec(after);
    const spanEnd = inverted ? speaker.start + speaker.name.length : that ? verbEnd + that[0].length : verbEnd;
    found.push({
      kind: 'speaker',
      name: speaker.name,
      nameStart: speaker.start,
      nameEnd: speaker.start + speaker.name.length,
      spanStart: Math.min(speaker.start, verbStart),
      spanEnd,
    });
  }

  for (const match of sentence.matchAll(
    /\b(?:revealed|reported|announced|published|posted|shared|released|stated|claimed)\s+by\s+/gi,
  )) {
    const nameStart = (match.index ?? 0) + match[0].length;
    const rest = sentence.slice(nameStart);
    const stop = /[;:.!?–—](?:\s|$)|\s+(?:in|on|at|via|during)\s|$/.exec(rest);
    const name = trimName(rest.slice(0, stop ? stop.index : rest.length));
    if (name !== '' && name.split(/\s+/).length <= 12) {
      found.push({
        kind: 'passive',
        name,
        nameStart,
        nameEnd: nameStart + name.length,
        spanStart: match.index ?? 0,
        spanEnd: nameStart + name.length,
      });
    }
  }

  // a headline that names its source after a colon: "Troops surrender in droves: Kyiv"
  const headline = /:\s+((?:[A-Z][\w’'.-]*\s?){1,3})$/.exec(sentence);
  if (headline && !/[.!?]["”]?$/.test(sentence)) {
    const name = trimName(headline[1] ?? '');
    const nameStart = sentence.lastIndexOf(name);
    found.push({
      kind: 'speaker',
      name,
      nameStart,
      nameEnd: nameStart + name.length,
      spanStart: headline.index,
      spanEnd: sentence.length,
    });
  }

  const signature = /[—–]\s*([^()—–\n]{2,60}?)\s*\(@[\w.]+\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$/.exec(sentence);
  if (signature) {
    const name = trimName(signature[1] ?? '');
    const nameStart = sentence.indexOf(name, signature.index);
    found.push({
      kind: 'signature',
      name,
      nameStart,
      nameEnd: nameStart + name.length,
      spanStart: signature.index,
      spanEnd: sentence.length,
    });
  }
  return found.sort((a, b) => a.spanStart - b.spanStart);
}

/**
 * The attribution a claim rests on: the speaker who first introduces it, then a passive
 * "revealed by", then "according to" (often only the outlet that relays it), then a post's signature.
 */
export function pickAttribution(attributions: Attribution[]): Attribution | null {
  const order: Attribution['kind'][] = ['speaker', 'passive', 'according', 'signature'];
  for (const kind of order) {
    const first = attributions.find((attribution) => attribution.kind === kind);
    if (first) return first;
  }
  return null;
}
