// Pure rules for specialist services: referral assessment deadlines, the admission notice and the
// utskrivningsklar message with the municipality's payment days, and the discharge (meeting, services).
import { addWorkingDays, localDateAt, type LocalDate } from '../../platform/calendar/index.js';

import type { CheckResult, FactCheck as Check } from '../compliance/types.js';
import { checkSource, cite } from '../../platform/law/index.js';

/** The specialist service assesses a referral within 10 working days (pasient- og brukerrettighetsloven § 2-2). */
export const referralAssessmentWorkingDays = 10;

export function referralDueDate(referredOn: string): LocalDate {
  return addWorkingDays(referredOn as LocalDate, referralAssessmentWorkingDays);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400_000);
}

/**
 * Days the municipality pays for a patient ready for discharge: from the day after the utskrivningsklar
 * message until the day of discharge (or today while still in hospital). Forskrift om kommunal betaling
 * for utskrivningsklare pasienter § 11 (as a simplification: the municipality is taken not to have
 * been able to receive the patient while they stay).
 */
export function paymentDays(readyOn: string, dischargedOn: string | null, today: string): number {
  return Math.max(0, daysBetween(readyOn, dischargedOn ?? today) - (dischargedOn ? 1 : 0));
}

export interface SpecialistFacts {
  referrals: { id: string; level: 'dps' | 'tsb' | 'fact' | 'municipal'; referredAt: Date; outcome: 'pending' | 'accepted' | 'rejected'; outcomeReason: string | null }[];
  admissions: { id: string; admittedAt: Date; plannedDischargeOn: string | null; dischargeMeetingAt: Date | null; dischargedAt: Date | null; servicesInPlace: string[]; messages: { kind: string; receivedAt: Date }[] }[];
}

const specialistLevels = ['dps', 'tsb', 'fact'];

export const referralAssessedCheck: Check<SpecialistFacts> = {
  id: 'referral-assessed-in-time',
  text: 'Henvisninger til DPS, TSB og FACT har utfall (med begrunnelse ved avslag) innen 10 virkedager',
  source: checkSource('pbrl', '§ 2-2', '(vurdering av henvisning innen 10 virkedager)'),
  evaluate(f, today) {
    const relevant = f.referrals.filter((r) => specialistLevels.includes(r.level));
    if (!relevant.length) return { status: 'not-applicable', detail: 'Ingen henvisninger til spesialisthelsetjenesten.', evidence: [] };
    const evidence = relevant.map((r) => ({ record: 'referrals', id: r.id, field: 'outcome' }));
    const late = relevant.filter((r) => r.outcome === 'pending' && referralDueDate(localDateAt(r.referredAt)) < today);
    const unexplained = relevant.filter((r) => r.outcome === 'rejected' && !r.outcomeReason);
    const failing = late.length + unexplained.length;
    if (!failing) return { status: 'met', detail: 'Alle henvisninger har utfall i tide eller er innenfor fristen.', evidence };
    const parts = [...(late.length ? [`${late.length} uten utfall etter fristen på 10 virkedager`] : []), ...(unexplained.length ? [`${unexplained.length} avslag uten begrunnelse`] : [])];
    return { status: failing >= relevant.length ? 'not-met' : 'partly', detail: `${parts.join(', ')}.`, evidence };
  },
};

export const admissionNoticeCheck: Check<SpecialistFacts> = {
  id: 'admission-notice-with-planned-discharge',
  text: 'Ved innleggelse er det mottatt melding innen 24 timer, og antatt utskrivningsdato er registrert',
  source: checkSource('forskrift-utskrivningsklare', '§ 8', '(varsel om innlagt pasient)'),
  evaluate(f) {
    if (!f.admissions.length) return { status: 'not-applicable', detail: 'Ingen innleggelser registrert.', evidence: [] };
    const evidence = f.admissions.map((a) => ({ record: 'admissions', id: a.id, field: 'planned_discharge_on' }));
    const failing = f.admissions.filter((a) => !a.plannedDischargeOn || !a.messages.some((m) => m.kind === 'admission-notice' && m.receivedAt.getTime() - a.admittedAt.getTime() <= 24 * 3600_000));
    if (!failing.length) return { status: 'met', detail: 'Alle innleggelser har varsel innen 24 timer og antatt utskrivningsdato.', evidence };
    return { status: failing.length === f.admissions.length ? 'not-met' : 'partly', detail: `${failing.length} av ${f.admissions.length} innleggelser mangler varsel innen 24 timer eller antatt utskrivningsdato.`, evidence };
  },
};

export const dischargeCheck: Check<SpecialistFacts> = {
  id: 'discharge-prepared',
  text: 'Utskrivningsklar pasient: utskrivningsmøte er holdt og tjenester er på plass ved utskrivning, uten døgn med kommunal betaling',
  source: checkSource('forskrift-utskrivningsklare', ['§ 9', '§ 10', '§ 11'], `; ${cite('hol', '§ 11-4')}`),
  evaluate(f, today) {
    const ready = f.admissions.flatMap((a) => {
      const message = a.messages.filter((m) => m.kind === 'ready-for-discharge').sort((x, y) => x.receivedAt.getTime() - y.receivedAt.getTime())[0];
      return message ? [{ a, readyOn: localDateAt(message.receivedAt) }] : [];
    });
    if (!ready.length) return { status: 'not-applicable', detail: 'Ingen melding om utskrivningsklar pasient.', evidence: [] };
    const evidence = ready.map(({ a }) => ({ record: 'admissions', id: a.id, field: 'discharged_at' }));
    const problems: string[] = [];
    for (const { a, readyOn } of ready) {
      const days = paymentDays(readyOn, a.dischargedAt ? localDateAt(a.dischargedAt) : null, today);
      if (days > 0) problems.push(`${days} døgn med kommunal betaling etter utskrivningsklar ${readyOn}`);
      if (a.dischargedAt && !a.dischargeMeetingAt) problems.push('utskrevet uten utskrivningsmøte');
      if (a.dischargedAt && !a.servicesInPlace.length) problems.push('utskrevet uten registrerte tjenester på plass');
    }
    if (!problems.length) return { status: 'met', detail: 'Utskrivningen er forberedt, uten døgn med kommunal betaling.', evidence };
    return { status: ready.every(({ a }) => !a.dischargedAt || !a.dischargeMeetingAt) ? 'not-met' : 'partly', detail: `${problems.join('; ')}.`, evidence };
  },
};

export const checks = [referralAssessedCheck, admissionNoticeCheck, dischargeCheck];
