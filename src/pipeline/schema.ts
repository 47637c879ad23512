/**
 * The data contract of claimmap: zod schemas and their inferred types.
 *
 * Everything that crosses a boundary (an article file, a claims file loaded by the
 * viewer, the geoparser's JSON lines) is parsed with these once, then trusted.
 * `../shared/eval/README.md` documents the fields the scorer reads.
 */
import { z } from 'zod';
import { COUNT_QUALIFIERS, DATE_PRECISIONS, EVENTS, PRECISIONS, ROLES, SIDES, SOURCE_KINDS } from './vocabulary.ts';

export { COUNT_QUALIFIERS, DATE_PRECISIONS, EVENTS, PRECISIONS, ROLES, SIDES, SOURCE_KINDS } from './vocabulary.ts';
export const zSide = z.enum(SIDES);
export type Side = z.infer<typeof zSide>;
export const zEvent = z.enum(EVENTS);
export type ClaimEvent = z.infer<typeof zEvent>;
export const zPrecision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof zPrecision>;
export const zRole = z.enum(ROLES);
export type Role = z.infer<typeof zRole>;

export const zIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** Front matter of an article file (see README "Adding articles"). */
export const zArticleMeta = z.object({
  id: z.string().min(1),
  title: z.string(),
  outlet: z.string(),
  url: z.string().nullable(),
  published: zIsoDate,
  side: zSide,
});
export type ArticleMeta = z.infer<typeof zArticleMeta>;

/** An article: its metadata and its body (offsets count from the body's first character). */
export type Article = ArticleMeta & { text: string };

/** One place name found in a text and what the gazetteer made of it. */
export const zToponym = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** null when the gazetteer cannot place the name: it is reported, never guessed. */
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  geonameId: z.number().int().nullable(),
  /** canonical name of the resolved place */
  name: z.string().nullable(),
  kind: zPrecision.nullable(),
  /** 0..1 */
  confidence: z.number(),
  role: zRole,
  /** [west, south, east, north] of a region or country, when known */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable().optional(),
  /** ISO 3166-1 alpha-2 country code of the resolved place */
  country: z.string().nullable().optional(),
});
export type Toponym = z.infer<typeof zToponym>;

export const zCountQualifier = z.enum(COUNT_QUALIFIERS);

export const zDatePrecision = z.enum(DATE_PRECISIONS);

export const zSourceKind = z.enum(SOURCE_KINDS);

export const zClaimProperties = z.object({
  /** stable across runs: derived from the article id and the quote's offsets */
  id: z.string(),
  article: z.string(),
  /** exact article text between quoteStart and quoteEnd */
  quote: z.string(),
  quoteStart: z.number().int().nonnegative(),
  quoteEnd: z.number().int().nonnegative(),
  event: zEvent,
  subjectSide: zSide,
  /** the side of whoever makes the claim */
  side: zSide,
  /** canonical source name (sources.json), or the outlet when nobody else is named */
  source: z.string(),
  sourceKind: zSourceKind,
  /** true when side came from the outlet's front matter, not from a named source */
  sideFallback: z.boolean(),
  count: z.number().nullable(),
  countQualifier: zCountQualifier.nullable(),
  date: zIsoDate,
  dateEnd: zIsoDate.nullable(),
  datePrecision: zDatePrecision,
  place: z.string().nullable(),
  placePrecision: zPrecision.nullable(),
  geonameId: z.number().int().nullable(),
  /** [west, south, east, north] of a region-precision place, for drawing an area */
  placeBbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  /** offsets of the place name and count inside the article, for highlighting */
  placeStart: z.number().int().nullable(),
  placeEnd: z.number().int().nullable(),
  countStart: z.number().int().nullable(),
  countEnd: z.number().int().nullable(),
  /** true: the text hedges (claimed, unverified); false: confirmed by both sides; null: neither */
  hedged: z.boolean().nullable(),
});
export type ClaimProperties = z.infer<typeof zClaimProperties>;

const zPoint = z.object({
  type: z.literal('Point'),
  coordinates: z.tuple([z.number(), z.number()]),
});

export const zClaimFeature = z.object({
  type: z.literal('Feature'),
  id: z.number().int().optional(),
  geometry: zPoint.nullable(),
  properties: zClaimProperties,
});
export type ClaimFeature = z.infer<typeof zClaimFeature>;

export const zClaimCollection = z.object({
  type: z.literal('FeatureCollection'),
  /** run metadata: generator, rejected articles with reasons */
  metadata: z
    .object({
      generator: z.string(),
      rejected: z.array(z.object({ file: z.string(), reason: z.string() })),
    })
    .optional(),
  features: z.array(zClaimFeature),
});
export type ClaimCollection = z.infer<typeof zClaimCollection>;

export const zPlaceMention = z.object({
  article: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  role: zRole,
});

export const zPlaceFeature = z.object({
  type: z.literal('Feature'),
  geometry: zPoint,
  properties: z.object({
    name: z.string(),
    geonameId: z.number().int().nullable(),
    kind: zPrecision,
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
    mentions: z.array(zPlaceMention),
  }),
});
export type PlaceFeature = z.infer<typeof zPlaceFeature>;

export const zPlaceCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(zPlaceFeature),
});
export type PlaceCollection = z.infer<typeof zPlaceCollection>;

/** A known source of claims (data/sources.json). */
export const zSource = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  kind: zSourceKind,
  side: zSide,
});
export type Source = z.infer<typeof zSource>;
export const zSourceRegistry = z.array(zSource);

/** public/articles.json: what the viewer shows of each article. */
export const zArticleIndex = z.array(zArticleMeta.extend({ claims: z.number().int().nonnegative() }));
export type ArticleIndex = z.infer<typeof zArticleIndex>;
