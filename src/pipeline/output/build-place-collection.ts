/**
 * The places FeatureCollection (public/places.geojson): one feature per resolved place,
 * with every mention of it in every article and the role it plays there.
 *
 * Places are keyed by geonameId (else by name and point), ordered by name then id;
 * mentions by article then offset. Unresolved names (no point) are not places: the
 * caller reports them in the summary. Nor are metonyms ("Kiev's forces", "Moscow said"):
 * the name stands for a government there, so it is no mention of the place.
 *
 * @example
 * buildPlaceCollection([{article: '000_x', toponyms: [kursk]}])
 * // => {type: 'FeatureCollection', features: [{geometry: {type: 'Point', ...}, properties: {name: 'Kursk Oblast', mentions: [...]}}]}
 */

import { compareStrings } from '../compare-strings.ts';
import { type PlaceCollection, type PlaceFeature, type Toponym, zPlaceCollection } from '../schema.ts';
import { roundNumber } from './round-number.ts';

export type ArticleToponyms = { article: string; toponyms: Toponym[] };

export function buildPlaceCollection(items: ArticleToponyms[]): PlaceCollection {
  const places = new Map<string, PlaceFeature>();
  for (const { article, toponyms } of items) {
    for (const toponym of toponyms) {
      if (toponym.lat === null || toponym.lon === null || toponym.kind === null) continue;
      if (toponym.role === 'metonym') continue;
      const lon = roundNumber(toponym.lon, 5);
      const lat = roundNumber(toponym.lat, 5);
      const name = toponym.name ?? toponym.text;
      const key = toponym.geonameId !== null ? `id:${toponym.geonameId}` : `name:${name}@${lon},${lat}`;
      let place = places.get(key);
      if (!place) {
        place = {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [lon, lat] },
          properties: {
            name,
            geonameId: toponym.geonameId,
            kind: toponym.kind,
            bbox: toponym.bbox
              ? (toponym.bbox.map((value) => roundNumber(value, 5)) as [number, number, number, number])
              : null,
            mentions: [],
          },
        };
        places.set(key, place);
      }
      place.properties.mentions.push({
        article,
        start: toponym.start,
        end: toponym.end,
        text: toponym.text,
        role: toponym.role,
      });
    }
  }
  const features = [...places.values()];
  for (const feature of features) {
    feature.properties.mentions.sort((a, b) => compareStrings(a.article, b.article) || a.start - b.start);
  }
  features.sort((a, b) => {
    const x = a.properties;
    const y = b.properties;
    return x.name < y.name
      ? -1
      : x.name > y.name
        ? 1
        : (x.geonameId ?? 0) - (y.geonameId ?? 0) || a.geometry.coordinates[0] - b.geometry.coordinates[0];
  });
  return zPlaceCollection.parse({ type: 'FeatureCollection', features });
}
