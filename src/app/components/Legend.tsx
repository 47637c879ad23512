/** What the marks mean: side colours, size by count, region areas and crowded spots. */
import { useState } from 'react';
import { SIDES } from '../../pipeline/vocabulary.ts';
import { SIDE_COLORS, SIDE_LABELS } from '../palette.ts';

const SIZES = [
  { label: 'none', radius: 4 },
  { label: '10', radius: 7 },
  { label: '100', radius: 10 },
  { label: '10k', radius: 17 },
];

/** Open on wide screens; at phone width it starts folded so it does not hide the map. */
function startsOpen(): boolean {
  return typeof window === 'undefined' || !window.matchMedia('(max-width: 760px)').matches;
}

export function Legend() {
  const [open] = useState(startsOpen);
  return (
    <details className="legend" open={open}>
      <summary>Legend</summary>
      <ul className="legend-sides">
        {SIDES.map((side) => (
          <li key={side}>
            <span className="dot" style={{ background: SIDE_COLORS[side] }} aria-hidden="true" />
            {SIDE_LABELS[side]}
          </li>
        ))}
      </ul>
      <div className="legend-sizes">
        <span className="muted">
          Count<span className="visually-hidden"> (circle size: the number in the claim)</span>
        </span>
        {SIZES.map(({ label, radius }) => (
          <span key={label} className="legend-size">
            <svg width={radius * 2 + 2} height={radius * 2 + 2} aria-hidden="true">
              <circle cx={radius + 1} cy={radius + 1} r={radius} fill="#999" stroke="#fff" />
            </svg>
            {label}
          </span>
        ))}
      </div>
      <div className="legend-extra">
        <span className="legend-area" aria-hidden="true" /> Region-wide claim
        <span className="legend-spot" aria-hidden="true">
          3
        </span>{' '}
        Claims at one spot
      </div>
    </details>
  );
}
