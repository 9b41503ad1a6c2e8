import { describe, expect, it } from 'vitest';
import { phq9 } from './phq9.js';
import { scoreInstrument } from './scoring.js';
import { answersForTotal, without } from './test-support.js';

describe('PHQ-9 definition', () => {
  it('has nine scored items 0–3 and an optional, unscored functional item 10', () => {
    const scored = phq9.items.filter((i) => i.scored !== false);
    expect(scored).toHaveLength(9);
    for (const item of scored) expect(item.options.map((o) => o.points)).toEqual([0, 1, 2, 3]);
    expect(phq9.items[9]).toMatchObject({ id: '10', optional: true, scored: false });
    expect(phq9.items[8]!.text).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
  });
});

describe('PHQ-9 scoring', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderat'],
    [14, 'moderat'],
    [15, 'moderat-alvorlig'],
    [19, 'moderat-alvorlig'],
    [20, 'alvorlig'],
    [27, 'alvorlig'],
  ])('total %i → %s', (total, band) => {
    // answersForTotal fills from item 1, so item 9 stays 0 up to a total of 24.
    expect(scoreInstrument('PHQ-9', answersForTotal(phq9, total))).toMatchObject({ status: 'scored', total, band: { id: band } });
  });

  it('scores without the optional item 10, and does not count item 10 when given', () => {
    const answers = answersForTotal(phq9, 12);
    expect(scoreInstrument('PHQ-9', answers)).toMatchObject({ status: 'scored', total: 12 });
    expect(scoreInstrument('PHQ-9', { ...answers, '10': 3 })).toMatchObject({ status: 'scored', total: 12, band: { id: 'moderat' } });
  });

  it('item 9 above 0 raises the suicide-risk prompt, even with a minimal total', () => {
    const answers = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 1 };
    expect(scoreInstrument('PHQ-9', answers)).toMatchObject({ status: 'scored', total: 1, band: { id: 'minimal' }, flags: { suicideRiskPrompt: true } });
  });

  it('item 9 = 0 does not raise the prompt', () => {
    const answers = { '1': 3, '2': 3, '3': 3, '4': 3, '5': 3, '6': 3, '7': 3, '8': 3, '9': 0 };
    expect(scoreInstrument('PHQ-9', answers)).toMatchObject({ total: 24, flags: { suicideRiskPrompt: false } });
  });

  it('raises the prompt also when the form is incomplete and cannot be scored', () => {
    const result = scoreInstrument('PHQ-9', { '1': 1, '9': 2 });
    expect(result).toMatchObject({ status: 'cannot-score', flags: { suicideRiskPrompt: true } });
    expect(result).not.toHaveProperty('total');
  });

  it('cannot score with item 9 missing, and names it', () => {
    expect(scoreInstrument('PHQ-9', without(answersForTotal(phq9, 5), '9'))).toMatchObject({
      status: 'cannot-score',
      reason: 'Kan ikke beregne: 1 av 9 spørsmål mangler svar (9).',
      missingItems: ['9'],
      flags: { suicideRiskPrompt: false },
    });
  });
});
