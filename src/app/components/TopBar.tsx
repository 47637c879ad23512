/** Title, the live status and, on narrow screens, the button that opens the drawer. */
import { useAppStore } from '../store/store-context.tsx';
import { StatusLine } from './StatusLine.tsx';

export const CONTROLS_ID = 'controls';

export function TopBar() {
  const drawerOpen = useAppStore((state) => state.drawerOpen);
  const setDrawerOpen = useAppStore((state) => state.setDrawerOpen);
  return (
    <header className="top-bar">
      <h1 className="brand">claimmap</h1>
      <StatusLine />
      <button
        type="button"
        className="drawer-toggle"
        aria-expanded={drawerOpen}
        aria-controls={CONTROLS_ID}
        onClick={() => setDrawerOpen(!drawerOpen)}
      >
        Filters &amp; dates
      </button>
    </header>
  );
}
