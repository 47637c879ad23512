// Issue 8: the claim marks are drawn in a Canvas2D overlay over the map; the pure step from
// marks and camera to screen shapes, and the canvas it paints (jsdom: no 2D context, so
// the shapes and the canvas's size are checked, not its pixels; e2e checks those).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotationShapes, LABEL_ANCHORS, labelCentre, labelMeasure } from '../../src/app/map/annotations.ts';
import { buildMarks, MARK_STRIDE, mercatorX, mercatorY, prepareDrawBase } from '../../src/app/map/claim-draw-data.ts';
import { BADGE_OFFSET, ClaimsOverlay, cameraOf, idsOnScreen, overlayFrame } from '../../src/app/map/claims-overlay.ts';
import { tableFromFeatures } from '../../src/pipeline/filter/build-claim-table.ts';
import { filterTable } from '../../src/pipeline/filter/filter-claims.ts';
import { DEFAULT_FILTERS } from '../../src/pipeline/filter/filter-state.ts';
import { fixtureClaims } from './fixture-fetch.ts';

const { table } = tableFromFeatures(fixtureClaims().features);
const base = prepareDrawBase(table);
const marks = buildMarks(base, filterTable(table, DEFAULT_FILTERS));
/** The claims' bounds fill a 1280 × 800 view at zoom 4 around Ukraine. */
const camera = cameraOf(1280, 800, 4, 33.5, 49.5);

describe('overlayFrame', () => {
  it('puts the camera centre in the middle of the view and scales by 512 × 2^zoom', () => {
    expect(camera.originX + mercatorX(33.5) * camera.worldSize).toBeCloseTo(640);
    expect(camera.originY + mercatorY(49.5) * camera.worldSize).toBeCloseTo(400);
    expect(camera.worldSize).toBe(512 * 16);
  });

  it('draws every point mark on screen at its place plus its side offset, largest first', () => {
    const frame = overlayFrame(marks, camera);
    expect(frame.points).toHaveLength(marks.points.length / MARK_STRIDE);
    const first = frame.points[0];
    const x = camera.originX + (marks.points[0] ?? 0) * camera.worldSize + (marks.points[5] ?? 0);
    expect(first?.x).toBeCloseTo(x);
    const radii = frame.points.map((point) => point.r);
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
    expect(frame.areas).toHaveLength(marks.areas.length);
  });

  it('the claims on screen are exactly the shown rows; off screen, none', () => {
    const frame = overlayFrame(marks, camera);
    const shown = Array.from(marks.rows, (row) => table.ids[row]);
    const located = shown.filter((_, index) => (table.location[marks.rows[index] ?? 0] ?? -1) >= 0);
    expect(idsOnScreen(marks, frame)).toEqual(located);
    const faraway = overlayFrame(marks, cameraOf(1280, 800, 6, -100, 40));
    expect(faraway.points).toEqual([]);
    expect(faraway.areas).toEqual([]);
    expect(idsOnScreen(marks, faraway)).toEqual([]);
  });

  it('badges sit up and right of a spot and on an area; labels beside the marks by their anchor', () => {
    const placed = {
      badges: [
        { lon: 33.5, lat: 49.5, n: 7, area: false },
        { lon: 33.5, lat: 49.5, n: 35, area: true },
      ],
      labels: LABEL_ANCHORS.map((anchor) => ({ lon: 33.5, lat: 49.5, name: 'Kharkiv', r: 8, anchor })),
    };
    const frame = annotationShapes(camera, placed, () => 40);
    expect(frame.badges).toEqual([
      { x: 640 + BADGE_OFFSET[0], y: 400 + BADGE_OFFSET[1], text: '7' },
      { x: 640, y: 400, text: '35' },
    ]);
    const [top, bottom, left, right] = frame.labels;
    expect(top?.y).toBeGreaterThan(400 + 11);
    expect(bottom?.y).toBeLessThan(400 - 11);
    expect(left?.x).toBeCloseTo(640 + 11 + 20);
    expect(right?.x).toBeCloseTo(640 - 11 - 20);
    expect(labelCentre('top', 8, 40)[0]).toBe(0);
  });
});

describe('ClaimsOverlay', () => {
  beforeEach(() => {
    // jsdom has no 2D context (and says so on the console): the overlay then only sizes.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('is a canvas over the map that takes no pointer events and is hidden from assistive technology', () => {
    const container = document.createElement('div');
    const overlay = new ClaimsOverlay(container);
    expect(container.lastElementChild).toBe(overlay.canvas);
    expect(overlay.canvas.style.pointerEvents).toBe('none');
    expect(overlay.canvas.style.position).toBe('absolute');
    expect(overlay.canvas.getAttribute('aria-hidden')).toBe('true');
    overlay.setVisible(false);
    expect(overlay.canvas.style.display).toBe('none');
    overlay.destroy();
    expect(container.childElementCount).toBe(0);
  });

  it('sizes its backing store by devicePixelRatio and remembers what it drew', () => {
    vi.stubGlobal('devicePixelRatio', 2);
    const overlay = new ClaimsOverlay(document.createElement('div'));
    expect(overlay.frames).toBe(0);
    overlay.draw(marks, cameraOf(640, 400, 4, 33.5, 49.5), null);
    expect([overlay.canvas.width, overlay.canvas.height]).toEqual([1280, 800]);
    expect([overlay.canvas.style.width, overlay.canvas.style.height]).toEqual(['640px', '400px']);
    expect(overlay.frames).toBe(1);
    expect(overlay.drawn?.marks).toBe(marks);
  });
});

describe('labelMeasure', () => {
  it('measures a label once in its font, then answers from memory, leaving the context’s font as it was', () => {
    const measured: string[] = [];
    const ctx = {
      font: '10px serif',
      measureText(text: string) {
        measured.push(`${this.font}|${text}`);
        return { width: text.length * 7 };
      },
    };
    const measure = labelMeasure(ctx as unknown as CanvasRenderingContext2D);
    expect(measure('Sudzha')).toBe(42);
    expect(measure('Sudzha')).toBe(42);
    expect(measure('Lgov')).toBe(28);
    expect(measured).toHaveLength(2);
    expect(measured[0]).toMatch(/^12px .*\|Sudzha$/);
    expect(ctx.font).toBe('10px serif');
    // another context measures for itself
    const other = { ...ctx, font: '10px serif' };
    labelMeasure(other as unknown as CanvasRenderingContext2D)('Sudzha');
    expect(measured).toHaveLength(3);
  });
});
