/** Words for a full claim's values in its details (the deferred chunk; labels.ts has the rest). */
import type { ClaimProperties } from '../../pipeline/schema.ts';

export function countLabel(claim: Pick<ClaimProperties, 'count' | 'countQualifier'>): string | null {
  if (claim.count === null) return null;
  const qualifier = claim.countQualifier && claim.countQualifier !== 'exact' ? `${claim.countQualifier} ` : '';
  return `${qualifier}${claim.count.toLocaleString('en-US')}`;
}

export function dateLabel(claim: Pick<ClaimProperties, 'date' | 'dateEnd'>): string {
  return claim.dateEnd && claim.dateEnd !== claim.date ? `${claim.date} – ${claim.dateEnd}` : claim.date;
}

export function hedgeLabel(hedged: boolean | null): string {
  if (hedged === true) return 'Hedged (claimed, unverified)';
  if (hedged === false) return 'Stated as fact';
  return 'Not stated';
}
