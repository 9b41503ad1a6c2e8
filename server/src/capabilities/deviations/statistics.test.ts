import { describe, expect, it } from 'vitest';
import { deviationStatistics, mean, median, monthsBetween, trend, type StatisticsRow } from './statistics.js';

const row = (month: string, category: StatisticsRow['category'], unit: string, closedAfterDays: number | null, withFeedback = true): StatisticsRow => {
  const reportedAt = new Date(`${month}-05T10:00:00Z`);
  return { month, category, unit: { kind: 'unit', id: unit, name: unit }, reportedAt, closedAt: closedAfterDays === null ? null : new Date(reportedAt.getTime() + closedAfterDays * 86400_000), closedWithFeedback: closedAfterDays === null ? null : withFeedback };
};

describe('avvik statistics', () => {
  it('lists every month of the period', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
  it('takes the median and mean of the days to close', () => {
    expect(median([10, 2, 4])).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
  });
  it('counts per unit × category and per month × category, and the share closed with feedback', () => {
    const stats = deviationStatistics(
      [row('2026-01', 'medication', 'Hjemmesykepleien', 2), row('2026-01', 'medication', 'Hjemmesykepleien', 4, false), row('2026-02', 'cooperation-units', 'Boligkontoret', null), row('2026-02', 'other', 'Hjemmesykepleien', 1)],
      ['2026-01', '2026-02'],
    );
    expect(stats.perUnit).toEqual([
      {
        unit: { kind: 'unit', id: 'Hjemmesykepleien', name: 'Hjemmesykepleien' },
        reported: 3,
        closed: 3,
        perCategory: [
          { category: 'medication', reported: 2, closed: 2 },
          { category: 'other', reported: 1, closed: 1 },
        ],
      },
      { unit: { kind: 'unit', id: 'Boligkontoret', name: 'Boligkontoret' }, reported: 1, closed: 0, perCategory: [{ category: 'cooperation-units', reported: 1, closed: 0 }] },
    ]);
    expect(stats.perMonth).toEqual([{ month: '2026-01', reported: 2, closed: 2 }, { month: '2026-02', reported: 2, closed: 1 }]);
    expect(stats.perCategory.find((c) => c.category === 'medication')?.perMonth).toEqual([2, 0]);
    expect(stats.totals).toEqual({ reported: 4, closed: 3, open: 1, medianDaysToClose: 2, meanDaysToClose: 2.3, closedWithFeedback: 2, closedWithFeedbackShare: 0.667 });
  });
  it('sorts units with as many avvik by name in Norwegian order', () => {
    const stats = deviationStatistics([row('2026-01', 'other', 'Åsen', null), row('2026-01', 'other', 'Ørnes', null), row('2026-01', 'other', 'Berg', null)], ['2026-01']);
    expect(stats.perUnit.map((u) => u.unit.name)).toEqual(['Berg', 'Ørnes', 'Åsen']);
  });
  it('has no share when nothing is closed', () => {
    expect(deviationStatistics([row('2026-01', 'other', 'X', null)], ['2026-01']).totals.closedWithFeedbackShare).toBeNull();
  });
});

describe('trend', () => {
  it('is rising when the second half has clearly more per month', () => {
    expect(trend([1, 1, 3, 4])).toBe('rising');
  });
  it('is falling when the second half has clearly fewer', () => {
    expect(trend([4, 3, 1, 0])).toBe('falling');
  });
  it('is stable within ±20–25 %', () => {
    expect(trend([3, 3, 3, 3])).toBe('stable');
  });
  it('does not guess from too few avvik or one month', () => {
    expect(trend([1, 0, 2])).toBe('too-few');
    expect(trend([9])).toBe('too-few');
  });
});
