import { describe, expect, it } from 'vitest';
import { appointmentProblem, coordinationSources, coordinatorCheck, coordinatorRequestCheck, ipMessageDueDate, missingCoreModules } from './rules.js';

describe('ipMessageDueDate (duty to start IP work)', () => {
  it('gives KE 14 days from the day the message arrived', () => {
    expect(ipMessageDueDate('2026-03-10')).toBe('2026-03-24');
    expect(ipMessageDueDate('2026-12-25')).toBe('2027-01-08');
  });
  it('names the regulation and says the 14 days are the municipality\'s own', () => {
    expect(coordinationSources.startIpWork).toMatch(/forskrift om individuell plan ved ytelse av velferdstjenester \(igangsetting\)/i);
    expect(coordinationSources.startIpWork).toMatch(/kommunens rutine \(oppstart av individuell plan\) \(forskriften setter ingen frist\)/);
  });
});

describe('appointmentProblem (a change of coordinator is a recorded event)', () => {
  it('accepts a first appointment without handover', () => {
    expect(appointmentProblem({ current: null, next: { userId: 'siri', handoverNote: null } })).toBeNull();
  });
  it('requires a handover note for a change', () => {
    expect(appointmentProblem({ current: { userId: 'siri' }, next: { userId: 'ola', handoverNote: ' ' } })).toEqual({ path: 'body/handoverNote', detail: 'Beskriv overlappingen ved bytte av koordinator' });
    expect(appointmentProblem({ current: { userId: 'siri' }, next: { userId: 'ola', handoverNote: 'Felles møte med Per 3. mars' } })).toBeNull();
  });
  it('refuses the same coordinator again', () => {
    expect(appointmentProblem({ current: { userId: 'siri' }, next: { userId: 'siri', handoverNote: 'x' } })?.path).toBe('body/coordinatorId');
  });
});

describe('coordinatorCheck (HOL § 7-2)', () => {
  it('is met for a person who wants an IP only with a coordinator', () => {
    expect(coordinatorCheck({ ipAnswer: 'wants-ip', hasCoordinator: true, offerRecorded: false })).toMatchObject({ met: true, checkId: 'coordinator-appointed' });
    expect(coordinatorCheck({ ipAnswer: 'wants-ip', hasCoordinator: false, offerRecorded: true })).toMatchObject({ met: false, detail: 'Personen ønsker individuell plan, men har ingen koordinator.' });
  });
  it('is met for a person who declined an IP when a coordinator was offered', () => {
    expect(coordinatorCheck({ ipAnswer: 'declines', hasCoordinator: false, offerRecorded: true })).toMatchObject({ met: true, checkId: 'coordinator-offered' });
    expect(coordinatorCheck({ ipAnswer: 'declines', hasCoordinator: false, offerRecorded: false })).toMatchObject({ met: false, source: coordinationSources.coordinatorWithoutIp });
  });
  it('does not apply before the person has answered', () => {
    expect(coordinatorCheck({ ipAnswer: null, hasCoordinator: false, offerRecorded: false }).met).toBeNull();
    expect(coordinatorCheck({ ipAnswer: 'undecided', hasCoordinator: false, offerRecorded: false }).met).toBeNull();
  });
});

describe('coordinatorRequestCheck (a request cannot silently disappear)', () => {
  it('is not met while the request is open, and met once answered', () => {
    expect(coordinatorRequestCheck({ requestedOn: '2026-03-01', handledAt: null }, '2026-03-20')).toMatchObject({ met: false, detail: 'Ønske om ny koordinator fra 2026-03-01 er ikke besvart (2026-03-20).' });
    expect(coordinatorRequestCheck({ requestedOn: '2026-03-01', handledAt: new Date('2026-03-05T10:00:00Z') }, '2026-03-20').met).toBe(true);
  });
});

describe('missingCoreModules (coordinator training)', () => {
  it('lists the core course modules not yet completed', () => {
    expect(missingCoreModules(['coordinator-role', 'other'])).toEqual(['meeting-leadership', 'individual-plan']);
    expect(missingCoreModules(['coordinator-role', 'meeting-leadership', 'individual-plan'])).toEqual([]);
  });
});
