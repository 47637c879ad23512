/** Words shown for contract values (the details' own are in detail-labels.ts). */
import type { ClaimEvent } from '../../pipeline/schema.ts';

export function eventLabel(event: ClaimEvent): string {
  return event.charAt(0).toUpperCase() + event.slice(1);
}
