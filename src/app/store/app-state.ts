/** The combined store type: every slice, for typing `StateCreator<AppState, [], [], Slice>`. */
import type { DataSlice } from './data-slice.ts';
import type { FiltersSlice } from './filters-slice.ts';
import type { PlaybackSlice } from './playback-slice.ts';
import type { SelectionSlice } from './selection-slice.ts';
import type { ViewSlice } from './view-slice.ts';

export type AppState = DataSlice & FiltersSlice & ViewSlice & SelectionSlice & PlaybackSlice;
