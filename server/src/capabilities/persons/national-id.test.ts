import { describe, expect, it } from 'vitest';
import { parseNationalId, syntheticNationalId, withControlDigits } from './national-id.js';

/** The first individual number from `start` that gives valid control digits for DDMMYY. */
function validId(ddmmyy: string, start = 100): string {
  for (let i = start; i < start + 100; i++) {
    const id = withControlDigits(`${ddmmyy}${String(i).padStart(3, '0')}`);
    if (id) return id;
  }
  throw new Error('no valid id');
}

describe('parseNationalId', () => {
  it('accepts a fødselsnummer with both control digits right', () => {
    const id = validId('010190', 123);
    expect(parseNationalId(id)).toEqual({ valid: true, kind: 'fnr', synthetic: false, birthDate: '1990-01-01' });
  });

  it('refuses a wrong first control digit', () => {
    const id = validId('010190', 123);
    const k1 = (Number(id[9]) + 1) % 10;
    expect(parseNationalId(`${id.slice(0, 9)}${k1}${id[10]}`)).toMatchObject({ valid: false });
  });

  it('refuses a wrong second control digit with its own message', () => {
    const id = validId('010190', 123);
    const k2 = (Number(id[10]) + 1) % 10;
    expect(parseNationalId(`${id.slice(0, 10)}${k2}`)).toEqual({ valid: false, reason: 'Andre kontrollsiffer stemmer ikke.' });
  });

  it('refuses wrong length and letters', () => {
    expect(parseNationalId('1234')).toEqual({ valid: false, reason: 'Fødselsnummeret må ha 11 siffer.' });
    expect(parseNationalId('0101901234a')).toMatchObject({ valid: false });
  });

  it('recognises a D-number (day + 40)', () => {
    const id = validId('410190', 123);
    expect(parseNationalId(id)).toEqual({ valid: true, kind: 'dnr', synthetic: false, birthDate: '1990-01-01' });
  });

  it('marks Tenor (month + 80) and NAV (month + 40) synthetic numbers', () => {
    expect(parseNationalId(validId('018190', 123))).toMatchObject({ valid: true, synthetic: true, birthDate: '1990-01-01' });
    expect(parseNationalId(validId('014190', 123))).toMatchObject({ valid: true, synthetic: true, birthDate: '1990-01-01' });
  });

  it('refuses a date that does not exist', () => {
    expect(parseNationalId(validId('310290'))).toEqual({ valid: false, reason: 'Fødselsdatoen i nummeret finnes ikke.' });
  });

  it('uses the individual number to find the century', () => {
    expect(parseNationalId(validId('010105', 512))).toMatchObject({ valid: true, birthDate: '2005-01-01' });
  });

  it('makes synthetic numbers that validate', () => {
    let made = 0;
    for (let serial = 0; serial < 50; serial++) {
      const id = syntheticNationalId('1985-06-15', serial);
      if (!id) continue;
      made++;
      expect(parseNationalId(id)).toEqual({ valid: true, kind: 'fnr', synthetic: true, birthDate: '1985-06-15' });
    }
    expect(made).toBeGreaterThan(30);
  });
});
