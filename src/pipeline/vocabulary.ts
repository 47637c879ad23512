/**
 * The contract's enumerations as plain constants, with no zod: schema.ts builds its zod
 * enums from these, and the viewer imports them from here so that zod stays out of the
 * JavaScript it needs before the first render (issue 8).
 */
export const SIDES = ['russia', 'ukraine', 'independent', 'unknown'] as const;
export type Side = (typeof SIDES)[number];

export const EVENTS = [
  'surrender',
  'capture',
  'desertion',
  'advance',
  'control',
  'losses',
  'evacuation',
  'other',
] as const;
export type ClaimEvent = (typeof EVENTS)[number];

/** How exactly a place is known, after ACLED's geo_precision. */
export const PRECISIONS = ['settlement', 'region', 'country'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * What part a place name plays in the text: only `event` places may carry a claim.
 * `metonym`: the name stands for a government or army ("Kiev's forces", "Moscow has
 * accused"): it is not a mention of the place, so places.geojson leaves it out.
 * `other`: a place that is really meant but where nothing happened (a venue, a caption).
 */
export const ROLES = ['event', 'dateline', 'origin', 'comparison', 'metonym', 'other'] as const;
export type Role = (typeof ROLES)[number];

export const COUNT_QUALIFIERS = ['exact', 'at least', 'more than', 'about', 'up to', 'fewer than'] as const;

export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;

export const SOURCE_KINDS = [
  'official',
  'state media',
  'media',
  'blogger',
  'analyst',
  'social media',
  'outlet',
  'unknown',
] as const;
