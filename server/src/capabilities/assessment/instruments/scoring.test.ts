import { describe, expect, it } from 'vitest';
import { audit } from './audit.js';
import type { InstrumentId } from './registry.js';
import { scoreInstrument, validateAnswers } from './scoring.js';
import { answersForTotal, without } from './test-support.js';
import type { Answers } from './types.js';

describe('validateAnswers', () => {
  it('accepts complete and partial answers with known items and published values', () => {
    expect(validateAnswers('AUDIT', answersForTotal(audit, 12))).toEqual({ ok: true });
    expect(validateAnswers('AUDIT', { '1': 4 })).toEqual({ ok: true });
    expect(validateAnswers('AUDIT', {})).toEqual({ ok: true });
  });

  it('rejects an unknown item id with a Norwegian message naming the valid items', () => {
    expect(validateAnswers('GAD-7', { '8': 1 })).toEqual({
      ok: false,
      issues: [{ itemId: '8', message: 'GAD-7 har ikke spørsmål «8». Gyldige spørsmål er 1–7.' }],
    });
    expect(validateAnswers('PHQ-9', { q1: 1 })).toMatchObject({ ok: false, issues: [{ itemId: 'q1' }] });
  });

  it('rejects values that are not a published option', () => {
    expect(validateAnswers('PHQ-9', { '1': 4, '2': -1, '3': 1.5 })).toEqual({
      ok: false,
      issues: [
        { itemId: '1', message: 'Ugyldig svar 4 på spørsmål 1. Tillatte verdier er 0, 1, 2 eller 3.' },
        { itemId: '2', message: 'Ugyldig svar -1 på spørsmål 2. Tillatte verdier er 0, 1, 2 eller 3.' },
        { itemId: '3', message: 'Ugyldig svar 1.5 på spørsmål 3. Tillatte verdier er 0, 1, 2 eller 3.' },
      ],
    });
  });

  it('rejects non-numbers coming from untyped input', () => {
    const answers = { '1': '2', '2': null, '3': Number.NaN } as unknown as Answers;
    expect(validateAnswers('GAD-7', answers)).toMatchObject({
      ok: false,
      issues: [
        { itemId: '1', message: 'Svaret på spørsmål 1 må være et tall (0, 1, 2 eller 3).' },
        { itemId: '2' },
        { itemId: '3' },
      ],
    });
    expect(validateAnswers('GAD-7', null as unknown as Answers)).toMatchObject({ ok: false, issues: [{ itemId: '' }] });
  });

  it('throws on an unknown instrument', () => {
    expect(() => validateAnswers('MADRS' as InstrumentId, {})).toThrow('Ukjent instrument «MADRS»');
  });
});

describe('scoreInstrument: incomplete and invalid answers never give a number', () => {
  it('cannot score with missing items and lists them in a Norwegian reason', () => {
    const result = scoreInstrument('AUDIT', without(answersForTotal(audit, 10), '5', '7'));
    expect(result).toEqual({
      instrumentId: 'AUDIT',
      version: '1',
      flags: {},
      status: 'cannot-score',
      reason: 'Kan ikke beregne: 2 av 10 spørsmål mangler svar (5, 7).',
      missingItems: ['5', '7'],
    });
  });

  it('cannot score an empty form', () => {
    expect(scoreInstrument('CAGE', {})).toMatchObject({ status: 'cannot-score', missingItems: ['1', '2', '3', '4'] });
  });

  it('reports invalid answers before missing ones', () => {
    expect(scoreInstrument('CAGE', { '1': 1, '5': 1 })).toMatchObject({
      status: 'invalid',
      reason: 'Kan ikke beregne: 1 ugyldig svar (5).',
      issues: [{ itemId: '5' }],
    });
  });

  it('refuses an unknown sex value from untyped input', () => {
    expect(() => scoreInstrument('DUDIT', {}, { sex: 'other' as 'male' })).toThrow('Ugyldig kjønn');
  });
});

describe('scoreInstrument: result carries version and sources', () => {
  it('includes the wording and cut-off sources', () => {
    const result = scoreInstrument('AUDIT', answersForTotal(audit, 3));
    expect(result).toMatchObject({
      status: 'scored',
      instrumentId: 'AUDIT',
      version: '1',
      source: { wording: { url: expect.stringContaining('nhi.no') }, scoring: { citation: expect.stringContaining('WHO') } },
    });
  });
});
