/**
 * Filters and the timeline. On wide screens they sit beside and under the map; at phone
 * width (issue 6 item 7) they slide in as a drawer, closed with Escape or "Done".
 */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/store-context.tsx';
import { EventFilters } from './EventFilters.tsx';
import { RejectedNote } from './RejectedNote.tsx';
import { SideFilters } from './SideFilters.tsx';
import { SourceFilters } from './SourceFilters.tsx';
import { Timeline } from './Timeline.tsx';
import { CONTROLS_ID } from './TopBar.tsx';

export function Controls() {
  const open = useAppStore((state) => state.drawerOpen);
  const setDrawerOpen = useAppStore((state) => state.setDrawerOpen);
  const doneRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    // Move focus into the drawer when it opens (only visible at phone width) and back to
    // the toggle when it closes.
    const toggle = document.activeElement as HTMLElement | null;
    if (doneRef.current?.offsetParent) doneRef.current.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDrawerOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (toggle?.classList.contains('drawer-toggle')) toggle.focus();
    };
  }, [open, setDrawerOpen]);
  return (
    <div id={CONTROLS_ID} className={open ? 'controls open' : 'controls'}>
      <section className="filters" aria-label="Filters">
        <div className="drawer-head">
          <h2 className="panel-title">Filters</h2>
          <button ref={doneRef} type="button" className="drawer-close" onClick={() => setDrawerOpen(false)}>
            Done
          </button>
        </div>
        <SideFilters />
        <EventFilters />
        <SourceFilters />
        <RejectedNote />
      </section>
      <Timeline />
    </div>
  );
}
