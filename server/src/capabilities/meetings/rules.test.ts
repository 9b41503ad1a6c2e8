import { describe, expect, it } from 'vitest';
import { meetingSources, minutesCheck, minutesDueDate, minutesProblems, minutesStatus } from './rules.js';

describe('minutesDueDate and minutesStatus (a meeting without minutes after N days is flagged)', () => {
  it('is the meeting day plus the configured days', () => {
    expect(minutesDueDate('2026-03-10', 7)).toBe('2026-03-17');
    expect(minutesDueDate('2026-03-10', 3)).toBe('2026-03-13');
  });
  const meeting = { meetingDay: '2026-03-10', minutesDueDate: '2026-03-17', hasMinutes: false, cancelled: false };
  it('is upcoming until the meeting day, due after it, and overdue after the due date', () => {
    expect(minutesStatus(meeting, '2026-03-10')).toBe('upcoming');
    expect(minutesStatus(meeting, '2026-03-11')).toBe('due');
    expect(minutesStatus(meeting, '2026-03-17')).toBe('due');
    expect(minutesStatus(meeting, '2026-03-18')).toBe('overdue');
  });
  it('is never flagged once recorded or cancelled', () => {
    expect(minutesStatus({ ...meeting, hasMinutes: true }, '2026-04-01')).toBe('recorded');
    expect(minutesStatus({ ...meeting, cancelled: true }, '2026-04-01')).toBe('cancelled');
  });
  it('gives the check with its source', () => {
    expect(minutesCheck('overdue', '2026-03-17')).toEqual({ checkId: 'meeting-minutes', source: meetingSources.minutes, met: false, detail: 'Møtet mangler referat (frist 2026-03-17).' });
    expect(minutesCheck('recorded', '2026-03-17').met).toBe(true);
    expect(minutesCheck('due', '2026-03-17').met).toBeNull();
  });
});

describe('minutesProblems', () => {
  const facts = { invitedIds: ['a', 'b'], meetingDay: '2026-03-10', today: '2026-03-11' };
  it('accepts attendance for every invitee and actions due after the meeting', () => {
    expect(minutesProblems({ attendance: [{ participantId: 'a', attended: true }, { participantId: 'b', attended: false }], actions: [{ ownerId: 'u', dueDate: '2026-03-20' }] }, facts)).toEqual([]);
  });
  it('requires attendance for everyone invited, and only them', () => {
    expect(minutesProblems({ attendance: [{ participantId: 'a', attended: true }], actions: [] }, facts)).toEqual([{ path: 'body/attendance', detail: 'Registrer oppmøte for alle inviterte (1 mangler)' }]);
    expect(minutesProblems({ attendance: [{ participantId: 'a', attended: true }, { participantId: 'b', attended: true }, { participantId: 'c', attended: true }], actions: [] }, facts)[0]!.detail).toBe('Oppmøtet gjelder noen som ikke var invitert');
  });
  it('refuses minutes before the meeting and actions due before it', () => {
    const early = minutesProblems({ attendance: [{ participantId: 'a', attended: true }, { participantId: 'b', attended: true }], actions: [{ ownerId: 'u', dueDate: '2026-03-01' }] }, { ...facts, today: '2026-03-09' });
    expect(early.map((p) => p.path)).toEqual(['body', 'body/actions/0/dueDate']);
  });
});
