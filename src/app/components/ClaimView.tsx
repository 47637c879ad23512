/**
 * The selected claim in "Claim details" (issue 6 items 4 and 8): the quote with place and
 * count marked, who claims it and their side, the article, event, precisions and hedging.
 * Everything from articles is rendered as text; links only for http(s) (issue 7).
 * In the deferred chunk: ClaimDetails shows the same "loading the quote…" line until
 * this is here.
 */
import type { ClaimSummary } from '../../pipeline/filter/claim-table.ts';
import { SIDE_COLORS, SIDE_LABELS } from '../palette.ts';
import { safeHref } from '../safe-href.ts';
import { selectSelectedRow } from '../store/selectors.ts';
import { useAppStore } from '../store/store-context.tsx';
import { countLabel, dateLabel, hedgeLabel } from './detail-labels.ts';
import { eventLabel } from './labels.ts';
import { QuoteText } from './QuoteText.tsx';
import { useClaimDetail } from './use-claim-detail.ts';

export function ClaimView({ summary }: { summary: ClaimSummary }) {
  const detail = useClaimDetail(useAppStore(selectSelectedRow));
  const articles = useAppStore((state) => state.articles);
  const select = useAppStore((state) => state.select);
  const setReading = useAppStore((state) => state.setReading);
  const claim = detail.status === 'ready' ? detail.claim.properties : null;
  const article = claim ? articles.get(claim.article) : undefined;
  const href = safeHref(article?.url);
  if (claim === null) {
    return (
      <p className="muted" role={detail.status === 'error' ? 'alert' : undefined}>
        {eventLabel(summary.event)} · {summary.place ?? 'Unlocated'}:{' '}
        {detail.status === 'error' ? detail.message : 'loading the quote…'}
      </p>
    );
  }
  return (
    <>
      <div className="details-head">
        <h2 className="panel-title">
          {eventLabel(claim.event)} · {claim.place ?? 'Unlocated'}
        </h2>
        <button type="button" className="close" aria-label="Close details" onClick={() => select(null, 'list')}>
          ×
        </button>
      </div>
      <QuoteText claim={claim} />
      <dl className="facts">
        <dt>Source</dt>
        <dd>
          <span className="swatch" style={{ background: SIDE_COLORS[claim.side] }} aria-hidden="true" />
          {claim.source} — {SIDE_LABELS[claim.side]} ({claim.sourceKind}
          {claim.sideFallback ? ', side from the outlet' : ''})
        </dd>
        <dt>Article</dt>
        <dd>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {article?.title ?? claim.article}
            </a>
          ) : (
            <span>{article?.title ?? claim.article}</span>
          )}
          {article && (
            <span className="muted">
              {' '}
              — {article.outlet}, {article.published}
            </span>
          )}
        </dd>
        <dt>Date</dt>
        <dd>
          {dateLabel(claim)} <span className="muted">(precision: {claim.datePrecision})</span>
        </dd>
        <dt>Place</dt>
        <dd>
          {claim.place ?? 'Unlocated'}
          {claim.placePrecision && <span className="muted"> (precision: {claim.placePrecision})</span>}
        </dd>
        {claim.count !== null && (
          <>
            <dt>Count</dt>
            <dd>{countLabel(claim)}</dd>
          </>
        )}
        <dt>Hedging</dt>
        <dd>{hedgeLabel(claim.hedged)}</dd>
      </dl>
      <button type="button" className="secondary" onClick={() => setReading(claim.id)}>
        Show in article
      </button>
    </>
  );
}
