import { describe, expect, it } from 'vitest';
import { dudit } from './dudit.js';
import { scoreInstrument } from './scoring.js';
import { answersForTotal } from './test-support.js';

describe('DUDIT definition', () => {
  it('has eleven items, 1–9 scored 0–4 and 10–11 scored 0/2/4, in the published English wording', () => {
    expect(dudit.language).toBe('en');
    expect(dudit.items).toHaveLength(11);
    for (const item of dudit.items.slice(0, 9)) expect(item.options.map((o) => o.points)).toEqual([0, 1, 2, 3, 4]);
    for (const item of dudit.items.slice(9)) expect(item.options.map((o) => o.points)).toEqual([0, 2, 4]);
    expect(dudit.items[0]!.text).toBe('How often do you use drugs other than alcohol?');
    expect(dudit.scoring.source.citation).toContain('Eur Addict Res 2005');
  });
});

describe('DUDIT scoring (men ≥ 6, women ≥ 2, dependence ≥ 25)', () => {
  it.each([
    ['male', 0, 'under-grense'],
    ['male', 5, 'under-grense'],
    ['male', 6, 'rusrelaterte-problemer'],
    ['male', 24, 'rusrelaterte-problemer'],
    ['male', 25, 'sannsynlig-avhengighet'],
    ['female', 1, 'under-grense'],
    ['female', 2, 'rusrelaterte-problemer'],
    ['female', 24, 'rusrelaterte-problemer'],
    ['female', 25, 'sannsynlig-avhengighet'],
    ['female', 44, 'sannsynlig-avhengighet'],
  ] as const)('%s, total %i → %s', (sex, total, band) => {
    expect(scoreInstrument('DUDIT', answersForTotal(dudit, total), { sex })).toMatchObject({ status: 'scored', total, band: { id: band } });
  });

  it('worked example: monthly use, 1–2 times a day, someone worried in the past year → 1 + 1 + 1 + 4 = 7', () => {
    const answers = { '1': 1, '2': 0, '3': 1, '4': 1, '5': 0, '6': 0, '7': 0, '8': 0, '9': 0, '10': 0, '11': 4 };
    expect(scoreInstrument('DUDIT', answers, { sex: 'male' })).toMatchObject({ total: 7, band: { id: 'rusrelaterte-problemer' } });
  });

  it('without sex: a total of 3 is a problem for women but not for men, so no single band', () => {
    const result = scoreInstrument('DUDIT', answersForTotal(dudit, 3));
    expect(result).toMatchObject({
      status: 'scored',
      total: 3,
      band: null,
      bandsBySex: { male: { id: 'under-grense' }, female: { id: 'rusrelaterte-problemer' } },
    });
  });

  it('without sex: 25 or more is probable dependence for both, so the band is given', () => {
    expect(scoreInstrument('DUDIT', answersForTotal(dudit, 30))).toMatchObject({ band: { id: 'sannsynlig-avhengighet' } });
  });

  it('rejects 3 on item 11', () => {
    const answers = { ...answersForTotal(dudit, 0), '11': 3 };
    expect(scoreInstrument('DUDIT', answers, { sex: 'female' })).toMatchObject({ status: 'invalid', issues: [{ itemId: '11' }] });
  });
});
