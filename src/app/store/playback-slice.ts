/** Date-range playback: on/off, speed in days per second, and the window kind. */
import type { StateCreator } from 'zustand';
import type { AppState } from './app-state.ts';

export type WindowMode = 'sliding' | 'cumulative';
export const SPEEDS = [1, 3, 7, 30] as const;
export type Speed = (typeof SPEEDS)[number];

export type PlaybackSlice = {
  playing: boolean;
  speed: Speed;
  windowMode: WindowMode;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: Speed) => void;
  setWindowMode: (mode: WindowMode) => void;
};

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set, get) => ({
  playing: false,
  speed: 7,
  windowMode: 'sliding',
  setPlaying: (playing) => {
    if (get().playing !== playing) set({ playing });
  },
  setSpeed: (speed) => {
    if (get().speed !== speed) set({ speed });
  },
  setWindowMode: (windowMode) => {
    if (get().windowMode !== windowMode) set({ windowMode });
  },
});
