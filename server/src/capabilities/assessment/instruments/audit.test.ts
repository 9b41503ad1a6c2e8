import { describe, expect, it } from 'vitest';
import { audit, auditC } from './audit.js';
import { scoreInstrument } from './scoring.js';
import { answersForTotal } from './test-support.js';

describe('AUDIT definition', () => {
  it('has ten items in Norwegian, items 1–8 scored 0–4 and items 9–10 scored 0/2/4', () => {
    expect(audit.language).toBe('nb');
    expect(audit.items).toHaveLength(10);
    for (const item of audit.items.slice(0, 8)) expect(item.options.map((o) => o.points)).toEqual([0, 1, 2, 3, 4]);
    for (const item of audit.items.slice(8)) {
      expect(item.options.map((o) => [o.points, o.label])).toEqual([
        [0, 'Nei'],
        [2, 'Ja, men ikke i løpet av siste år'],
        [4, 'Ja, i løpet av siste år'],
      ]);
    }
    expect(audit.items[0]!.text).toBe('Hvor ofte drikker du alkohol?');
    expect(audit.source.url).toContain('nhi.no');
    expect(audit.scoring.source.citation).toContain('World Health Organization');
  });

  it('AUDIT-C is items 1–3 of AUDIT, with the same wording and points', () => {
    expect(auditC.items).toEqual(audit.items.slice(0, 3));
    expect(auditC.scoring.range).toEqual({ min: 0, max: 12 });
  });
});

describe('AUDIT scoring (WHO zones I–IV)', () => {
  it.each([
    [0, 'sone-1'],
    [7, 'sone-1'],
    [8, 'sone-2'],
    [15, 'sone-2'],
    [16, 'sone-3'],
    [19, 'sone-3'],
    [20, 'sone-4'],
    [40, 'sone-4'],
  ])('total %i → %s', (total, band) => {
    const result = scoreInstrument('AUDIT', answersForTotal(audit, total));
    expect(result).toMatchObject({ status: 'scored', method: 'sum', total, band: { id: band } });
  });

  it('worked example: weekly drinking, 5–6 units, binge monthly, one harm item in the past year → 8, zone II', () => {
    // 3 + 2 + 2 + 0 + 0 + 0 + 1 + 0 + 0 + 0 = 8
    const answers = { '1': 3, '2': 2, '3': 2, '4': 0, '5': 0, '6': 0, '7': 1, '8': 0, '9': 0, '10': 0 };
    const result = scoreInstrument('AUDIT', answers);
    expect(result).toMatchObject({ status: 'scored', total: 8, band: { id: 'sone-2', label: 'Sone II (8–15): risikofylt alkoholbruk' } });
  });

  it('counts items 9 and 10 as 0, 2 or 4 points', () => {
    const answers = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 4, '10': 2 };
    expect(scoreInstrument('AUDIT', answers)).toMatchObject({ total: 6, band: { id: 'sone-1' } });
  });

  it('rejects 1 or 3 on item 9, which only has 0, 2 and 4', () => {
    const answers = { ...answersForTotal(audit, 0), '9': 1 };
    expect(scoreInstrument('AUDIT', answers)).toMatchObject({
      status: 'invalid',
      issues: [{ itemId: '9', message: 'Ugyldig svar 1 på spørsmål 9. Tillatte verdier er 0, 2 eller 4.' }],
    });
  });
});

describe('AUDIT-C scoring (sex-specific: men ≥ 4, women ≥ 3)', () => {
  it.each([
    ['male', 3, 'under-grense'],
    ['male', 4, 'positiv'],
    ['female', 2, 'under-grense'],
    ['female', 3, 'positiv'],
    ['female', 12, 'positiv'],
  ] as const)('%s, total %i → %s', (sex, total, band) => {
    expect(scoreInstrument('AUDIT-C', answersForTotal(auditC, total), { sex })).toMatchObject({ status: 'scored', total, band: { id: band } });
  });

  it('without sex, gives both interpretations and no single band when they differ', () => {
    const result = scoreInstrument('AUDIT-C', { '1': 2, '2': 1, '3': 0 });
    expect(result).toMatchObject({
      status: 'scored',
      total: 3,
      band: null,
      bandsBySex: { male: { id: 'under-grense' }, female: { id: 'positiv' } },
    });
    expect(result.status === 'scored' && result.bandNote).toContain('Kjønn er ikke oppgitt');
  });

  it('without sex, gives the band when both interpretations agree', () => {
    expect(scoreInstrument('AUDIT-C', { '1': 4, '2': 1, '3': 1 })).toMatchObject({ total: 6, band: { id: 'positiv' } });
    expect(scoreInstrument('AUDIT-C', { '1': 1, '2': 0, '3': 0 })).toMatchObject({ total: 1, band: { id: 'under-grense' } });
  });

  it('refuses AUDIT items 4–10 as unknown items of AUDIT-C', () => {
    expect(scoreInstrument('AUDIT-C', { '1': 1, '2': 0, '3': 0, '4': 0 })).toMatchObject({
      status: 'invalid',
      issues: [{ itemId: '4', message: 'AUDIT-C har ikke spørsmål «4». Gyldige spørsmål er 1–3.' }],
    });
  });
});
