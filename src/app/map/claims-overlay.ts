/**
 * The claim marks drawn in a Canvas2D overlay stacked over the map's canvas (issue 8): a
 * date-slider step redraws this canvas alone, a few thousand marks in a few ms, and never
 * makes MapLibre repaint its whole frame (basemap included) in software WebGL. The map
 * redraws the overlay in its own `render` event on a camera change, so both match.
 *
 * Drawn, in order: area fills, area outlines (one per region and side, each further side
 * inset by AREA_RING_PX so coinciding areas all show), point marks (one per place and
 * side, largest first, white ring, colour by side, several sides at a place around it),
 * then whatever `draw` is given to add on top: the place labels and count badges MapLibre
 * placed (annotations.ts, in the deferred chunk; a canvas over the map would cover
 * MapLibre's own).
 *
 * `overlayFrame` is the pure step from marks and camera to screen shapes (tested in jsdom);
 * `ClaimsOverlay` paints them. Imports no maplibre-gl values.
 */
import { SIDES } from '../../pipeline/vocabulary.ts';
import { SIDE_COLORS } from '../palette.ts';
import { type DrawMarks, MARK_STRIDE, mercatorX, mercatorY } from './claim-draw-data.ts';

/** px between the outlines of several sides' areas over one region */
export const AREA_RING_PX = 3;
/** where a spot's badge sits from its place, px (right, up); area badges sit on the place */
export const BADGE_OFFSET: readonly [number, number] = [14, -14];

/** The camera in CSS px: a Web Mercator point (0..1) maps to origin + m × worldSize. */
export type OverlayCamera = {
  readonly width: number;
  readonly height: number;
  readonly worldSize: number;
  readonly originX: number;
  readonly originY: number;
};

/** The camera of a north-up, unpitched map from its centre and zoom (512 px tiles). */
export function cameraOf(width: number, height: number, zoom: number, lon: number, lat: number): OverlayCamera {
  const worldSize = 512 * 2 ** zoom;
  return {
    width,
    height,
    worldSize,
    originX: width / 2 - mercatorX(lon) * worldSize,
    originY: height / 2 - mercatorY(lat) * worldSize,
  };
}

export type AreaShape = { x: number; y: number; w: number; h: number; side: number; inset: number };
export type PointShape = { x: number; y: number; r: number; side: number; opacity: number };
/** Draws over the marks (CSS px transform set): the labels and badges of annotations.ts. */
export type Annotate = (ctx: CanvasRenderingContext2D, camera: OverlayCamera) => void;

export type OverlayFrame = {
  readonly areas: AreaShape[];
  readonly points: PointShape[];
  /** location indexes with a mark on screen */
  readonly onScreen: Set<number>;
};

/** Slack around the viewport for culling: the largest mark plus its side offset. */
const CULL_PX = 30;

export function overlayFrame(marks: DrawMarks, camera: OverlayCamera): OverlayFrame {
  const { table } = marks.base;
  const { worldSize, originX, originY, width, height } = camera;
  const onScreen = new Set<number>();
  const areas: AreaShape[] = [];
  for (const { location, side, ring } of marks.areas) {
    const box = table.locations[location]?.bbox;
    if (!box) continue;
    const [w, s, e, n] = box;
    const x0 = originX + mercatorX(w) * worldSize;
    const x1 = originX + mercatorX(e) * worldSize;
    const y0 = originY + mercatorY(n) * worldSize;
    const y1 = originY + mercatorY(s) * worldSize;
    if (x1 < 0 || y1 < 0 || x0 > width || y0 > height) continue;
    onScreen.add(location);
    areas.push({ x: x0, y: y0, w: x1 - x0, h: y1 - y0, side, inset: ring * AREA_RING_PX });
  }
  const points: PointShape[] = [];
  const { points: data, pointKeys } = marks;
  for (let mark = 0; mark < data.length / MARK_STRIDE; mark += 1) {
    const offset = mark * MARK_STRIDE;
    const px = originX + (data[offset] ?? 0) * worldSize;
    const py = originY + (data[offset + 1] ?? 0) * worldSize;
    if (px < -CULL_PX || py < -CULL_PX || px > width + CULL_PX || py > height + CULL_PX) continue;
    if (px >= 0 && py >= 0 && px <= width && py <= height) onScreen.add(pointKeys[mark * 2] ?? -1);
    points.push({
      x: px + (data[offset + 5] ?? 0),
      y: py + (data[offset + 6] ?? 0),
      r: data[offset + 2] ?? 4,
      side: data[offset + 3] ?? 0,
      opacity: data[offset + 4] ?? 0.85,
    });
  }
  return { areas, points, onScreen };
}

/** The ids of the claims behind marks on screen in a frame, in list order. */
export function idsOnScreen(marks: DrawMarks, frame: OverlayFrame): string[] {
  const { table } = marks.base;
  const ids: string[] = [];
  for (const row of marks.rows) if (frame.onScreen.has(table.location[row] ?? -1)) ids.push(table.ids[row] ?? '');
  return ids;
}

function rgba(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return `rgba(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255},${alpha})`;
}

const SIDE_HEX = SIDES.map((side) => SIDE_COLORS[side]);

type Sprite = { canvas: HTMLCanvasElement; half: number };

export class ClaimsOverlay {
  readonly canvas: HTMLCanvasElement;
  /** null where there is no 2D context (jsdom) */
  readonly context: CanvasRenderingContext2D | null;
  private readonly fills = SIDE_HEX.map((hex) => rgba(hex, 0.07));
  private readonly strokes = SIDE_HEX.map((hex) => rgba(hex, 0.85));
  /** the marks and shapes of the last frame drawn, and how many frames were drawn */
  drawn: { marks: DrawMarks; frame: OverlayFrame } | null = null;
  /** sprites by the number `sprite()` makes of side, opacity and radius, for the pixel ratio `spritesDpr` */
  private readonly sprites = new Map<number, Sprite>();
  private spritesDpr = 0;
  frames = 0;

  constructor(container: HTMLElement) {
    const canvas = container.ownerDocument.createElement('canvas');
    canvas.className = 'claims-overlay';
    canvas.setAttribute('aria-hidden', 'true');
    Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
    container.appendChild(canvas);
    this.canvas = canvas;
    // Rasterized on the CPU (willReadFrequently): thousands of small paths cost a few ms in
    // Skia's software raster, where GPU raster over software WebGL took hundreds (issue 8).
    this.context = canvas.getContext('2d', { willReadFrequently: true });
  }

  /**
   * Draw the marks for this camera (CSS px; the backing store follows devicePixelRatio),
   * then what `annotate` adds over them.
   */
  draw(marks: DrawMarks, camera: OverlayCamera, annotate: Annotate | null): OverlayFrame {
    const frame = overlayFrame(marks, camera);
    this.drawn = { marks, frame };
    this.frames += 1;
    const dpr = window.devicePixelRatio || 1;
    const { canvas } = this;
    const width = Math.round(camera.width * dpr);
    const height = Math.round(camera.height * dpr);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${camera.width}px`;
      canvas.style.height = `${camera.height}px`;
    }
    const ctx = this.context;
    if (!ctx) return frame;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);

    for (const area of frame.areas) {
      ctx.fillStyle = this.fills[area.side] ?? '';
      ctx.fillRect(area.x, area.y, area.w, area.h);
    }
    ctx.lineWidth = 2;
    for (const { x, y, w, h, side, inset } of frame.areas) {
      const edge = inset + 1;
      if (w <= 2 * edge || h <= 2 * edge) continue;
      ctx.strokeStyle = this.strokes[side] ?? '';
      ctx.strokeRect(x + edge, y + edge, w - 2 * edge, h - 2 * edge);
    }
    // A mark is a sprite (one per side, opacity and half-px radius): a copy of a few
    // hundred pixels costs far less than rasterizing two paths, thousands of times.
    // Whole device pixels and no filtering: the raster's fastest copy.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.imageSmoothingEnabled = false;
    for (const { x, y, r, side, opacity } of frame.points) {
      const sprite = this.sprite(side, opacity, r, dpr);
      ctx.drawImage(sprite.canvas, Math.round((x - sprite.half) * dpr), Math.round((y - sprite.half) * dpr));
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    annotate?.(ctx, camera);
    return frame;
  }

  private sprite(side: number, opacity: number, radius: number, dpr: number): Sprite {
    if (dpr !== this.spritesDpr) {
      this.sprites.clear();
      this.spritesDpr = dpr;
    }
    const r = Math.round(radius * 2) / 2;
    // A number, not a string built per mark (thousands per frame): half-px radius, opacity
    // in thousandths (the marks use two values), side.
    const key = (r * 2 * 1024 + Math.round(opacity * 1000)) * 8 + side;
    const cached = this.sprites.get(key);
    if (cached) return cached;
    const half = Math.ceil(r + 2);
    const canvas = this.canvas.ownerDocument.createElement('canvas');
    canvas.width = Math.ceil(half * 2 * dpr);
    canvas.height = canvas.width;
    // On the CPU like the overlay: a GPU canvas as a source would be read back per copy.
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (ctx) {
      ctx.scale(dpr, dpr);
      // A white ring 1.2 px wide around the mark, the mark in its side's colour.
      ctx.beginPath();
      ctx.arc(half, half, r + 0.6, 0, 2 * Math.PI);
      ctx.lineWidth = 1.2;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      ctx.globalAlpha = opacity;
      ctx.fillStyle = SIDE_HEX[side] ?? '#999999';
      ctx.beginPath();
      ctx.arc(half, half, r, 0, 2 * Math.PI);
      ctx.fill();
    }
    const sprite = { canvas, half };
    this.sprites.set(key, sprite);
    return sprite;
  }

  setVisible(visible: boolean): void {
    this.canvas.style.display = visible ? '' : 'none';
  }

  destroy(): void {
    this.canvas.remove();
  }
}
