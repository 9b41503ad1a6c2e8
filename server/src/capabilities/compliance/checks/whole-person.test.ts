// The whole-person rules through the catalogue path: each registered check says met and not met on
// snapshot facts (pure, no database), and every check a capability exports is wired into the catalogue.
import { describe, expect, it } from 'vitest';
import { catalogue } from './registry.js';
import { wholePersonChecks, wholePersonSourceChecks } from './whole-person.js';
import { snapshot, wholePerson } from './fixture.js';
import { evaluateSnapshot } from '../evaluate.js';
import type { WholePersonFacts } from '../types.js';

const today = '2026-06-01';
const at = (iso: string) => new Date(iso);
const relative = (parts: Partial<WholePersonFacts['relatives']['relatives'][number]> = {}) => ({ id: 'r1', name: 'Kari', isChild: false, birthDate: null, consentStatus: 'given' as const, needsAssessments: [], childFollowUps: [], ...parts });
const child = (kind: 'clarification' | 'information' | 'follow-up' | null) => relative({ id: 'c1', name: 'Ola', isChild: true, childFollowUps: kind ? [{ id: 'f1', kind, occurredOn: '2026-05-01', byChildResponsible: true }] : [] });
const flag = { id: 'rf1', kind: 'violence', level: 'yellow' as const, safetyMeasure: 'To på besøk' as string | null, ownerId: 'u1' as string | null, reviewDate: '2026-07-01' as string | null };
const admission = { id: 'a1', admittedAt: at('2026-05-01T10:00:00Z'), plannedDischargeOn: '2026-05-20' as string | null, dischargeMeetingAt: null as Date | null, dischargedAt: null as Date | null, servicesInPlace: [] as string[], messages: [] as { kind: string; receivedAt: Date }[] };

/** For each new check: facts that meet it and facts that do not. */
const cases: Record<string, [Partial<WholePersonFacts>, Partial<WholePersonFacts>]> = {
  'housing.temporary-stay-limit': [
    { housing: { currentStatus: 'temporary', stays: [{ id: 's1', startDate: '2026-05-01', endDate: null, exceptionReason: null }], evictions: [], plans: [] } },
    { housing: { currentStatus: 'temporary', stays: [{ id: 's1', startDate: '2026-01-15', endDate: null, exceptionReason: null }], evictions: [], plans: [] } },
  ],
  'housing.eviction-risk-follow-up': [
    { housing: { currentStatus: null, stays: [], evictions: [{ id: 'e1', kind: 'risk', occurredOn: '2026-05-01', resolvedOn: null }], plans: [{ id: 'p1', startDate: '2026-05-02', endDate: null, visitIntervalDays: 14, lastVisitOn: '2026-05-25' }] } },
    { housing: { currentStatus: null, stays: [], evictions: [{ id: 'e1', kind: 'risk', occurredOn: '2026-05-01', resolvedOn: null }], plans: [] } },
  ],
  'housing.home-follow-up-visits': [
    { housing: { currentStatus: null, stays: [], evictions: [], plans: [{ id: 'p1', startDate: '2026-03-01', endDate: null, visitIntervalDays: 14, lastVisitOn: '2026-05-25' }] } },
    { housing: { currentStatus: null, stays: [], evictions: [], plans: [{ id: 'p1', startDate: '2026-03-01', endDate: null, visitIntervalDays: 14, lastVisitOn: '2026-04-01' }] } },
  ],
  'somatic.checks-up-to-date': [
    { somaticFollowedUp: true, somatic: { personId: 'x', items: [{ kind: 'blood-tests', indicated: true, intervalMonths: 12, lastDoneOn: '2026-01-01' }], dental: [], gpAppointments: [], healthContacts: [] } },
    { somaticFollowedUp: true, somatic: { personId: 'x', items: [{ kind: 'blood-tests', indicated: true, intervalMonths: 12, lastDoneOn: null }], dental: [], gpAppointments: [], healthContacts: [] } },
  ],
  'somatic.county-dental-offer': [
    { somaticFollowedUp: true, somatic: { personId: 'x', items: [], dental: [{ id: 'd1', doneOn: '2026-03-01', countyDentalOffer: 'informed' }], gpAppointments: [], healthContacts: [] } },
    { somaticFollowedUp: true },
  ],
  'somatic.missed-gp-followed-up': [
    { somatic: { personId: 'x', items: [], dental: [], gpAppointments: [{ id: 'g1', date: '2026-05-01', status: 'missed', followedUp: true }], healthContacts: [] } },
    { somatic: { personId: 'x', items: [], dental: [], gpAppointments: [{ id: 'g1', date: '2026-05-01', status: 'missed', followedUp: false }], healthContacts: [] } },
  ],
  'somatic.gp-summary-acknowledged': [
    { somatic: { personId: 'x', items: [], dental: [], gpAppointments: [], healthContacts: [{ id: 'h1', sentAt: '2026-05-30', acknowledgedAt: null }] } },
    { somatic: { personId: 'x', items: [], dental: [], gpAppointments: [], healthContacts: [{ id: 'h1', sentAt: '2026-05-01', acknowledgedAt: null }] } },
  ],
  'nav.guidance-decided-individually': [
    { nav: { personId: 'x', servedByNav: true, contact: null, guidance: [{ id: 'n1', requestedOn: '2026-05-20', decision: 'pending', assessment: null, reason: null }] } },
    { nav: { personId: 'x', servedByNav: true, contact: null, guidance: [{ id: 'n1', requestedOn: '2026-01-20', decision: 'pending', assessment: null, reason: null }] } },
  ],
  'nav.fixed-contact-person': [
    { nav: { personId: 'x', servedByNav: true, contact: { id: 'nc1', userId: 'u1' }, guidance: [] } },
    { nav: { personId: 'x', servedByNav: true, contact: null, guidance: [] } },
  ],
  'relatives-consent-recorded': [
    { relatives: { relatives: [relative()], firstContact: null, servingUnits: [] } },
    { relatives: { relatives: [relative({ consentStatus: 'not-asked' })], firstContact: null, servingUnits: [] } },
  ],
  'relatives-own-needs-assessed': [
    { relatives: { relatives: [relative({ needsAssessments: [{ id: 'na1', assessedOn: '2026-01-01', nextAssessmentOn: null }] })], firstContact: null, servingUnits: [] } },
    { relatives: { relatives: [relative()], firstContact: null, servingUnits: [] } },
  ],
  'children-situation-clarified': [
    { relatives: { relatives: [child('clarification')], firstContact: null, servingUnits: [] } },
    { relatives: { relatives: [], firstContact: { id: 'k1', hasRelatives: true, childrenOrMinorSiblingsAffected: true }, servingUnits: [] } },
  ],
  'children-information-given': [{ relatives: { relatives: [child('information')], firstContact: null, servingUnits: [] } }, { relatives: { relatives: [child(null)], firstContact: null, servingUnits: [] } }],
  'children-followed-up-by-barneansvarlig': [{ relatives: { relatives: [child('follow-up')], firstContact: null, servingUnits: [] } }, { relatives: { relatives: [child(null)], firstContact: null, servingUnits: [] } }],
  'child-responsible-staff-in-place': [
    { relatives: { relatives: [], firstContact: null, servingUnits: [{ id: 'u1', name: 'Psykisk helse og rus', needsChildResponsible: true, childResponsibleName: 'Siri' }] } },
    { relatives: { relatives: [], firstContact: null, servingUnits: [{ id: 'u1', name: 'Psykisk helse og rus', needsChildResponsible: true, childResponsibleName: null }] } },
  ],
  'risk-flag-owner-and-review': [{ risk: { flags: [flag], assessments: [], suicideScreeningOn: null } }, { risk: { flags: [{ ...flag, reviewDate: '2026-05-01' }], assessments: [], suicideScreeningOn: null } }],
  'risk-flag-safety-measure': [{ risk: { flags: [flag], assessments: [], suicideScreeningOn: null } }, { risk: { flags: [{ ...flag, safetyMeasure: null }], assessments: [], suicideScreeningOn: null } }],
  'suicide-screening-followed-by-assessment': [
    { risk: { flags: [], assessments: [{ id: 'ra1', kind: 'suicide', assessedOn: '2026-05-02' }], suicideScreeningOn: '2026-05-01' } },
    { risk: { flags: [], assessments: [], suicideScreeningOn: '2026-05-01' } },
  ],
  'referral-assessed-in-time': [
    { specialist: { referrals: [{ id: 'rf1', level: 'dps', referredAt: at('2026-05-28T10:00:00Z'), outcome: 'pending', outcomeReason: null }], admissions: [] } },
    { specialist: { referrals: [{ id: 'rf1', level: 'dps', referredAt: at('2026-04-01T10:00:00Z'), outcome: 'pending', outcomeReason: null }], admissions: [] } },
  ],
  'admission-notice-with-planned-discharge': [
    { specialist: { referrals: [], admissions: [{ ...admission, messages: [{ kind: 'admission-notice', receivedAt: at('2026-05-01T20:00:00Z') }] }] } },
    { specialist: { referrals: [], admissions: [admission] } },
  ],
  'discharge-prepared': [
    { specialist: { referrals: [], admissions: [{ ...admission, dischargeMeetingAt: at('2026-05-09T10:00:00Z'), dischargedAt: at('2026-05-10T13:00:00Z'), servicesInPlace: ['housing'], messages: [{ kind: 'ready-for-discharge', receivedAt: at('2026-05-10T08:00:00Z') }] }] } },
    { specialist: { referrals: [], admissions: [{ ...admission, messages: [{ kind: 'ready-for-discharge', receivedAt: at('2026-05-10T08:00:00Z') }] }] } },
  ],
  'meaningful-activity': [{ activities: { participations: [{ id: 'ap1', startedOn: '2026-01-01', endedOn: null }] } }, { activities: { participations: [] } }],
};

const statusOf = (id: string, facts: Partial<WholePersonFacts>) => evaluateSnapshot(snapshot({ wholePerson: wholePerson(facts) }), today).find((r) => r.checkId === id)!.status;

describe('whole-person checks in the catalogue', () => {
  it('registers every check the whole-person capabilities export, with its source', () => {
    const ids = new Set(catalogue.map((c) => c.id));
    for (const c of wholePersonSourceChecks) expect(ids.has(c.id), c.id).toBe(true);
    expect(wholePersonChecks.map((c) => c.id).sort()).toEqual(Object.keys(cases).sort());
    for (const c of wholePersonChecks) expect(c.source, c.id).toEqual(wholePersonSourceChecks.find((s) => s.id === c.id)!.source);
  });

  for (const [id, [met, notMet]] of Object.entries(cases)) {
    it(`${id}: met and not met through the catalogue`, () => {
      expect(statusOf(id, met)).toBe('met');
      expect(statusOf(id, notMet)).toBe('not-met');
    });
  }

  it('leaves somatic and activity checks not applicable for persons outside follow-up or without services', () => {
    expect(statusOf('somatic.county-dental-offer', { somaticFollowedUp: false })).toBe('not-applicable');
    expect(evaluateSnapshot(snapshot({ activeUnits: [] }), today).find((r) => r.checkId === 'meaningful-activity')!.status).toBe('not-applicable');
  });
});
