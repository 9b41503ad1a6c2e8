// Pure avvik statistics: counts per month × unit × category, trends, time to close and the share
// closed with feedback. Aggregates only; the input holds no person data.
import { categoryLabels, type DeviationCategory } from './rules.js';

export const statisticsSource =
  'Forskrift om ledelse og kvalitetsforbedring § 8 bokstav b og f (gjennomgå avvik; ledelsens gjennomgang); Sarpsborg-revisjonen 2025, pkt. 4.2.1.3: månedlig avviksstatistikk til direktøren, andel lukket med tilbakemelding';


export interface StatisticsRow {
  /** Month (YYYY-MM, Europe/Oslo) the avvik was reported. */
  month: string;
  category: DeviationCategory;
  unit: { kind: 'unit' | 'partner' | 'none'; id: string | null; name: string };
  reportedAt: Date;
  closedAt: Date | null;
  closedWithFeedback: boolean | null;
}

export type Trend = 'rising' | 'falling' | 'stable' | 'too-few';

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) months.push(m);
  return months;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

const oneDecimal = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

/**
 * Compares the average per month in the second half of the period with the first half: more than
 * 25 % up is rising, more than 20 % down is falling. Fewer than 4 avvik or 2 months: too few to say.
 */
export function trend(series: number[]): Trend {
  const total = series.reduce((a, b) => a + b, 0);
  if (series.length < 2 || total < 4) return 'too-few';
  const half = Math.floor(series.length / 2);
  const first = series.slice(0, half);
  const second = series.slice(series.length - half);
  const a = first.reduce((x, y) => x + y, 0) / first.length;
  const b = second.reduce((x, y) => x + y, 0) / second.length;
  if (a === 0) return b > 0 ? 'rising' : 'stable';
  if (b > a * 1.25) return 'rising';
  if (b < a * 0.8) return 'falling';
  return 'stable';
}

export function deviationStatistics(rows: StatisticsRow[], months: string[]) {
  const cells = new Map<string, { month: string; unit: StatisticsRow['unit']; category: DeviationCategory; reported: number; closed: number }>();
  const perMonth = new Map(months.map((m) => [m, { month: m, reported: 0, closed: 0 }]));
  const perCategory = new Map<DeviationCategory, number[]>();
  const daysToClose: number[] = [];
  let closedWithFeedback = 0;
  for (const row of rows) {
    const key = `${row.month}|${row.unit.kind}:${row.unit.id ?? ''}|${row.category}`;
    const cell = cells.get(key) ?? { month: row.month, unit: row.unit, category: row.category, reported: 0, closed: 0 };
    cell.reported++;
    const month = perMonth.get(row.month);
    if (month) month.reported++;
    const series = perCategory.get(row.category) ?? months.map(() => 0);
    const index = months.indexOf(row.month);
    if (index >= 0) series[index]!++;
    perCategory.set(row.category, series);
    if (row.closedAt) {
      cell.closed++;
      if (month) month.closed++;
      daysToClose.push((row.closedAt.getTime() - row.reportedAt.getTime()) / 86_400_000);
      if (row.closedWithFeedback) closedWithFeedback++;
    }
    cells.set(key, cell);
  }
  const closed = daysToClose.length;
  return {
    months,
    cells: [...cells.values()].sort((a, b) => a.month.localeCompare(b.month) || a.unit.name.localeCompare(b.unit.name, 'nb') || a.category.localeCompare(b.category)),
    perMonth: [...perMonth.values()],
    perCategory: [...perCategory.entries()]
      .map(([category, series]) => ({ category, label: categoryLabels[category], perMonth: series, reported: series.reduce((a, b) => a + b, 0), trend: trend(series) }))
      .sort((a, b) => b.reported - a.reported || a.category.localeCompare(b.category)),
    totals: {
      reported: rows.length,
      closed,
      open: rows.length - closed,
      medianDaysToClose: oneDecimal(median(daysToClose)),
      meanDaysToClose: oneDecimal(mean(daysToClose)),
      closedWithFeedback,
      closedWithFeedbackShare: closed === 0 ? null : Math.round((closedWithFeedback / closed) * 1000) / 1000,
    },
  };
}
