import { describe, expect, it } from 'vitest';
import { answerSubmissionSchema } from './schema.js';

function messages(input: unknown): Record<string, string[]> {
  const parsed = answerSubmissionSchema.safeParse(input);
  if (parsed.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (out[issue.path.join('.')] ??= []).push(issue.message);
  return out;
}

const valid = { instrumentId: 'CAGE', version: '1', answers: { '1': 1, '2': 0, '3': 0, '4': 1 } };

describe('answerSubmissionSchema', () => {
  it('accepts a valid submission, with or without sex', () => {
    expect(answerSubmissionSchema.parse(valid)).toEqual(valid);
    expect(answerSubmissionSchema.parse({ ...valid, instrumentId: 'DUDIT', answers: { '1': 2 }, sex: 'female' })).toMatchObject({ sex: 'female' });
  });

  it('accepts a partial submission (scoring reports what is missing)', () => {
    expect(answerSubmissionSchema.safeParse({ ...valid, answers: { '1': 1 } }).success).toBe(true);
  });

  it('refuses unknown fields', () => {
    expect(messages({ ...valid, score: 2 })).toEqual({ '': ['Ukjente felt: score.'] });
  });

  it('refuses an unknown instrument', () => {
    expect(messages({ ...valid, instrumentId: 'MADRS' })).toEqual({
      instrumentId: ['Ukjent instrument. Gyldige instrumenter er AUDIT, AUDIT-C, DUDIT, CAGE, SCL-10, PHQ-9, GAD-7.'],
    });
  });

  it('refuses a version that is not the current one', () => {
    expect(messages({ ...valid, version: '2' })).toEqual({ version: ['CAGE versjon «2» finnes ikke. Gjeldende versjon er «1».'] });
  });

  it('refuses unknown items and values outside the options, per item', () => {
    expect(messages({ ...valid, answers: { '1': 3, '9': 1 } })).toEqual({
      'answers.1': ['Ugyldig svar 3 på spørsmål 1. Tillatte verdier er 0 eller 1.'],
      'answers.9': ['CAGE har ikke spørsmål «9». Gyldige spørsmål er 1–4.'],
    });
  });

  it('refuses non-integer answers and a bad sex with Norwegian messages', () => {
    expect(messages({ ...valid, answers: { '1': 0.5 } })).toEqual({ 'answers.1': ['Hvert svar må være et heltall.'] });
    expect(messages({ ...valid, answers: { '1': 'ja' } })).toEqual({ 'answers.1': ['Hvert svar må være et tall.'] });
    expect(messages({ ...valid, sex: 'm' })).toEqual({ sex: ["Kjønn må være 'male' eller 'female'."] });
  });

  it('refuses a missing body shape', () => {
    expect(messages({ instrumentId: 'CAGE' })).toMatchObject({ version: ['Versjon må være en tekst.'], answers: [expect.stringContaining('Svarene må være et objekt')] });
    expect(messages(null)).toEqual({ '': ['Innsendingen må være et objekt.'] });
  });
});
