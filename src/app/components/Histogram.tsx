/** Claims per day (or per bin of days), stacked by side, above the date slider. */

import type { Histogram as HistogramData } from '../../pipeline/filter/bin-histogram.ts';
import { SIDES } from '../../pipeline/vocabulary.ts';
import { SIDE_COLORS } from '../palette.ts';

type Props = { histogram: HistogramData; fromIndex: number; toIndex: number };

const HEIGHT = 48;

export function Histogram({ histogram, fromIndex, toIndex }: Props) {
  const { bins, max, binDays } = histogram;
  const width = bins.length;
  return (
    <svg
      className="histogram"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label="Claims per day, stacked by side"
    >
      {bins
        .map((bin, position) => ({ bin, position, first: position * binDays }))
        .map(({ bin, position, first }) => {
          const inRange = first + binDays - 1 >= fromIndex && first <= toIndex;
          let y = HEIGHT;
          return (
            <g key={first} opacity={inRange ? 1 : 0.25}>
              {SIDES.map((side) => {
                const height = max === 0 ? 0 : (bin[side] / max) * (HEIGHT - 2);
                if (height === 0) return null;
                y -= height;
                return (
                  <rect key={side} x={position + 0.08} width={0.84} y={y} height={height} fill={SIDE_COLORS[side]} />
                );
              })}
            </g>
          );
        })}
    </svg>
  );
}
