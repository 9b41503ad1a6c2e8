// Pure avvik statistics: counts per month × unit × category, trends, time to close and the share
// closed with feedback. Aggregates only; the input holds no person data.
import { categoryLabels, type DeviationCategory } from './rules.js';
import { cite, upperFirst } from '../../platform/law/index.js';

export const statisticsSource =
  upperFirst(`${cite('kvalitetsforskriften', '§ 8', 'bokstav b og f')} (gjennomgå avvik; ledelsens gjennomgang); ${cite('sarpsborg-2025', 'pkt. 4.2.1.3')}: månedlig avviksstatistikk til direktøren, andel lukket med tilbakemelding`);


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

/** One aggregated cell: avvik reported in one month about one unit (or partner) in one category. */
export interface StatisticsCell {
  month: string;
  category: DeviationCategory;
  unit: StatisticsRow['unit'];
  reported: number;
  closed: number;
  closedWithFeedback: number;
  /** Sum of the days from reporting to closing over the closed avvik of the cell. */
  daysToCloseSum: number;
}

/** Aggregates single avvik into month × unit × category cells (the pure reference for the grouping in store-statistics.ts). */
export function aggregateRows(rows: StatisticsRow[]): { cells: StatisticsCell[]; daysToClose: number[] } {
  const cells = new Map<string, StatisticsCell>();
  const daysToClose: number[] = [];
  for (const row of rows) {
    const key = `${row.month}|${row.unit.kind}:${row.unit.id ?? ''}|${row.category}`;
    const cell = cells.get(key) ?? { month: row.month, unit: row.unit, category: row.category, reported: 0, closed: 0, closedWithFeedback: 0, daysToCloseSum: 0 };
    cell.reported++;
    if (row.closedAt) {
      const days = (row.closedAt.getTime() - row.reportedAt.getTime()) / 86_400_000;
      cell.closed++;
      cell.daysToCloseSum += days;
      daysToClose.push(days);
      if (row.closedWithFeedback) cell.closedWithFeedback++;
    }
    cells.set(key, cell);
  }
  return { cells: [...cells.values()], daysToClose };
}

/** Avvik per unit (or partner) and category over the whole period. */
export interface UnitCategoryGroup {
  unit: StatisticsRow['unit'];
  category: DeviationCategory;
  reported: number;
  closed: number;
}

/** Avvik per month and category over all units, with what the totals need. */
export interface MonthCategoryGroup {
  month: string;
  category: DeviationCategory;
  reported: number;
  closed: number;
  closedWithFeedback: number;
  /** Sum of the days from reporting to closing over the closed avvik of the group. */
  daysToCloseSum: number;
}

/**
 * The two groupings the statistics show: unit × category (summed over the months) and month ×
 * category (summed over the units). The database produces both in one statement with grouping sets
 * (store-statistics.ts), so a 36-month period costs a few thousand groups, not month × unit × category.
 */
export interface StatisticsGroups {
  perUnitCategory: UnitCategoryGroup[];
  perMonthCategory: MonthCategoryGroup[];
}

/** Rolls month × unit × category cells up into the two groupings (what the SQL does with grouping sets). */
export function groupsFromCells(cells: StatisticsCell[]): StatisticsGroups {
  const perUnit = new Map<string, UnitCategoryGroup>();
  const perMonth = new Map<string, MonthCategoryGroup>();
  for (const c of cells) {
    const unitKey = `${c.unit.kind}:${c.unit.id ?? ''}|${c.category}`;
    const u = perUnit.get(unitKey) ?? { unit: c.unit, category: c.category, reported: 0, closed: 0 };
    u.reported += c.reported;
    u.closed += c.closed;
    perUnit.set(unitKey, u);
    const monthKey = `${c.month}|${c.category}`;
    const m = perMonth.get(monthKey) ?? { month: c.month, category: c.category, reported: 0, closed: 0, closedWithFeedback: 0, daysToCloseSum: 0 };
    m.reported += c.reported;
    m.closed += c.closed;
    m.closedWithFeedback += c.closedWithFeedback;
    m.daysToCloseSum += c.daysToCloseSum;
    perMonth.set(monthKey, m);
  }
  return { perUnitCategory: [...perUnit.values()], perMonthCategory: [...perMonth.values()] };
}

export function deviationStatistics(rows: StatisticsRow[], months: string[]) {
  const { cells, daysToClose } = aggregateRows(rows);
  return statisticsFromGroups(groupsFromCells(cells), months, median(daysToClose));
}

const categoryOrder = new Map(Object.keys(categoryLabels).map((c, i) => [c, i]));

/** The statistics from the two groupings and the median days to close (computed where the rows are). */
export function statisticsFromGroups(groups: StatisticsGroups, months: string[], medianDays: number | null) {
  const perMonth = new Map(months.map((m) => [m, { month: m, reported: 0, closed: 0 }]));
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const perCategory = new Map<DeviationCategory, number[]>();
  let reported = 0;
  let closed = 0;
  let closedWithFeedback = 0;
  let daysSum = 0;
  for (const g of groups.perMonthCategory) {
    reported += g.reported;
    closed += g.closed;
    closedWithFeedback += g.closedWithFeedback;
    daysSum += g.daysToCloseSum;
    const month = perMonth.get(g.month);
    if (month) {
      month.reported += g.reported;
      month.closed += g.closed;
    }
    const series = perCategory.get(g.category) ?? months.map(() => 0);
    const index = monthIndex.get(g.month);
    if (index !== undefined) series[index]! += g.reported;
    perCategory.set(g.category, series);
  }
  const perUnit = new Map<string, { unit: StatisticsRow['unit']; reported: number; closed: number; perCategory: { category: DeviationCategory; reported: number; closed: number }[] }>();
  for (const g of groups.perUnitCategory) {
    const key = `${g.unit.kind}:${g.unit.id ?? ''}`;
    const u = perUnit.get(key) ?? { unit: { kind: g.unit.kind, id: g.unit.id, name: g.unit.name }, reported: 0, closed: 0, perCategory: [] };
    u.reported += g.reported;
    u.closed += g.closed;
    u.perCategory.push({ category: g.category, reported: g.reported, closed: g.closed });
    perUnit.set(key, u);
  }
  const collator = new Intl.Collator('nb');
  return {
    months,
    // Most avvik first, then the name in Norwegian order; categories in the catalogue's order.
    perUnit: [...perUnit.values()]
      .map((u) => ({ ...u, perCategory: u.perCategory.sort((a, b) => categoryOrder.get(a.category)! - categoryOrder.get(b.category)!) }))
      .sort((a, b) => b.reported - a.reported || collator.compare(a.unit.name, b.unit.name)),
    perMonth: [...perMonth.values()],
    perCategory: [...perCategory.entries()]
      .map(([category, series]) => ({ category, label: categoryLabels[category], perMonth: series, reported: series.reduce((a, b) => a + b, 0), trend: trend(series) }))
      .sort((a, b) => b.reported - a.reported || a.category.localeCompare(b.category)),
    totals: {
      reported,
      closed,
      open: reported - closed,
      medianDaysToClose: oneDecimal(medianDays),
      meanDaysToClose: oneDecimal(closed === 0 ? null : daysSum / closed),
      closedWithFeedback,
      closedWithFeedbackShare: closed === 0 ? null : Math.round((closedWithFeedback / closed) * 1000) / 1000,
    },
  };
}
