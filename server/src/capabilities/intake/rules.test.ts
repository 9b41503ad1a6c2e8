import { describe, expect, it } from 'vitest';
import { firstContactStatus, pathwayProblem, triageProblem } from './rules.js';

describe('firstContactStatus (first contact within 3 working days)', () => {
  it('is due up to and including the due day', () => {
    expect(firstContactStatus({ firstContactAt: null, firstContactDue: '2026-11-25' }, '2026-11-25')).toBe('due');
  });
  it('is overdue the day after the due day', () => {
    expect(firstContactStatus({ firstContactAt: null, firstContactDue: '2026-11-25' }, '2026-11-26')).toBe('overdue');
  });
  it('is done once first contact is recorded, even late', () => {
    expect(firstContactStatus({ firstContactAt: new Date('2026-11-30T10:00:00Z'), firstContactDue: '2026-11-25' }, '2026-12-01')).toBe('done');
  });
});

describe('triageProblem', () => {
  const open = { triage: 'pending' as const, closedAt: null };
  it('accepts assessment', () => expect(triageProblem(open, { outcome: 'assessment' })).toBeNull());
  it('requires the low-threshold service to be named', () => expect(triageProblem(open, { outcome: 'low-threshold', lowThresholdService: ' ' })).toBe('Oppgi hvilket lavterskeltilbud personen får.'));
  it('refuses a closed henvendelse', () => expect(triageProblem({ triage: 'assessment', closedAt: new Date() }, { outcome: 'assessment' })).toMatch(/avsluttet/));
});

describe('pathwayProblem', () => {
  it('accepts a change from 2 to 3', () => expect(pathwayProblem(2, 3)).toBeNull());
  it('accepts the first pathway', () => expect(pathwayProblem(null, 1)).toBeNull());
  it('refuses a non-change', () => expect(pathwayProblem(2, 2)).toBe('Personen er allerede i hovedforløp 2.'));
  it('refuses 4', () => expect(pathwayProblem(1, 4)).toBe('Hovedforløp må være 1, 2 eller 3.'));
});
