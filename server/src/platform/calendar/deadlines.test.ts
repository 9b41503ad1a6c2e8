import { describe, expect, it } from 'vitest';
import { firstContactDeadline, firstContactRuleText, isFirstContactOverdue } from './deadlines.js';

describe('firstContactDeadline (Europe/Oslo)', () => {
  it('a request received on a Friday is due by the end of Wednesday', () => {
    const d = firstContactDeadline(new Date('2025-03-07T10:00:00+01:00'));
    expect(d).toMatchObject({ receivedOn: '2025-03-07', dueDate: '2025-03-12', timeZone: 'Europe/Oslo' });
    expect(d.dueAt.toISOString()).toBe('2025-03-12T22:59:59.999Z'); // 23:59:59.999 CET
  });

  it('a request received on a Saturday or Sunday is due Wednesday, like one received on Friday: Monday is day 1', () => {
    expect(firstContactDeadline(new Date('2025-03-08T12:00:00+01:00'))).toMatchObject({ receivedOn: '2025-03-08', dueDate: '2025-03-12' });
    expect(firstContactDeadline(new Date('2025-03-09T12:00:00+01:00'))).toMatchObject({ receivedOn: '2025-03-09', dueDate: '2025-03-12' });
    expect(firstContactDeadline(new Date('2025-03-10T12:00:00+01:00'))).toMatchObject({ receivedOn: '2025-03-10', dueDate: '2025-03-13' });
  });

  it("counts the municipality's own number of working days", () => {
    expect(firstContactDeadline(new Date('2025-03-08T12:00:00+01:00'), 2).dueDate).toBe('2025-03-11');
    expect(firstContactDeadline(new Date('2025-03-07T12:00:00+01:00'), 5).dueDate).toBe('2025-03-14');
  });

  it('a request received on a public holiday counts from the next working day', () => {
    // Ascension Day 2026 (Thursday 14 May): Friday 15 May is day 1 → Mon 18, Tue 19.
    expect(firstContactDeadline(new Date('2026-05-14T09:00:00+02:00')).dueDate).toBe('2026-05-19');
  });

  it('skips Easter: received Wednesday 16 April 2025 → due Thursday 24 April', () => {
    expect(firstContactDeadline(new Date('2025-04-16T08:00:00+02:00')).dueDate).toBe('2025-04-24');
  });

  it('skips Ascension Day and Whit Monday in May 2026', () => {
    expect(firstContactDeadline(new Date('2026-05-13T15:00:00+02:00')).dueDate).toBe('2026-05-19'); // Wed → Fri, Mon, Tue
    expect(firstContactDeadline(new Date('2026-05-21T15:00:00+02:00')).dueDate).toBe('2026-05-27'); // Thu → Fri, Tue, Wed
  });

  it('runs over Christmas and New Year', () => {
    expect(firstContactDeadline(new Date('2025-12-23T14:00:00+01:00')).dueDate).toBe('2025-12-30');
    expect(firstContactDeadline(new Date('2025-12-24T14:00:00+01:00')).dueDate).toBe('2025-12-31');
    expect(firstContactDeadline(new Date('2025-12-25T14:00:00+01:00')).dueDate).toBe('2025-12-31'); // 26th is a holiday: Mon 29 is day 1
  });

  it('takes the calendar day in Oslo, not in UTC', () => {
    // 23:30 UTC on Friday is 00:30 on Saturday in Oslo (winter time, UTC+1).
    expect(firstContactDeadline(new Date('2025-03-07T23:30:00Z'))).toMatchObject({ receivedOn: '2025-03-08', dueDate: '2025-03-12' });
    expect(firstContactDeadline(new Date('2025-03-07T22:30:00Z'))).toMatchObject({ receivedOn: '2025-03-07', dueDate: '2025-03-12' });
    // Summer time (UTC+2): 22:30 UTC on Friday is already Saturday in Oslo.
    expect(firstContactDeadline(new Date('2025-06-27T22:30:00Z')).receivedOn).toBe('2025-06-28');
    expect(firstContactDeadline(new Date('2025-06-27T21:59:59Z')).receivedOn).toBe('2025-06-27');
  });

  it('puts the end of the due day in summer time after the spring clock change', () => {
    // Received Wed 26 March 2025; due Mon 31 March, after the change to CEST on 30 March.
    const d = firstContactDeadline(new Date('2025-03-26T12:00:00+01:00'));
    expect(d.dueDate).toBe('2025-03-31');
    expect(d.dueAt.toISOString()).toBe('2025-03-31T21:59:59.999Z');
  });

  it('puts the end of the due day in winter time after the autumn clock change', () => {
    // Received Thu 23 Oct 2025; due Tue 28 Oct, after the change to CET on 26 October.
    const d = firstContactDeadline(new Date('2025-10-23T12:00:00+02:00'));
    expect(d.dueDate).toBe('2025-10-28');
    expect(d.dueAt.toISOString()).toBe('2025-10-28T22:59:59.999Z');
  });

  it('rejects an invalid instant and an unknown time zone', () => {
    expect(() => firstContactDeadline(new Date('nonsense'))).toThrow('Ugyldig tidspunkt');
    expect(() => firstContactDeadline(new Date('2025-03-07T10:00:00Z'), 3, 'Europe/Atlantis')).toThrow('Ukjent tidssone');
  });

  it('describes the rule in Norwegian as data', () => {
    expect(firstContactRuleText(3)).toContain('mottatt fredag eller lørdag gir frist onsdag');
    expect(firstContactRuleText(5)).toContain('slutten av 5. virkedag');
  });
});

describe('isFirstContactOverdue', () => {
  const received = new Date('2025-03-07T10:00:00+01:00'); // due end of Wed 12 March
  it('is not overdue until the due day has ended in Oslo', () => {
    expect(isFirstContactOverdue(received, new Date('2025-03-12T23:59:59+01:00'))).toBe(false);
    expect(isFirstContactOverdue(received, new Date('2025-03-13T00:00:00+01:00'))).toBe(true);
  });
});
