import { describe, expect, it } from 'vitest';
import { arenaStatus, noticeDetail, requiredMeetings, unitChanges } from './rules.js';

describe('meeting arenas', () => {
  const quarterly = { meetingsPerYear: 4, validFrom: '2024-01-01' as const, validTo: null };
  it('requires the yearly number, in proportion for an agreement that started during the year', () => {
    expect(requiredMeetings(quarterly, 2025)).toBe(4);
    expect(requiredMeetings({ ...quarterly, validFrom: '2025-07-02' }, 2025)).toBe(2);
    expect(requiredMeetings({ ...quarterly, validTo: '2025-01-01' }, 2025)).toBe(0);
  });
  it('shows held ÷ required and what was due so far this year', () => {
    const s = arenaStatus(quarterly, ['2025-02-10', '2025-05-12', '2024-11-01'], 2025, '2025-07-01');
    expect(s).toMatchObject({ required: 4, held: 2, ratio: 0.5, dueSoFar: 1, lastMeeting: '2025-05-12', lapsed: false });
  });
  it('flags an arena as lapsed after 1.5 intervals without a meeting (met and not met)', () => {
    expect(arenaStatus(quarterly, ['2025-02-10'], 2025, '2025-06-26')).toMatchObject({ lapsed: false, lapsedDetail: null });
    expect(arenaStatus(quarterly, ['2025-02-10'], 2025, '2025-06-27')).toMatchObject({ lapsed: true, lapsedDetail: 'Møtearenaen er bortfalt: siste møte var 2025-02-10 (137 dager siden), avtalen krever 4 møter i året.' });
    expect(arenaStatus({ ...quarterly, validFrom: '2025-01-01' }, [], 2025, '2025-06-01').lapsedDetail).toBe('Møtearenaen er bortfalt: ingen møter siden avtalen trådte i kraft 2025-01-01 (151 dager), avtalen krever 4 møter i året.');
    expect(arenaStatus({ ...quarterly, meetingsPerYear: 0 }, [], 2025, '2025-06-01').lapsed).toBe(false);
    expect(arenaStatus({ ...quarterly, validTo: '2025-03-01' }, [], 2025, '2025-06-01').lapsed).toBe(false);
  });
});

describe('organisation changes', () => {
  const before = { name: 'FACT-teamet', parentId: 'a', active: true };
  it('names closure, move and rename; an unchanged update is no change', () => {
    expect(unitChanges(before, { active: false, parentId: 'b' })).toEqual(['closed', 'moved']);
    expect(unitChanges(before, { name: 'FACT Fjordvik' })).toEqual(['renamed']);
    expect(unitChanges(before, { name: 'FACT-teamet', parentId: 'a', active: true })).toEqual([]);
  });
  it('writes the notice text for an agreement and for the matrix', () => {
    expect(noticeDetail('FACT-teamet', ['closed'], { agreement: 'Samarbeid FACT–DPS' })).toBe('«FACT-teamet» er lagt ned. Enheten er part i samarbeidsavtalen «Samarbeid FACT–DPS»: avtalen og møtearenaen må gjennomgås.');
    expect(noticeDetail('FACT-teamet', ['moved'], { matrix: 2 })).toBe('«FACT-teamet» er flyttet i organisasjonen. Enheten står i ansvarsmatrisen (versjon 2): ansvaret må fordeles på nytt.');
  });
});
