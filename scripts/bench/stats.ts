/** Median and 95th percentile (nearest rank) of some samples. */
export function summarize(samples: readonly number[]): { median: number; p95: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  const middle = sorted.length / 2;
  const median =
    sorted.length === 0
      ? NaN
      : sorted.length % 2
        ? (sorted[Math.floor(middle)] ?? NaN)
        : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, p95: at(0.95), n: sorted.length };
}

export type Row = {
  figure: string;
  unit: string;
  median: number;
  p95: number;
  n: number;
  naive?: number;
  note?: string;
};

export function row(figure: string, unit: string, samples: readonly number[], extra: Partial<Row> = {}): Row {
  return { figure, unit, ...summarize(samples), ...extra };
}

/** Three significant figures; sizes in kB with one decimal (a target such as 520 kB is a hard line). */
const fmt = (value: number | undefined, unit = '') =>
  value === undefined || Number.isNaN(value)
    ? ''
    : unit.startsWith('kB')
      ? value.toFixed(1)
      : Math.abs(value) >= 100
        ? value.toFixed(0)
        : Math.abs(value) >= 10
          ? value.toFixed(1)
          : value.toFixed(2);

/** One Markdown table; ratio = naive median / ours (how many times faster). */
export function formatTable(rows: readonly Row[]): string {
  const lines = [
    '| figure | unit | median | p95 | n | naive median | ratio (naive/ours) | note |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows) {
    const ratio = r.naive === undefined ? '' : `${(r.naive / r.median).toFixed(1)}×`;
    lines.push(
      `| ${r.figure} | ${r.unit} | ${fmt(r.median, r.unit)} | ${fmt(r.p95, r.unit)} | ${r.n} | ${fmt(r.naive, r.unit)} | ${ratio} | ${r.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}
