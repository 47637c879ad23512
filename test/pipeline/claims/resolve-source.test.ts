import { describe, expect, it } from 'vitest';
import { resolveSource } from '../../../src/pipeline/claims/resolve-source.ts';
import type { Source } from '../../../src/pipeline/schema.ts';

const registry: Source[] = Object.freeze([
  { name: 'Example News Agency', aliases: ['ENA'], kind: 'state media', side: 'russia' },
  { name: 'Petro Ivanenko', aliases: ['Ivanenko'], kind: 'official', side: 'ukraine' },
  { name: 'Olga Sokolova', aliases: ['Sokolova'], kind: 'official', side: 'russia' },
]) as Source[];

describe('resolveSource', () => {
  it('maps an alias to its canonical source', () =>
    expect(resolveSource('the ENA', registry, null)?.name).toBe('Example News Agency'));
  it('matches curly and straight apostrophes alike', () => {
    const withApostrophe: Source[] = [{ name: 'Navy', aliases: ["Kyiv's navy"], kind: 'official', side: 'ukraine' }];
    expect(resolveSource('Kyiv’s navy', withApostrophe, null)?.name).toBe('Navy');
  });
  it('skips a name inside a qualifier: "an aide to X"', () =>
    expect(resolveSource('Petro Ivanenko, an aide to Olga Sokolova', registry, null)?.name).toBe('Petro Ivanenko'));
  it('takes the head of a noun phrase', () =>
    expect(resolveSource('state TV host Petro Ivanenko', registry, null)?.name).toBe('Petro Ivanenko'));
  it('resolves a back-reference to the last named speaker', () => {
    const last = resolveSource('Ivanenko', registry, null);
    expect(resolveSource('the general', registry, last)?.name).toBe('Petro Ivanenko');
  });
  it('reads the side of an unknown source from its words', () => {
    expect(resolveSource('Russian Telegram channels linked to the army', registry, null)).toMatchObject({
      name: 'Russian Telegram channels',
      side: 'russia',
      kind: 'blogger',
    });
    expect(resolveSource('a Ukrainian navy spokesperson', registry, null)).toMatchObject({
      side: 'ukraine',
      kind: 'official',
    });
  });
  it('reads an opposition figure as independent', () =>
    expect(resolveSource('Russian opposition figure Ivan Ivanov', registry, null)?.side).toBe('independent'));
  it('says unknown when no word names a side', () =>
    expect(resolveSource('military observers', registry, null)?.side).toBe('unknown'));
});
