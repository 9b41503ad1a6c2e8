import { describe, expect, it } from 'vitest';
import { strategyGaps, unreported } from './rules.js';

describe('theme-plan gaps', () => {
  const strategies = [
    { id: 's1', text: 'Bolig først', units: [{ id: 'nav', name: 'NAV' }, { id: 'bolig', name: 'Boligkontoret' }] },
    { id: 's2', text: 'Aktivitet for alle', units: [{ id: 'phr', name: 'Psykisk helse og rus' }] },
  ];
  it('lists each concerned unit with no measure, and none when every unit has one', () => {
    expect(strategyGaps(strategies, [{ strategyId: 's1', unitId: 'bolig' }])).toEqual([
      { strategyId: 's1', strategy: 'Bolig først', unitId: 'nav', unit: 'NAV', detail: 'NAV har ingen tiltak for strategien «Bolig først».' },
      { strategyId: 's2', strategy: 'Aktivitet for alle', unitId: 'phr', unit: 'Psykisk helse og rus', detail: 'Psykisk helse og rus har ingen tiltak for strategien «Aktivitet for alle».' },
    ]);
    expect(strategyGaps(strategies, [{ strategyId: 's1', unitId: 'bolig' }, { strategyId: 's1', unitId: 'nav' }, { strategyId: 's2', unitId: 'phr' }])).toEqual([]);
  });
  it('a measure for another strategy does not cover the gap', () => {
    expect(strategyGaps(strategies, [{ strategyId: 's2', unitId: 'nav' }]).map((g) => g.unitId)).toEqual(['nav', 'bolig', 'phr']);
  });
});

describe('status reports', () => {
  const now = new Date('2026-06-01T10:00:00Z');
  it('an open measure without a report for more than a year is unreported; done or recently reported is not', () => {
    expect(unreported({ status: 'in-progress', createdAt: new Date('2025-01-01') }, null, now)).toBe(true);
    expect(unreported({ status: 'in-progress', createdAt: new Date('2025-01-01') }, new Date('2026-01-01'), now)).toBe(false);
    expect(unreported({ status: 'done', createdAt: new Date('2024-01-01') }, null, now)).toBe(false);
  });
});
