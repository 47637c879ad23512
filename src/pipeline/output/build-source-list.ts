/**
 * public/sources.json: the sources the viewer's per-source filter lists. Every source of
 * the registry, plus each source the claims name that the registry does not know (read
 * from cues, e.g. "Russian Telegram channels", or an outlet standing in for a source),
 * with the kind and side the claims gave it. Ordered by name.
 *
 * @example
 * buildSourceList(registry, claims) // => [{name: 'RIA Novosti', aliases: ['RIA'], kind: 'state media', side: 'russia'}, ...]
 */

import { compareStrings } from '../compare-strings.ts';
import { type ClaimFeature, type Source, zSourceRegistry } from '../schema.ts';

export function buildSourceList(registry: Source[], claims: ClaimFeature[]): Source[] {
  const byName = new Map<string, Source>();
  for (const source of registry)
    byName.set(source.name, { name: source.name, aliases: [...source.aliases], kind: source.kind, side: source.side });
  for (const claim of claims) {
    const { source, sourceKind, side, sideFallback } = claim.properties;
    if (byName.has(source)) continue;
    byName.set(source, {
      name: source,
      aliases: [],
      kind: sourceKind,
      side: sideFallback && sourceKind !== 'outlet' ? 'unknown' : side,
    });
  }
  const list = [...byName.values()].sort((a, b) => compareStrings(a.name, b.name));
  return zSourceRegistry.parse(list);
}
