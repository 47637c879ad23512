/**
 * Play/pause, speed and window kind for the date range. Memoized: the timeline around it
 * re-renders on every slider step, these controls only when their own state changes.
 */
import { memo } from 'react';
import { SPEEDS, type Speed, type WindowMode } from '../store/playback-slice.ts';
import { useAppStore } from '../store/store-context.tsx';
import { usePlayback } from './use-playback.ts';

export const PlaybackControls = memo(function PlaybackControls() {
  const playing = useAppStore((state) => state.playing);
  const speed = useAppStore((state) => state.speed);
  const windowMode = useAppStore((state) => state.windowMode);
  const setPlaying = useAppStore((state) => state.setPlaying);
  const setSpeed = useAppStore((state) => state.setSpeed);
  const setWindowMode = useAppStore((state) => state.setWindowMode);
  usePlayback(playing);
  return (
    <div className="playback">
      <button type="button" className="play" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <label>
        Speed{' '}
        <select value={speed} onChange={(event) => setSpeed(Number(event.target.value) as Speed)}>
          {SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value === 1 ? '1 day/s' : `${value} days/s`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Window{' '}
        <select value={windowMode} onChange={(event) => setWindowMode(event.target.value as WindowMode)}>
          <option value="sliding">Sliding</option>
          <option value="cumulative">Cumulative</option>
        </select>
      </label>
    </div>
  );
});
