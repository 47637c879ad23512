/**
 * The place labels and count badges over the claim marks (issue 6 item 2), drawn by the
 * claims overlay where MapLibre placed them: its label and badge layers are invisible and
 * only place them (collisions, basemap cities keep off them) and answer pointer hits.
 * MapLibre places them a worker round trip after the marks are set, so the first frame
 * with claims never has them: this module is in the deferred chunk
 * (deferred/load-deferred.ts), fetched after that frame; the map adapter redraws the
 * overlay with them once it is here.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { mercatorX, mercatorY } from './claim-draw-data.ts';
import { BADGE_OFFSET, type OverlayCamera } from './claims-overlay.ts';
import { LAYER } from './layer-ids.ts';

/** A badge MapLibre placed: its place and its claims. */
export type PlacedBadge = { lon: number; lat: number; n: number; area: boolean };
/** Where a place label sits from its place (MapLibre's variable anchors, by name). */
export type LabelAnchor = 'top' | 'bottom' | 'left' | 'right';
export const LABEL_ANCHORS: readonly LabelAnchor[] = ['top', 'bottom', 'left', 'right'];
/** A place label MapLibre placed: its place, name, the radius its marks take and its anchor. */
export type PlacedLabel = { lon: number; lat: number; name: string; r: number; anchor: LabelAnchor };
export type Placed = { readonly badges: readonly PlacedBadge[]; readonly labels: readonly PlacedLabel[] };

export type BadgeShape = { x: number; y: number; text: string };
export type LabelShape = { x: number; y: number; text: string };

/** Label widths in px, measured in the overlay's context (jsdom has no text metrics: an estimate). */
export type MeasureText = (text: string) => number;

/** px: the labels' size */
export const LABEL_SIZE = 12;
const LABEL_FONT = `${LABEL_SIZE}px "Noto Sans", "Helvetica Neue", Arial, sans-serif`;
const BADGE_FONT = 'bold 11px "Noto Sans", "Helvetica Neue", Arial, sans-serif';
const BADGE_HEIGHT = 19;

/**
 * Text widths measured in a context, by font and text: every step of a date scrub redraws the
 * same place names and many of the same counts, and setting a font and measuring text cost
 * more than a lookup (issue 8). Bounded: cleared when full.
 */
const widths = new WeakMap<CanvasRenderingContext2D, Map<string, Map<string, number>>>();
const WIDTHS_LIMIT = 5000;

function textWidth(ctx: CanvasRenderingContext2D, font: string, text: string): number {
  let byFont = widths.get(ctx);
  if (!byFont) {
    byFont = new Map();
    widths.set(ctx, byFont);
  }
  let byText = byFont.get(font);
  if (!byText) {
    byText = new Map();
    byFont.set(font, byText);
  }
  let width = byText.get(text);
  if (width === undefined) {
    if (byText.size >= WIDTHS_LIMIT) byText.clear();
    const current = ctx.font;
    ctx.font = font;
    width = ctx.measureText(text).width;
    ctx.font = current;
    byText.set(text, width);
  }
  return width;
}

/** px width of a place label in the labels' font */
export function labelMeasure(ctx: CanvasRenderingContext2D | null): MeasureText {
  return (text) => (ctx ? textWidth(ctx, LABEL_FONT, text) : text.length * 6.5);
}

/**
 * The centre of a label's text placed with `anchor` at `r + 3` px from its place (the label
 * layer's text-radial-offset), `width` px wide. The vertical shifts are MapLibre's, at 12 px,
 * read off screenshots of its labels: its line box and baseline are not the text's middle.
 */
export function labelCentre(anchor: LabelAnchor, r: number, width: number): [number, number] {
  const d = r + 3;
  switch (anchor) {
    case 'top':
      return [0, d + 10.5];
    case 'bottom':
      return [0, -d - 7];
    case 'left':
      return [d + width / 2, 1.5];
    default:
      return [-d - width / 2, 1.5];
  }
}

/**
 * The badges and labels MapLibre placed in its last frame. A label's anchor is the one of
 * its four whose box MapLibre reports it in.
 */
export function placedSymbols(map: MaplibreMap, measure: MeasureText): Placed {
  const badges = map.queryRenderedFeatures({ layers: [LAYER.claimAreaBadges, LAYER.claimSpots] }).map((feature) => {
    const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
    return { lon, lat, n: Number(feature.properties.n), area: Boolean(feature.properties.area) };
  });
  const labels: PlacedLabel[] = [];
  const seen = new Set<string>();
  for (const feature of map.queryRenderedFeatures({ layers: [LAYER.placeLabels] })) {
    const key = String(feature.properties.key);
    if (seen.has(key)) continue;
    seen.add(key);
    const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
    const name = String(feature.properties.name);
    const r = Number(feature.properties.r);
    const { x, y } = map.project([lon, lat]);
    const width = measure(name);
    const anchor =
      LABEL_ANCHORS.find((candidate) => {
        const [dx, dy] = labelCentre(candidate, r, width);
        return map
          .queryRenderedFeatures([x + dx, y + dy], { layers: [LAYER.placeLabels] })
          .some((hit) => String(hit.properties.key) === key);
      }) ?? 'top';
    labels.push({ lon, lat, name, r, anchor });
  }
  return { badges, labels };
}

/** The screen shapes of what was placed, for this camera (pure; tested in jsdom). */
export function annotationShapes(
  camera: OverlayCamera,
  placed: Placed,
  measure: MeasureText,
): { badges: BadgeShape[]; labels: LabelShape[] } {
  const { worldSize, originX, originY } = camera;
  const badges = placed.badges.map(({ lon, lat, n, area }) => ({
    x: originX + mercatorX(lon) * worldSize + (area ? 0 : BADGE_OFFSET[0]),
    y: originY + mercatorY(lat) * worldSize + (area ? 0 : BADGE_OFFSET[1]),
    text: String(n),
  }));
  const labels = placed.labels.map(({ lon, lat, name, r, anchor }) => {
    const [dx, dy] = labelCentre(anchor, r, measure(name));
    return {
      x: originX + mercatorX(lon) * worldSize + dx,
      y: originY + mercatorY(lat) * worldSize + dy,
      text: name,
    };
  });
  return { badges, labels };
}

/** Labels (dark, white halo) then badges (a dark pill, white rim and number), in CSS px. */
export function drawAnnotations(ctx: CanvasRenderingContext2D, camera: OverlayCamera, placed: Placed): void {
  const { badges, labels } = annotationShapes(camera, placed, labelMeasure(ctx));
  ctx.font = LABEL_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#222222';
  for (const { x, y, text } of labels) {
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  }
  ctx.font = BADGE_FONT;
  ctx.lineWidth = 1.5;
  const radius = BADGE_HEIGHT / 2;
  for (const { x, y, text } of badges) {
    const width = Math.max(BADGE_HEIGHT, textWidth(ctx, BADGE_FONT, text) + 14);
    ctx.beginPath();
    ctx.roundRect(x - width / 2, y - radius, width, BADGE_HEIGHT, radius);
    ctx.fillStyle = '#222222';
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.fillText(text, x, y + 0.5);
  }
}
