/**
 * ISO dates (YYYY-MM-DD) as whole UTC day numbers and back, for the date slider.
 *
 * @example
 * isoToDay('1970-01-02') // 1
 * dayToIso(1) // '1970-01-02'
 */
const MS_PER_DAY = 86_400_000;

export function isoToDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** true for a real calendar date written YYYY-MM-DD */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && dayToIso(time / MS_PER_DAY) === value;
}
