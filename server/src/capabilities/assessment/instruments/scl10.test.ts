import { describe, expect, it } from 'vitest';
import { scl10 } from './scl10.js';
import { bandFor, scoreInstrument } from './scoring.js';
import { answerAll, answersForTotal } from './test-support.js';

describe('SCL-10 definition', () => {
  it('has ten items scored 1–4 (Norwegian convention), scored as the mean', () => {
    expect(scl10.items).toHaveLength(10);
    for (const item of scl10.items) expect(item.options.map((o) => o.points)).toEqual([1, 2, 3, 4]);
    expect(scl10.scoring.method).toBe('mean');
    expect(scl10.scoring.source.citation).toContain('Strand BH');
  });
});

describe('SCL-10 scoring (mean ≥ 1.85 = significant distress)', () => {
  it('all "not at all" → mean 1.0, below the cut-off', () => {
    expect(scoreInstrument('SCL-10', answerAll(scl10, 1))).toMatchObject({ status: 'scored', total: 10, mean: 1, band: { id: 'under-grense' } });
  });

  it('mean 1.8 (total 18) is below the cut-off', () => {
    const result = scoreInstrument('SCL-10', answersForTotal(scl10, 18));
    expect(result).toMatchObject({ status: 'scored', total: 18, band: { id: 'under-grense' } });
    expect(result.status === 'scored' && result.mean).toBeCloseTo(1.8, 10);
  });

  it('mean 1.9 (total 19) is at or above the cut-off', () => {
    const result = scoreInstrument('SCL-10', answersForTotal(scl10, 19));
    expect(result).toMatchObject({ status: 'scored', total: 19, band: { id: 'betydelige-plager' } });
    expect(result.status === 'scored' && result.mean).toBeCloseTo(1.9, 10);
  });

  it('a mean of exactly 1.85 is significant distress (the cut-off is inclusive)', () => {
    // Ten whole-number answers cannot average 1.85, so the band rule is checked directly.
    const bands = scl10.scoring.bands.bySex ? [] : scl10.scoring.bands.bands;
    expect(bandFor(bands, 1.85).id).toBe('betydelige-plager');
    expect(bandFor(bands, 18.5 / 10).id).toBe('betydelige-plager');
    expect(bandFor(bands, 1.8499).id).toBe('under-grense');
  });

  it('all "extremely" → mean 4.0', () => {
    expect(scoreInstrument('SCL-10', answerAll(scl10, 4))).toMatchObject({ total: 40, mean: 4, band: { id: 'betydelige-plager' } });
  });

  it('rejects 0, which is not on the 1–4 scale', () => {
    expect(scoreInstrument('SCL-10', { ...answerAll(scl10, 1), '3': 0 })).toMatchObject({
      status: 'invalid',
      issues: [{ itemId: '3', message: 'Ugyldig svar 0 på spørsmål 3. Tillatte verdier er 1, 2, 3 eller 4.' }],
    });
  });
});
