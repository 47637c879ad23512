/**
 * A MapLibre custom layer that draws the claim marks (claim-draw-data.ts) in three draw
 * calls: area fills, area outlines (one per region and side, each further side inset by
 * AREA_RING_PX so coinciding areas all show), and points (one GL point sprite per place
 * and side, white ring, colour by side, several sides at a place offset around it). A
 * filter change uploads a few thousand marks (tens of kB) instead of re-tiling 100,000
 * GeoJSON features in MapLibre's worker (issue 8 item 3; docs/performance.md has the figures).
 *
 * Mercator only (the viewer never switches to globe). Imports no maplibre-gl values,
 * only types, so it stays a plain class the adapter owns.
 */
import type { CustomLayerInterface, CustomRenderMethodInput } from 'maplibre-gl';
import { SIDES } from '../../pipeline/vocabulary.ts';
import { SIDE_COLORS } from '../palette.ts';
import { type DrawMarks, MARK_STRIDE, mercatorX, mercatorY } from './claim-draw-data.ts';

const POINT_VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform float u_dpr;
uniform vec2 u_viewport;
uniform vec3 u_colors[4];
in vec2 a_pos;
in float a_radius;
in float a_side;
in float a_opacity;
in vec2 a_offset;
out vec4 v_color;
out float v_radius;
void main() {
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  // a_offset: px on screen (y down), so several sides at one place sit side by side.
  gl_Position.xy += vec2(a_offset.x, -a_offset.y) * 2.0 / u_viewport * gl_Position.w;
  gl_PointSize = (a_radius + 1.5) * 2.0 * u_dpr;
  v_color = vec4(u_colors[int(a_side)], a_opacity);
  v_radius = a_radius;
}`;

const POINT_FRAGMENT = `#version 300 es
precision mediump float;
in vec4 v_color;
in float v_radius;
out vec4 fragColor;
void main() {
  float outer = v_radius + 1.2;
  float d = length(gl_PointCoord - 0.5) * 2.0 * (v_radius + 1.5);
  if (d > outer + 0.5) discard;
  float edge = clamp(outer + 0.5 - d, 0.0, 1.0);
  float ring = smoothstep(v_radius - 0.5, v_radius + 0.5, d);
  vec4 color = mix(v_color, vec4(1.0), ring) * edge;
  fragColor = vec4(color.rgb * color.a, color.a);
}`;

const AREA_VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform vec3 u_colors[4];
uniform float u_alpha;
in vec2 a_pos;
in float a_side;
in vec2 a_corner;
in float a_inset;
out vec4 v_color;
void main() {
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  // Move a corner a_inset px towards the box's centre (a_corner: -1 west/north, 1 east/south).
  gl_Position.xy -= vec2(a_corner.x, -a_corner.y) * a_inset * 2.0 / u_viewport * gl_Position.w;
  v_color = vec4(u_colors[int(a_side)], u_alpha);
}`;

const AREA_FRAGMENT = `#version 300 es
precision mediump float;
in vec4 v_color;
out vec4 fragColor;
void main() { fragColor = vec4(v_color.rgb * v_color.a, v_color.a); }`;

function compile(gl: WebGL2RenderingContext, vertex: string, fragment: string): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    const shader = gl.createShader(type);
    if (!shader) throw new Error('claims layer: cannot create a shader');
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
      throw new Error(`claims layer: ${gl.getShaderInfoLog(shader)}`);
    }
    gl.attachShader(program, shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS))
    throw new Error(`claims layer: ${gl.getProgramInfoLog(program)}`);
  return program;
}

/** WebGL's useProgram; not a React hook, whatever its name tells the linter. */
function activate(gl: WebGL2RenderingContext, program: WebGLProgram): void {
  // biome-ignore lint/correctness/useHookAtTopLevel: WebGL2RenderingContext.useProgram is not a hook
  gl.useProgram(program);
}

function sideColors(): Float32Array {
  return new Float32Array(
    SIDES.flatMap((side) => {
      const hex = SIDE_COLORS[side].replace('#', '');
      return [0, 2, 4].map((offset) => Number.parseInt(hex.slice(offset, offset + 2), 16) / 255);
    }),
  );
}

/** Floats per area vertex: x, y, side index, corner x and y (-1 or 1), inset in px. */
export const AREA_STRIDE = 6;
/** px between the outlines of several sides' areas over one region */
export const AREA_RING_PX = 3;

/**
 * Area geometry: two triangles per area for the fill, and for the outline four segments
 * drawn twice one px apart (a 2 px stroke; GL lines are 1 px). The outline of the
 * `ring`-th side over a region is inset by ring × AREA_RING_PX, so each side's stroke
 * stays visible where areas of several sides coincide.
 */
export function areaVertices(marks: DrawMarks): { fill: Float32Array; line: Float32Array } {
  const { base } = marks;
  const fill = new Float32Array(marks.areas.length * 6 * AREA_STRIDE);
  const line = new Float32Array(marks.areas.length * 16 * AREA_STRIDE);
  marks.areas.forEach(({ location, side, ring }, index) => {
    const box = base.table.locations[location]?.bbox;
    if (!box) return;
    const [w, s, e, n] = box;
    const x0 = mercatorX(w);
    const x1 = mercatorX(e);
    const y0 = mercatorY(n);
    const y1 = mercatorY(s);
    const corner = [
      [x0, y0, -1, -1],
      [x1, y0, 1, -1],
      [x1, y1, 1, 1],
      [x0, y1, -1, 1],
    ] as const;
    const vertex = (target: Float32Array, at: number, c: number, inset: number) => {
      const [x, y, cx, cy] = corner[c as 0];
      target.set([x, y, side, cx, cy, inset], at * AREA_STRIDE);
    };
    for (const [k, c] of [0, 1, 2, 0, 2, 3].entries()) vertex(fill, index * 6 + k, c, 0);
    const inset = ring * AREA_RING_PX;
    for (const [pass, offset] of [inset, inset + 1].entries()) {
      for (const [k, c] of [0, 1, 1, 2, 2, 3, 3, 0].entries()) vertex(line, index * 16 + pass * 8 + k, c, offset);
    }
  });
  return { fill, line };
}

type Gl = {
  gl: WebGL2RenderingContext;
  points: WebGLProgram;
  areas: WebGLProgram;
  pointBuffer: WebGLBuffer;
  fillBuffer: WebGLBuffer;
  lineBuffer: WebGLBuffer;
  pointVao: WebGLVertexArrayObject;
  fillVao: WebGLVertexArrayObject;
  lineVao: WebGLVertexArrayObject;
};

export class ClaimsGlLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private state: Gl | null = null;
  private marks: DrawMarks | null = null;
  private uploaded: DrawMarks | null = null;
  private counts = { points: 0, fill: 0, line: 0 };
  private readonly colors = sideColors();
  /** the marks drawn by the last render, and how many times it drew */
  drawn: DrawMarks | null = null;
  frames = 0;
  /** called after a render that drew new marks */
  onDrawn: ((marks: DrawMarks) => void) | null = null;

  constructor(readonly id: string) {}

  setMarks(marks: DrawMarks): void {
    this.marks = marks;
  }

  onAdd(_map: unknown, gl: WebGL2RenderingContext): void {
    const points = compile(gl, POINT_VERTEX, POINT_FRAGMENT);
    const areas = compile(gl, AREA_VERTEX, AREA_FRAGMENT);
    const vao = (program: WebGLProgram, buffer: WebGLBuffer, layout: [string, number, number][], stride: number) => {
      const array = gl.createVertexArray();
      gl.bindVertexArray(array);
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      for (const [name, size, offset] of layout) {
        const location = gl.getAttribLocation(program, name);
        if (location < 0) continue;
        gl.enableVertexAttribArray(location);
        gl.vertexAttribPointer(location, size, gl.FLOAT, false, stride * 4, offset * 4);
      }
      gl.bindVertexArray(null);
      return array;
    };
    const pointBuffer = gl.createBuffer();
    const fillBuffer = gl.createBuffer();
    const lineBuffer = gl.createBuffer();
    const areaLayout: [string, number, number][] = [
      ['a_pos', 2, 0],
      ['a_side', 1, 2],
      ['a_corner', 2, 3],
      ['a_inset', 1, 5],
    ];
    this.state = {
      gl,
      points,
      areas,
      pointBuffer,
      fillBuffer,
      lineBuffer,
      pointVao: vao(
        points,
        pointBuffer,
        [
          ['a_pos', 2, 0],
          ['a_radius', 1, 2],
          ['a_side', 1, 3],
          ['a_opacity', 1, 4],
          ['a_offset', 2, 5],
        ],
        MARK_STRIDE,
      ),
      fillVao: vao(areas, fillBuffer, areaLayout, AREA_STRIDE),
      lineVao: vao(areas, lineBuffer, areaLayout, AREA_STRIDE),
    };
    this.uploaded = null;
  }

  onRemove(): void {
    const state = this.state;
    if (!state) return;
    const { gl } = state;
    for (const buffer of [state.pointBuffer, state.fillBuffer, state.lineBuffer]) gl.deleteBuffer(buffer);
    for (const array of [state.pointVao, state.fillVao, state.lineVao]) gl.deleteVertexArray(array);
    gl.deleteProgram(state.points);
    gl.deleteProgram(state.areas);
    this.state = null;
  }

  private upload(state: Gl, marks: DrawMarks): void {
    const { gl } = state;
    gl.bindBuffer(gl.ARRAY_BUFFER, state.pointBuffer);
    gl.bufferData(gl.ARRAY_BUFFER, marks.points, gl.DYNAMIC_DRAW);
    const { fill, line } = areaVertices(marks);
    gl.bindBuffer(gl.ARRAY_BUFFER, state.fillBuffer);
    gl.bufferData(gl.ARRAY_BUFFER, fill, gl.DYNAMIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, state.lineBuffer);
    gl.bufferData(gl.ARRAY_BUFFER, line, gl.DYNAMIC_DRAW);
    this.counts = {
      points: marks.points.length / MARK_STRIDE,
      fill: fill.length / AREA_STRIDE,
      line: line.length / AREA_STRIDE,
    };
    this.uploaded = marks;
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const state = this.state;
    if (!state || !this.marks) return;
    const fresh = this.uploaded !== this.marks;
    if (fresh) this.upload(state, this.marks);
    const matrix = new Float32Array(options.defaultProjectionData.mainMatrix as ArrayLike<number>);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.disable(gl.CULL_FACE);

    const dpr = window.devicePixelRatio || 1;
    const viewport = [gl.drawingBufferWidth / dpr, gl.drawingBufferHeight / dpr] as const;
    activate(gl, state.areas);
    gl.uniformMatrix4fv(gl.getUniformLocation(state.areas, 'u_matrix'), false, matrix);
    gl.uniform2f(gl.getUniformLocation(state.areas, 'u_viewport'), ...viewport);
    gl.uniform3fv(gl.getUniformLocation(state.areas, 'u_colors'), this.colors);
    const alpha = gl.getUniformLocation(state.areas, 'u_alpha');
    gl.uniform1f(alpha, 0.07);
    gl.bindVertexArray(state.fillVao);
    gl.drawArrays(gl.TRIANGLES, 0, this.counts.fill);
    gl.uniform1f(alpha, 0.85);
    gl.bindVertexArray(state.lineVao);
    gl.drawArrays(gl.LINES, 0, this.counts.line);

    activate(gl, state.points);
    gl.uniformMatrix4fv(gl.getUniformLocation(state.points, 'u_matrix'), false, matrix);
    gl.uniform3fv(gl.getUniformLocation(state.points, 'u_colors'), this.colors);
    gl.uniform1f(gl.getUniformLocation(state.points, 'u_dpr'), dpr);
    gl.uniform2f(gl.getUniformLocation(state.points, 'u_viewport'), ...viewport);
    gl.bindVertexArray(state.pointVao);
    gl.drawArrays(gl.POINTS, 0, this.counts.points);
    gl.bindVertexArray(null);

    this.frames += 1;
    this.drawn = this.uploaded;
    if (fresh && this.uploaded) this.onDrawn?.(this.uploaded);
  }
}
