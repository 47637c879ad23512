/** The date range: histogram, two-thumb slider, dates and playback (issue 6 item 3). */
import { dayToIso, isoToDay } from '../../pipeline/filter/iso-day.ts';
import { selectHistogram, selectRange } from '../store/selectors.ts';
import { useAppStore } from '../store/store-context.tsx';
import { Histogram } from './Histogram.tsx';
import { PlaybackControls } from './PlaybackControls.tsx';
import { RangeSlider } from './RangeSlider.tsx';

export function Timeline() {
  const domain = useAppStore((state) => state.domain);
  const range = useAppStore(selectRange);
  const histogram = useAppStore(selectHistogram);
  const setRange = useAppStore((state) => state.setRange);
  if (domain === null || range === null || histogram === null) return null;
  const startDay = isoToDay(domain.from);
  const lastIndex = isoToDay(domain.to) - startDay;
  const clampIndex = (iso: string) => Math.min(lastIndex, Math.max(0, isoToDay(iso) - startDay));
  const fromIndex = clampIndex(range.from);
  const toIndex = clampIndex(range.to);
  const onChange = (from: number, to: number) =>
    setRange({ from: dayToIso(startDay + from), to: dayToIso(startDay + to) });
  return (
    <section className="timeline" aria-label="Date range">
      <div className="timeline-head">
        <h2 className="panel-title">Dates</h2>
        <span className="range-text">
          {dayToIso(startDay + fromIndex)} → {dayToIso(startDay + toIndex)}
        </span>
        {range !== domain && (
          <button type="button" className="link-button" onClick={() => setRange(null)}>
            All dates
          </button>
        )}
      </div>
      <Histogram histogram={histogram} fromIndex={fromIndex} toIndex={toIndex} />
      <RangeSlider
        startDay={startDay}
        lastIndex={lastIndex}
        fromIndex={fromIndex}
        toIndex={toIndex}
        onChange={onChange}
      />
      <PlaybackControls />
    </section>
  );
}
