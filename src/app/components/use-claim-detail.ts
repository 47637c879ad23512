/**
 * The full claim (quote, offsets, hedging…) for a table row: from memory when the
 * viewer loaded claims.geojson, else from its detail chunk, fetched on first use.
 */
import { useEffect, useState } from 'react';
import type { ClaimFeature } from '../../pipeline/schema.ts';
import { useAppStore } from '../store/store-context.tsx';

export type ClaimDetail =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; claim: ClaimFeature }
  | { status: 'error'; message: string };

export function useClaimDetail(row: number): ClaimDetail {
  const details = useAppStore((state) => state.details);
  const known = row >= 0 ? details?.peek(row) : undefined;
  const [loaded, setLoaded] = useState<{ row: number; detail: ClaimDetail } | null>(null);
  useEffect(() => {
    if (row < 0 || !details || known) return;
    let live = true;
    details.load(row).then(
      (claim) => live && setLoaded({ row, detail: { status: 'ready', claim } }),
      (error: unknown) => live && setLoaded({ row, detail: { status: 'error', message: String(error) } }),
    );
    return () => {
      live = false;
    };
  }, [row, details, known]);
  if (row < 0 || !details) return { status: 'none' };
  if (known) return { status: 'ready', claim: known };
  return loaded?.row === row ? loaded.detail : { status: 'loading' };
}
