/**
 * Two thumbs over one track: sliders named "From" and "To" with aria-valuetext as
 * YYYY-MM-DD (issue 6 item 8). Arrow keys step a day, PageUp/PageDown and Shift+Arrow a
 * week, Home/End jump to the ends. Values are day offsets from the first day.
 */
import type { KeyboardEvent } from 'react';
import { dayToIso } from '../../pipeline/filter/iso-day.ts';

type Props = {
  startDay: number;
  lastIndex: number;
  fromIndex: number;
  toIndex: number;
  onChange: (fromIndex: number, toIndex: number) => void;
};

const WEEK = 7;

function stepFor(event: KeyboardEvent<HTMLInputElement>, value: number, max: number): number | null {
  const big = event.shiftKey ? WEEK : 1;
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return value - big;
    case 'ArrowRight':
    case 'ArrowUp':
      return value + big;
    case 'PageDown':
      return value - WEEK;
    case 'PageUp':
      return value + WEEK;
    case 'Home':
      return 0;
    case 'End':
      return max;
    default:
      return null;
  }
}

export function RangeSlider({ startDay, lastIndex, fromIndex, toIndex, onChange }: Props) {
  const clamp = (value: number) => Math.min(lastIndex, Math.max(0, value));
  const setFrom = (value: number) => onChange(Math.min(clamp(value), toIndex), toIndex);
  const setTo = (value: number) => onChange(fromIndex, Math.max(clamp(value), fromIndex));
  const keys = (set: (value: number) => void, value: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    const next = stepFor(event, value, lastIndex);
    if (next === null) return;
    event.preventDefault();
    set(next);
  };
  const percent = (value: number) => (lastIndex === 0 ? 0 : (value / lastIndex) * 100);
  return (
    <div className="range-slider">
      <div className="range-track" aria-hidden="true">
        <div
          className="range-fill"
          style={{ left: `${percent(fromIndex)}%`, width: `${percent(toIndex) - percent(fromIndex)}%` }}
        />
      </div>
      <input
        type="range"
        aria-label="From"
        min={0}
        max={lastIndex}
        step={1}
        value={fromIndex}
        aria-valuetext={dayToIso(startDay + fromIndex)}
        onChange={(event) => setFrom(Number(event.target.value))}
        onKeyDown={keys(setFrom, fromIndex)}
      />
      <input
        type="range"
        aria-label="To"
        min={0}
        max={lastIndex}
        step={1}
        value={toIndex}
        aria-valuetext={dayToIso(startDay + toIndex)}
        onChange={(event) => setTo(Number(event.target.value))}
        onKeyDown={keys(setTo, toIndex)}
      />
    </div>
  );
}
