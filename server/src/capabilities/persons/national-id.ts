// Norwegian national identity numbers: fødselsnummer and D-number, with both mod-11 control
// digits (Skatteetaten, "Fødselsnummer" specification). Synthetic test numbers are accepted and
// marked: Skatteetaten's Tenor adds 80 to the month, NAV's test data (Dolly) adds 40.
export type NationalIdKind = 'fnr' | 'dnr';

export type NationalIdResult =
  | { valid: true; kind: NationalIdKind; synthetic: boolean; birthDate: string }
  | { valid: false; reason: string };

const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function controlDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  if (k === 10) return null;
  return k;
}

/** Adds both control digits to nine digits (DDMMYYIII), or null when no valid number exists. */
export function withControlDigits(nine: string): string | null {
  const digits = [...nine].map(Number);
  const k1 = controlDigit(digits, weights1);
  if (k1 === null) return null;
  const k2 = controlDigit([...digits, k1], weights2);
  if (k2 === null) return null;
  return `${nine}${k1}${k2}`;
}

function centuryOf(individual: number, yy: number): number | null {
  if (individual <= 499) return 1900;
  if (individual <= 749 && yy >= 54) return 1800;
  if (individual >= 500 && yy <= 39) return 2000;
  if (individual >= 900 && yy >= 40) return 1900;
  return null;
}

export function parseNationalId(input: string): NationalIdResult {
  const value = input.replace(/\s/g, '');
  if (!/^\d{11}$/.test(value)) return { valid: false, reason: 'Fødselsnummeret må ha 11 siffer.' };
  const digits = [...value].map(Number);
  if (controlDigit(digits.slice(0, 9), weights1) !== digits[9]) {
    return { valid: false, reason: 'Første kontrollsiffer stemmer ikke.' };
  }
  if (controlDigit(digits.slice(0, 10), weights2) !== digits[10]) {
    return { valid: false, reason: 'Andre kontrollsiffer stemmer ikke.' };
  }
  let day = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  const yy = Number(value.slice(4, 6));
  const individual = Number(value.slice(6, 9));
  let kind: NationalIdKind = 'fnr';
  let synthetic = false;
  if (day > 40) {
    kind = 'dnr';
    day -= 40;
  }
  if (month > 80) {
    synthetic = true;
    month -= 80;
  } else if (month > 40) {
    synthetic = true;
    month -= 40;
  }
  const century = centuryOf(individual, yy);
  if (century === null) return { valid: false, reason: 'Individnummeret passer ikke med fødselsåret.' };
  const year = century + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) {
    return { valid: false, reason: 'Fødselsdatoen i nummeret finnes ikke.' };
  }
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { valid: true, kind, synthetic, birthDate };
}

/**
 * Makes a synthetic (Tenor-style, month + 80) fødselsnummer for a birth date. `serial` picks among
 * the individual numbers of that date; returns null if that serial gives no valid control digits.
 */
export function syntheticNationalId(birthDate: string, serial: number): string | null {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const yy = year % 100;
  const base = year >= 2000 ? 500 : 0;
  const individual = base + (serial % 500);
  const nine = `${String(day).padStart(2, '0')}${String(month + 80).padStart(2, '0')}${String(yy).padStart(2, '0')}${String(individual).padStart(3, '0')}`;
  return withControlDigits(nine);
}
