/**
 * Runs playback (playback.ts, in the deferred chunk) while `playing`. The chunk is
 * fetched after the first render, so Play starts at once; pressed before it is here,
 * playback starts when it arrives, and stops again if it cannot be loaded.
 */
import { useEffect } from 'react';
import { type Deferred, deferredNow, loadDeferred } from '../deferred/load-deferred.ts';
import { useAppStoreApi } from '../store/store-context.tsx';

export function usePlayback(playing: boolean): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!playing) return;
    let live = true;
    let stop = () => {};
    const start = ({ startPlayback }: Deferred) => {
      if (live) stop = startPlayback(store);
    };
    const ready = deferredNow();
    if (ready) start(ready);
    else loadDeferred().then(start, () => store.getState().setPlaying(false));
    return () => {
      live = false;
      stop();
    };
  }, [playing, store]);
}
