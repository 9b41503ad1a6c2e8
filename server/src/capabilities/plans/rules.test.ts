import { describe, expect, it } from 'vitest';
import { changedFields, ipInformationProblems, ipInformedCheck, measureProblems, ownPartProblem, planProblems, planSources, statusChangeProblem, type PlanFacts, type PlanSnapshot } from './rules.js';

describe('ipInformationProblems (informed of the right to an IP, with the answer)', () => {
  const today = '2026-03-10';
  it('accepts a yes', () => {
    expect(ipInformationProblems({ informedOn: '2026-03-10', answer: 'wants-ip' }, today)).toEqual([]);
  });
  it('requires the reason when the person declines', () => {
    expect(ipInformationProblems({ informedOn: '2026-03-09', answer: 'declines' }, today)).toEqual([{ path: 'body/declineReason', detail: 'Skriv begrunnelsen når personen ikke ønsker individuell plan' }]);
  });
  it('requires a future re-ask date when the person is undecided', () => {
    expect(ipInformationProblems({ informedOn: '2026-03-09', answer: 'undecided' }, today).map((p) => p.path)).toEqual(['body/reaskDate']);
    expect(ipInformationProblems({ informedOn: '2026-03-09', answer: 'undecided', reaskDate: '2026-03-10' }, today)[0]!.detail).toBe('Datoen for å spørre igjen må være etter i dag');
    expect(ipInformationProblems({ informedOn: '2026-03-09', answer: 'undecided', reaskDate: '2026-04-10' }, today)).toEqual([]);
  });
  it('refuses information dated in the future', () => {
    expect(ipInformationProblems({ informedOn: '2026-03-11', answer: 'wants-ip' }, today)).toEqual([{ path: 'body/informedOn', detail: 'Datoen er i fremtiden' }]);
  });
});

describe('ipInformedCheck (HOL § 7-1, pbrl. § 2-5)', () => {
  it('applies to two or more services or pathway 3, and is met when informed', () => {
    expect(ipInformedCheck({ informed: false, pathway: 3, activeUnits: 1 })).toMatchObject({ met: false, source: planSources.ipRight });
    expect(ipInformedCheck({ informed: false, pathway: null, activeUnits: 2 }).met).toBe(false);
    expect(ipInformedCheck({ informed: true, pathway: 3, activeUnits: 4 }).met).toBe(true);
  });
  it('does not apply to one service outside pathway 3', () => {
    expect(ipInformedCheck({ informed: false, pathway: 1, activeUnits: 1 }).met).toBeNull();
  });
});

describe('planProblems (an IP is visibly incomplete)', () => {
  const complete: PlanFacts = { status: 'active', activeGoals: 2, participants: 3, hasCoordinator: true, nextReviewDate: '2026-06-01' };
  it('has no problems when it has goals, participants, a coordinator and is within review', () => {
    expect(planProblems(complete, '2026-06-01')).toEqual([]);
  });
  it('names every missing part', () => {
    expect(planProblems({ ...complete, activeGoals: 0, participants: 0, hasCoordinator: false }, '2026-03-10').map((p) => p.id)).toEqual(['no-goals', 'no-participants', 'no-coordinator']);
  });
  it('flags a review date that has passed, with its source', () => {
    expect(planProblems(complete, '2026-06-02')).toEqual([{ id: 'review-overdue', detail: 'Planen skulle vært revidert innen 2026-06-01.', source: planSources.review }]);
  });
  it('does not flag review for a paused plan, nor anything for a closed one', () => {
    expect(planProblems({ ...complete, status: 'paused' }, '2026-07-01')).toEqual([]);
    expect(planProblems({ ...complete, status: 'closed', activeGoals: 0 }, '2026-07-01')).toEqual([]);
  });
});

describe('statusChangeProblem', () => {
  it('needs a reason to close, and a closed plan stays closed', () => {
    expect(statusChangeProblem('active', 'closed', null)).toEqual({ path: 'body/statusNote', detail: 'Begrunn hvorfor planen avsluttes' });
    expect(statusChangeProblem('active', 'closed', 'Personen flytter')).toBeNull();
    expect(statusChangeProblem('closed', 'active', 'x')?.path).toBe('body/status');
    expect(statusChangeProblem('active', 'paused', null)).toBeNull();
  });
});

describe('measureProblems', () => {
  it('requires exactly one of unit or partner, a responsible person, and a deadline not before the start', () => {
    expect(measureProblems({ startDate: '2026-03-10', deadline: '2026-04-10', responsibleUnitId: 'u', responsibleUserId: 'x' })).toEqual([]);
    expect(measureProblems({ startDate: '2026-03-10', deadline: '2026-03-01', responsibleUnitId: 'u', responsiblePartnerId: 'p' }).map((p) => p.path)).toEqual(['body/responsibleUnitId', 'body/responsibleUserId', 'body/deadline']);
  });
});

describe('ownPartProblem (nobody plans on behalf of another agency)', () => {
  const ola = { userId: 'ola', unitIds: ['phr'], roles: ['service-provider'] };
  it('lets a unit plan its own measures', () => {
    expect(ownPartProblem(ola, 'siri', 'phr')).toBeNull();
  });
  it('refuses a measure for another unit or a partner', () => {
    expect(ownPartProblem(ola, 'siri', 'nav')).toMatch(/enhet du er medlem av/);
    expect(ownPartProblem(ola, 'siri', null)).not.toBeNull();
  });
  it('lets the coordinator and KE record what others agreed to', () => {
    expect(ownPartProblem({ ...ola, userId: 'siri' }, 'siri', 'nav')).toBeNull();
    expect(ownPartProblem({ userId: 'kjell', unitIds: ['ke'], roles: ['ke'] }, 'siri', null)).toBeNull();
  });
});

describe('changedFields (who changed what)', () => {
  const base: PlanSnapshot = {
    status: 'active', statusNote: null, reviewIntervalDays: 90, nextReviewDate: '2026-06-01',
    goals: [{ id: 'g1', text: 'Beholde leiligheten', status: 'active' }],
    measures: [],
    participants: [{ id: 'p1', kind: 'person', name: 'Per', role: 'Personen selv', userId: null, consentWithdrawnAt: null }],
  };
  it('marks the first version as created', () => {
    expect(changedFields(null, base)).toEqual(['opprettet']);
  });
  it('lists scalar changes, added items, changed item fields and removed items', () => {
    const next: PlanSnapshot = {
      ...base,
      nextReviewDate: '2026-07-01',
      goals: [{ id: 'g1', text: 'Beholde leiligheten min', status: 'active' }, { id: 'g2', text: 'Ny jobb', status: 'active' }],
      participants: [],
    };
    expect(changedFields(base, next)).toEqual(['nextReviewDate', 'goals.g1.text', 'goals.g2 (ny)', 'participants.p1 (fjernet)']);
  });
  it('finds nothing between equal snapshots', () => {
    expect(changedFields(base, structuredClone(base))).toEqual([]);
  });
});
