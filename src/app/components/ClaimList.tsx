/**
 * The shown claims in date order (issue 6 item 5): a list named "Claims", one listitem
 * per claim, synchronized with the map through the store's selection. Claims without a
 * place are marked unlocated. Rendering is capped; issue 8 may virtualize past it.
 */
import { useEffect, useRef, useState } from 'react';
import { DEFAULT_FILTERS } from '../../pipeline/filter/filter-state.ts';
import { SIDE_COLORS, SIDE_LABELS } from '../palette.ts';
import { selectVisible } from '../store/selectors.ts';
import { useAppStore } from '../store/store-context.tsx';
import { eventLabel } from './labels.ts';

const PAGE = 500;

export function ClaimList() {
  const claims = useAppStore(selectVisible);
  const total = useAppStore((state) => state.claims.length);
  const selected = useAppStore((state) => state.selected);
  const selectFrom = useAppStore((state) => state.selectFrom);
  const select = useAppStore((state) => state.select);
  const setFilters = useAppStore((state) => state.setFilters);
  const [limit, setLimit] = useState(PAGE);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (selected === null || selectFrom === 'list') return;
    const item = listRef.current?.querySelector(`[data-claim-id="${CSS.escape(selected)}"]`);
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [selected, selectFrom]);

  if (total === 0) return null;
  return (
    <section className="claim-list" aria-labelledby="claims-title">
      <h2 id="claims-title" className="panel-title">
        Claims
      </h2>
      {claims.length === 0 ? (
        <div className="empty">
          <p>No claims match these filters.</p>
          <button type="button" onClick={() => setFilters(DEFAULT_FILTERS)}>
            Reset filters
          </button>
        </div>
      ) : null}
      <ul ref={listRef} aria-label="Claims">
        {claims.slice(0, limit).map(({ properties: claim, geometry }) => (
          <li key={claim.id} data-claim-id={claim.id}>
            <button
              type="button"
              className="claim-item"
              aria-current={claim.id === selected ? 'true' : undefined}
              onClick={() => select(claim.id, 'list')}
            >
              <span className="claim-item-top">
                <span className="swatch" style={{ background: SIDE_COLORS[claim.side] }} aria-hidden="true" />
                <span className="claim-date">{claim.date}</span>
                <span className="claim-event">{eventLabel(claim.event)}</span>
                {geometry === null ? (
                  <span className="badge">Unlocated</span>
                ) : (
                  <span className="claim-place">{claim.place}</span>
                )}
              </span>
              <span className="claim-source">
                {claim.source} <span className="muted">({SIDE_LABELS[claim.side]})</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {claims.length > limit && (
        <button type="button" className="link-button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, claims.length - limit)} more of {claims.length - limit}
        </button>
      )}
    </section>
  );
}
