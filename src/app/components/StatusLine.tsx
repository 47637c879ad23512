/** "Showing N of M claims": the live count every filter changes (issue 6 item 8). */
import { selectVisible } from '../store/selectors.ts';
import { useAppStore } from '../store/store-context.tsx';

export function StatusLine() {
  const shown = useAppStore((state) => selectVisible(state).length);
  const total = useAppStore((state) => state.table.count);
  const loading = useAppStore((state) => state.load.status === 'loading');
  return (
    <p role="status" className="status-line">
      {loading ? 'Loading claims…' : `Showing ${shown} of ${total} claims`}
    </p>
  );
}
