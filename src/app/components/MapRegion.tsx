/** The region "Map": the map, its legend, the hover tooltip and any message over it. */
import { useState } from 'react';
import { useDeferred } from '../deferred/load-deferred.ts';
import type { CreateMapAdapter, HoverTarget } from '../map/map-adapter.ts';
import { selectVisible } from '../store/selectors.ts';
import { useAppStore } from '../store/store-context.tsx';
import { Legend } from './Legend.tsx';
import { MapView } from './MapView.tsx';

export const NO_CLAIMS_MESSAGE = 'No claims yet: run npm run build:data';

function MapMessage() {
  const load = useAppStore((state) => state.load);
  const total = useAppStore((state) => state.table.count);
  const shown = useAppStore((state) => selectVisible(state).length);
  if (load.status === 'error' && load.kind === 'invalid') {
    return (
      <div className="map-message error" role="alert">
        <strong>The claims could not be shown.</strong> {load.message} Run npm run build:data to write it again.
      </div>
    );
  }
  if (load.status === 'error' || (load.status === 'ready' && total === 0)) {
    return (
      <div className="map-message" role="alert">
        <strong>{NO_CLAIMS_MESSAGE}</strong>
        {load.status === 'error' && <span className="muted"> ({load.message})</span>}
      </div>
    );
  }
  if (load.status === 'ready' && shown === 0) {
    return <div className="map-message subtle">No claims match these filters.</div>;
  }
  return null;
}

export function MapRegion({ createMapAdapter }: { createMapAdapter: CreateMapAdapter }) {
  const [hover, setHover] = useState<HoverTarget | null>(null);
  // The tooltip is in the deferred chunk, fetched after the first render.
  const deferred = useDeferred(hover !== null);
  const MapTooltip = deferred.status === 'ready' ? deferred.module.MapTooltip : null;
  return (
    <section className="map-region" aria-label="Map">
      <MapView createMapAdapter={createMapAdapter} onHover={setHover} />
      {MapTooltip && <MapTooltip target={hover} />}
      <MapMessage />
      <Legend />
    </section>
  );
}
