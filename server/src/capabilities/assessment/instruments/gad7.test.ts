import { describe, expect, it } from 'vitest';
import { gad7 } from './gad7.js';
import { scoreInstrument } from './scoring.js';
import { answersForTotal } from './test-support.js';

describe('GAD-7', () => {
  it('has seven items scored 0–3', () => {
    expect(gad7.items).toHaveLength(7);
    for (const item of gad7.items) expect(item.options.map((o) => o.points)).toEqual([0, 1, 2, 3]);
    expect(gad7.items[0]!.text).toBe('Feeling nervous, anxious or on edge');
  });

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderat'],
    [14, 'moderat'],
    [15, 'alvorlig'],
    [21, 'alvorlig'],
  ])('total %i → %s', (total, band) => {
    expect(scoreInstrument('GAD-7', answersForTotal(gad7, total))).toMatchObject({ status: 'scored', total, band: { id: band } });
  });

  it('has no suicide-risk flag', () => {
    expect(scoreInstrument('GAD-7', answersForTotal(gad7, 21))).toMatchObject({ flags: {} });
  });
});
