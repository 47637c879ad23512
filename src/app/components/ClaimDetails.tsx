/**
 * The region "Claim details" (issue 6 items 4 and 8): a hint until a claim or a spot is
 * chosen, then the claim (ClaimView) or the spot's claims (SpotList). Those two come in
 * the deferred chunk (deferred/load-deferred.ts), fetched after the first render; were it
 * not here yet, the region says what is loading, as it does while a quote loads.
 */
import type { ReactNode } from 'react';
import { useDeferred } from '../deferred/load-deferred.ts';
import { selectSelectedClaim } from '../store/selectors.ts';
import { useAppStore } from '../store/store-context.tsx';
import { eventLabel } from './labels.ts';

export function ClaimDetails() {
  const summary = useAppStore(selectSelectedClaim);
  const spot = useAppStore((state) => state.spot);
  const deferred = useDeferred(spot ?? summary);
  let body: ReactNode;
  if (spot === null && summary === null) {
    body = <p className="muted hint">Select a claim on the map or in the list to read what was said.</p>;
  } else if (deferred.status === 'ready') {
    const { SpotList, ClaimView } = deferred.module;
    body = spot !== null ? <SpotList ids={spot} /> : summary && <ClaimView summary={summary} />;
  } else {
    const what =
      spot !== null || summary === null
        ? 'The claims at this spot'
        : `${eventLabel(summary.event)} · ${summary.place ?? 'Unlocated'}`;
    const failed = deferred.status === 'error' ? deferred.message : null;
    body = (
      <p className="muted" role={failed === null ? undefined : 'alert'}>
        {what}: {failed ?? (spot !== null ? 'loading…' : 'loading the quote…')}
      </p>
    );
  }
  return (
    <section className="details" aria-label="Claim details">
      {body}
    </section>
  );
}
