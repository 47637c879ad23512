import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasMatches, compileRegistry, resolveSource } from '../../../src/pipeline/claims/resolve-source.ts';
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

describe('aliasMatches (aliases tried only at word starts with their first two letters)', () => {
  const aliases: Source[] = [
    { name: 'Example News Agency', aliases: ['ENA', 'ena news', 'Ena'], kind: 'state media', side: 'russia' },
    { name: 'Ria Ria', aliases: ['ria ria', 'RIA'], kind: 'state media', side: 'russia' },
    { name: 'Ivanenko', aliases: ['Iv', '@iv', "Kyiv's navy", '1st Army'], kind: 'official', side: 'ukraine' },
  ];
  const piece = fc.constantFrom(
    ...['ENA', 'ena', 'Ena', 'eNA', 'ena news', 'ENA NEWS', 'Example News Agency', 'ria', 'RIA', 'Ria', 'ria ria'],
    ...['Iv', 'iv', "Kyiv's navy", '1st Army', '1st', 'x', '@', '_', ' ', ' ', ',', '-', 'é', 'news', 'the'],
  );

  it('finds every match a global scan alias by alias finds, in the same order', () => {
    const compiled = compileRegistry(aliases);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const words = pieces.join('');
        const expected = compiled.aliases.flatMap((alias, index) =>
          [...words.matchAll(new RegExp(alias.pattern.source, alias.pattern.flags))].map((match) => [
            index,
            match.index,
          ]),
        );
        expect(aliasMatches(words, compiled)).toEqual(expected);
      }),
      { numRuns: 20_000 },
    );
  });
});
