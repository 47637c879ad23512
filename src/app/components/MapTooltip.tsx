/** Hover tooltip for a claim or a crowded spot; mouse only (keyboard users have the list). */

import type { HoverTarget } from '../map/map-adapter.ts';
import { SIDE_LABELS } from '../palette.ts';
import { useAppStore } from '../store/store-context.tsx';
import { eventLabel } from './labels.ts';

export function MapTooltip({ target }: { target: HoverTarget | null }) {
  const claim = useAppStore((state) => (target?.claimId ? state.claimById.get(target.claimId) : undefined));
  if (target === null) return null;
  const style = { left: target.point.x + 12, top: target.point.y + 12 };
  if (target.spotKey) {
    return (
      <div className="map-tooltip" style={style} aria-hidden="true">
        Several claims here: click to list them
      </div>
    );
  }
  if (!claim) return null;
  const { properties } = claim;
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
