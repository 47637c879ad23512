/**
 * The claims at one crowded spot, to choose from (the cluster "lists on click"). At
 * scale a spot can hold thousands: the first SHOWN are listed, with how many more.
 * In the deferred chunk (deferred/load-deferred.ts), shown by ClaimDetails.
 */
import { summarizeRow } from '../../pipeline/filter/claim-table.ts';
import { SIDE_COLORS } from '../palette.ts';
import { useAppStore } from '../store/store-context.tsx';
import { eventLabel } from './labels.ts';

const SHOWN = 100;

export function SpotList({ ids }: { ids: readonly string[] }) {
  const table = useAppStore((state) => state.table);
  const rowById = useAppStore((state) => state.rowById);
  const select = useAppStore((state) => state.select);
  const showSpot = useAppStore((state) => state.showSpot);
  const rows = ids.flatMap((id) => rowById.get(id) ?? []);
  const claims = rows.slice(0, SHOWN).map((row) => summarizeRow(table, row));
  const place = claims[0]?.place ?? 'this spot';
  return (
    <div className="spot-list">
      <div className="details-head">
        <h2 className="panel-title">
          {rows.length} claims at {place}
        </h2>
        <button type="button" className="close" aria-label="Close" onClick={() => showSpot(null)}>
          ×
        </button>
      </div>
      <ul>
        {claims.map((claim) => (
          <li key={claim.id}>
            <button type="button" className="claim-item" onClick={() => select(claim.id, 'map')}>
              <span className="swatch" style={{ background: SIDE_COLORS[claim.side] }} aria-hidden="true" />
              {claim.date} · {eventLabel(claim.event)} · {claim.source}
            </button>
          </li>
        ))}
      </ul>
      {rows.length > SHOWN && (
        <p className="muted">and {rows.length - SHOWN} more: narrow the dates or sources to list them.</p>
      )}
    </div>
  );
}
