/**
 * Hover tooltip for a claim or a crowded spot; mouse only (keyboard users have the list).
 * In the deferred chunk (deferred/load-deferred.ts), shown by MapRegion.
 */

import { summarizeRow } from '../../pipeline/filter/claim-table.ts';
import type { HoverTarget } from '../map/map-adapter.ts';
import { SIDE_LABELS } from '../palette.ts';
import { useAppStore } from '../store/store-context.tsx';
import { eventLabel } from './labels.ts';

export function MapTooltip({ target }: { target: HoverTarget | null }) {
  const table = useAppStore((state) => state.table);
  const row = useAppStore((state) => (target?.claimId ? (state.rowById.get(target.claimId) ?? -1) : -1));
  if (target === null) return null;
  const style = { left: target.point.x + 12, top: target.point.y + 12 };
  if (target.spotKey) {
    return (
      <div className="map-tooltip" style={style} aria-hidden="true">
        Several claims here: click to list them
      </div>
    );
  }
  if (row < 0) return null;
  const properties = summarizeRow(table, row);
  return (
    <div className="map-tooltip" style={style} aria-hidden="true">
      <strong>
        {eventLabel(properties.event)} · {properties.place}
      </strong>
      <br />
      {properties.source} ({SIDE_LABELS[properties.side]}), {properties.date}
      {target.count !== undefined && target.count > 1 && (
        <>
          <br />
          <span className="muted">{target.count} claims here: click to list them</span>
        </>
      )}
    </div>
  );
}
