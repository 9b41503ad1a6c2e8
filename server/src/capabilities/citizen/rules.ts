// Pure rules for one-time codes: the alphabet, normalising what the person types, validity, and the
// rate limit. Randomness and the clock are passed in.
import { cite, upperFirst } from '../../platform/law/index.js';
export const citizenSources = {
  access: upperFirst(`${cite('pbrl', '§ 5-1')} (rett til innsyn i egen journal); ${cite('sarpsborg-2025', 'pkt. 4.2.4')} og ${cite('asker-2026', 'pkt. 5.4.1')}: planen må kunne brukes uten BankID`),
  log: upperFirst(`${cite('pjl', '§ 22')} og ${cite('normen', 'tilgangsstyring')}: all tilgang til helseopplysninger logges`),
} as const;

/** No 0/O, 1/I/L: easy to read aloud and to type from a note. */
export const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const codeLength = 8;
export const codeValidMinutes = 30;
/** How long the read-only session from a code lasts. */
export const codeSessionMinutes = 30;
export const maxFailures = 5;
export const failureWindowMinutes = 15;

/** Builds a code from random indices (each 0 … alphabet length − 1). */
export function codeFromIndices(indices: number[]): string {
  if (indices.length !== codeLength) throw new RangeError(`En kode har ${codeLength} tegn.`);
  return indices.map((i) => codeAlphabet[i]!).join('');
}

/** «abcd-efgh», «ABCD EFGH» and «abcdefgh» are the same code. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** For display and handing over: ABCD-EFGH. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function codeUsable(code: { expiresAt: Date; usedAt: Date | null } | null, now: Date): boolean {
  return Boolean(code && !code.usedAt && code.expiresAt > now);
}

/** Refuse when the client, or the code, has had too many failures within the window. */
export function rateLimited(recentFailures: { byClient: number; byCode: number }): boolean {
  return recentFailures.byClient >= maxFailures || recentFailures.byCode >= maxFailures;
}
