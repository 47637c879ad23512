/** Articles the build skipped, with the reason (issue 7 item 1: the viewer shows them). */
import { useAppStore } from '../store/store-context.tsx';

export function RejectedNote() {
  const rejected = useAppStore((state) => state.rejected);
  if (rejected.length === 0) return null;
  return (
    <details className="rejected">
      <summary>
        {rejected.length} article{rejected.length === 1 ? ' was' : 's were'} skipped by the build
      </summary>
      <ul>
        {rejected.map(({ file, reason }) => (
          <li key={file}>
            {file}: {reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
