/**
 * Side colours: Okabe & Ito's colour-blind-safe palette (distinguishable with protanopia,
 * deuteranopia and tritanopia), used by the map layers, the legend and the histogram.
 */
import type { Side } from '../pipeline/schema.ts';

export const SIDE_COLORS: Record<Side, string> = {
  russia: '#D55E00', // vermillion
  ukraine: '#0072B2', // blue
  independent: '#009E73', // bluish green
  unknown: '#8C8C8C', // grey
};

export const SIDE_LABELS: Record<Side, string> = {
  russia: 'Russia',
  ukraine: 'Ukraine',
  independent: 'Independent',
  unknown: 'Unknown',
};
