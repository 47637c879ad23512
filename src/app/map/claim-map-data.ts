/**
 * Pure step from claims to what the map draws (STYLE.md "A pure step turns state into
 * FeatureCollection + filter"). Located claims become points, except region-precision
 * claims with a bbox, which become translucent areas sized to the region (issue 6
 * item 2). Only the properties the map filters and styles on are kept, to keep the
 * worker's copy small. O(n).
 */
import bboxPolygon from '@turf/bbox-polygon';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { ClaimFeature, ClaimProperties } from '../../pipeline/schema.ts';

export type MapClaimProperties = Pick<
  ClaimProperties,
  'id' | 'side' | 'source' | 'event' | 'date' | 'dateEnd' | 'count' | 'place' | 'placePrecision'
>;

export type ClaimMapData = {
  points: FeatureCollection<Point, MapClaimProperties>;
  areas: FeatureCollection<Polygon, MapClaimProperties>;
  /** [west, south, east, north] of everything drawn, or null when nothing is located */
  bounds: [number, number, number, number] | null;
};

function mapProperties(claim: ClaimProperties): MapClaimProperties {
  const { id, side, source, event, date, dateEnd, count, place, placePrecision } = claim;
  return { id, side, source, event, date, dateEnd, count, place, placePrecision };
}

function extend(bounds: ClaimMapData['bounds'], [w, s, e, n]: number[]): ClaimMapData['bounds'] {
  if (w === undefined || s === undefined || e === undefined || n === undefined) return bounds;
  if (bounds === null) return [w, s, e, n];
  return [Math.min(bounds[0], w), Math.min(bounds[1], s), Math.max(bounds[2], e), Math.max(bounds[3], n)];
}

export function toClaimMapData(claims: readonly ClaimFeature[]): ClaimMapData {
  const points: Feature<Point, MapClaimProperties>[] = [];
  const areas: Feature<Polygon, MapClaimProperties>[] = [];
  let bounds: ClaimMapData['bounds'] = null;
  for (const claim of claims) {
    const { geometry, properties } = claim;
    if (geometry === null) continue;
    const box = properties.placePrecision === 'region' ? properties.placeBbox : null;
    if (box !== null) {
      areas.push(bboxPolygon(box, { properties: mapProperties(properties) }));
      bounds = extend(bounds, box);
    } else {
      const [lon, lat] = geometry.coordinates;
      points.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lon, lat] },
        properties: mapProperties(properties),
      });
      bounds = extend(bounds, [lon, lat, lon, lat]);
    }
  }
  return {
    points: { type: 'FeatureCollection', features: points },
    areas: { type: 'FeatureCollection', features: areas },
    bounds,
  };
}
