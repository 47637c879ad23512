/** The claims at one crowded spot, to choose from (the cluster "lists on click"). */
import { SIDE_COLORS } from '../palette.ts';
import { useAppStore } from '../store/store-context.tsx';
import { eventLabel } from './labels.ts';

export function SpotList({ ids }: { ids: readonly string[] }) {
  const claimById = useAppStore((state) => state.claimById);
  const select = useAppStore((state) => state.select);
  const showSpot = useAppStore((state) => state.showSpot);
  const claims = ids.flatMap((id) => claimById.get(id)?.properties ?? []);
  const place = claims[0]?.place ?? 'this spot';
  return (
    <div className="spot-list">
      <div className="details-head">
        <h2 className="panel-title">
          {claims.length} claims at {place}
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
    </div>
  );
}
