import { describe, expect, it } from 'vitest';
import { admissionNoticeCheck, checks, dischargeCheck, paymentDays, referralAssessedCheck, referralDueDate, type SpecialistFacts } from './rules.js';

const today = '2026-03-20';
const facts = (over: Partial<SpecialistFacts> = {}): SpecialistFacts => ({ referrals: [], admissions: [], ...over });
const admission = (over: Partial<SpecialistFacts['admissions'][number]> = {}): SpecialistFacts['admissions'][number] => ({
  id: 'a1',
  admittedAt: new Date('2026-03-01T10:00:00Z'),
  plannedDischargeOn: '2026-03-15',
  dischargeMeetingAt: null,
  dischargedAt: null,
  servicesInPlace: [],
  messages: [{ kind: 'admission-notice', receivedAt: new Date('2026-03-01T20:00:00Z') }],
  ...over,
});

describe('specialist rules', () => {
  it('a referral is due 10 working days later (skipping Easter 2026: 2, 3 and 6 April)', () => {
    expect(referralDueDate('2026-03-02')).toBe('2026-03-16');
    expect(referralDueDate('2026-03-30')).toBe('2026-04-16');
  });

  it('referrals: not met when pending past the deadline or rejected without reason', () => {
    const pending = { id: 'r', level: 'dps' as const, referredAt: new Date('2026-03-02T09:00:00Z'), outcome: 'pending' as const, outcomeReason: null };
    expect(referralAssessedCheck.evaluate(facts({ referrals: [pending] }), today)).toMatchObject({ status: 'not-met', detail: '1 uten utfall etter fristen på 10 virkedager.' });
    expect(referralAssessedCheck.evaluate(facts({ referrals: [pending] }), '2026-03-16').status).toBe('met');
    expect(referralAssessedCheck.evaluate(facts({ referrals: [{ ...pending, outcome: 'rejected', outcomeReason: 'Ikke rett til helsehjelp' }] }), today).status).toBe('met');
    expect(referralAssessedCheck.evaluate(facts({ referrals: [{ ...pending, level: 'municipal' }] }), today).status).toBe('not-applicable');
  });

  it('admission notice within 24 hours and a planned discharge date', () => {
    expect(admissionNoticeCheck.evaluate(facts({ admissions: [admission()] }), today).status).toBe('met');
    expect(admissionNoticeCheck.evaluate(facts({ admissions: [admission({ plannedDischargeOn: null })] }), today).status).toBe('not-met');
    expect(admissionNoticeCheck.evaluate(facts({ admissions: [admission({ messages: [{ kind: 'admission-notice', receivedAt: new Date('2026-03-03T10:00:00Z') }] })] }), today).status).toBe('not-met');
  });

  it('counts payment days from the day after the utskrivningsklar message', () => {
    expect(paymentDays('2026-03-15', '2026-03-15', today)).toBe(0);
    expect(paymentDays('2026-03-15', '2026-03-16', today)).toBe(0);
    expect(paymentDays('2026-03-15', '2026-03-18', today)).toBe(2);
    expect(paymentDays('2026-03-15', null, today)).toBe(5);
  });

  it('discharge: met with meeting and services on the day; not met while the patient waits', () => {
    const ready = { kind: 'ready-for-discharge', receivedAt: new Date('2026-03-15T08:00:00Z') };
    const done = admission({ messages: [ready], dischargeMeetingAt: new Date('2026-03-14T12:00:00Z'), dischargedAt: new Date('2026-03-15T14:00:00Z'), servicesInPlace: ['home-nursing', 'coordinator'] });
    expect(dischargeCheck.evaluate(facts({ admissions: [done] }), today).status).toBe('met');
    expect(dischargeCheck.evaluate(facts({ admissions: [admission({ messages: [ready] })] }), today)).toMatchObject({ status: 'not-met', detail: '5 døgn med kommunal betaling etter utskrivningsklar 2026-03-15.' });
    expect(dischargeCheck.evaluate(facts({ admissions: [{ ...done, servicesInPlace: [], dischargeMeetingAt: null }] }), today).status).toBe('not-met');
    expect(dischargeCheck.evaluate(facts({ admissions: [admission()] }), today).status).toBe('not-applicable');
    expect(checks.map((c) => c.source.law)).toContain('Forskrift om kommunal betaling for utskrivningsklare pasienter');
  });
});
