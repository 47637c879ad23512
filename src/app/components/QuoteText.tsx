/** A claim's quote with the place and the count marked; text only, never HTML. */
import type { ClaimProperties } from '../../pipeline/schema.ts';
import { highlightSegments } from '../text/highlight-segments.ts';

type Props = { claim: ClaimProperties; inline?: boolean };

export function QuoteText({ claim, inline = false }: Props) {
  const segments = highlightSegments(claim.quote, claim.quoteStart, [
    { start: claim.placeStart, end: claim.placeEnd, kind: 'place' },
    { start: claim.countStart, end: claim.countEnd, kind: 'count' },
  ]);
  const Tag = inline ? 'span' : 'blockquote';
  return (
    <Tag className={inline ? 'quote-inline' : 'quote'}>
      {segments.map((segment) =>
        segment.kind === null ? (
          <span key={segment.start}>{segment.text}</span>
        ) : (
          <mark
            key={segment.start}
            className={`hl-${segment.kind}`}
            title={segment.kind === 'place' ? 'Place' : 'Count'}
          >
            {segment.text}
          </mark>
        ),
      )}
    </Tag>
  );
}
