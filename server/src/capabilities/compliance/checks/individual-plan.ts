// Individual plan (IP): informed of the right, work started when wanted, content, reviewed on time.
import { ipInformedCheck, planProblems } from '../../plans/index.js';
import type { CaseSnapshot, CheckDefinition } from '../types.js';
import { na, norwegianDate } from './util.js';
import { addDays, type LocalDate } from '../../../platform/calendar/index.js';
import { checkSource, cite } from '../../../platform/law/index.js';

const hol71 = checkSource('hol', '§ 7-1', `; ${cite('pbrl', '§ 2-5')}`);
const latestAnswer = (s: CaseSnapshot) => s.ipInformation.at(-1) ?? null;
const openPlan = (s: CaseSnapshot) => s.plans.find((p) => p.status !== 'closed') ?? null;

export const informedOfIpRight: CheckDefinition = {
  id: 'ip-informed',
  theme: 'individual-plan',
  text: 'Personer med behov for langvarige og koordinerte tjenester skal informeres om retten til individuell plan, og informasjonen skal dokumenteres.',
  source: hol71,
  appliesTo: 'Personer i hovedforløp 3 eller med tjenester fra to eller flere enheter',
  rule: 'Oppfylt: informasjonen er dokumentert med personens svar. Ikke oppfylt: personen har slike behov, men informasjonen er ikke dokumentert. Ikke aktuelt: ikke vurdert som behov for langvarige og koordinerte tjenester.',
  evaluate(s) {
    const info = latestAnswer(s);
    // Wraps plans/rules.ts ipInformedCheck (sampling rule: pathway 3 or two services).
    const c = ipInformedCheck({ informed: Boolean(info), pathway: s.pathway, activeUnits: s.activeUnits.length });
    if (c.met === null) return na(c.detail);
    if (c.met && info) return { status: 'met', detail: `${c.detail} (${norwegianDate(info.informedOn)})`, evidence: [{ record: 'ip_information', id: info.id, field: 'answer' }] };
    return { status: 'not-met', detail: c.detail, evidence: [{ record: 'ip_information', id: s.personId, field: 'person_id' }], responsible: { unitId: s.activeUnits[0]?.unitId ?? null } };
  },
};

/** Days to start the work after an IP is granted or a need is documented (the KE deadline, as for a message). */
const startDays = 14;

export const ipWorkStarted: CheckDefinition = {
  id: 'ip-work-started',
  theme: 'individual-plan',
  text: 'Når personen ønsker individuell plan, eller plan er innvilget eller behovet dokumentert, skal arbeidet med planen startes (kommunens frist: 14 dager etter melding til koordinerende enhet).',
  source: checkSource('forskrift-ip', 'igangsetting', `; ${cite('hol', '§ 7-1')}`),
  appliesTo: 'Personer som har svart at de ønsker individuell plan, eller der journal, tjenestekort eller vedtak sier at IP er innvilget eller at personen trenger IP (uten at personen har takket nei)',
  rule: 'Oppfylt: en plan med deltakere er opprettet. Delvis: koordinerende enhet har startet arbeidet, eller planen er opprettet uten deltakere. Ikke oppfylt: fristen (14 dager) er passert uten at arbeidet er startet. Ikke aktuelt: personen ønsker ikke plan og ingen påstand om innvilget eller nødvendig IP, eller fristen er ikke passert.',
  evaluate(s, today) {
    const info = latestAnswer(s);
    // A documented grant of or need for IP starts the duty too, unless the person has declined.
    const claim = info?.answer === 'declines' ? undefined : s.recordClaims.find((c) => c.kind === 'ip-granted' || c.kind === 'ip-needed');
    if (info?.answer !== 'wants-ip' && !claim) return na('Personen har ikke sagt ja til individuell plan.');
    const plan = s.plans[0];
    if (plan && plan.participants === 0) return { status: 'partly', detail: 'Individuell plan er opprettet, men har ingen deltakere: arbeidet med planen er ikke reelt startet.', evidence: [{ record: 'plan_participants', id: plan.id, field: 'plan_id' }], responsible: { unitId: s.coordinator?.unitId ?? null, userId: plan.updatedBy } };
    if (plan) return { status: 'met', detail: 'Individuell plan er opprettet.', evidence: [{ record: 'individual_plans', id: plan.id, field: 'created_at' }] };
    const message = s.ipMessages.filter((m) => m.kind === 'ip').at(-1);
    if (message?.status === 'started') return { status: 'partly', detail: 'Koordinerende enhet har startet arbeidet, men planen er ikke opprettet.', evidence: [{ record: 'ip_messages', id: message.id, field: 'status' }], responsible: { unitId: message.keUnitId } };
    const due = message?.dueDate ?? (claim && info?.answer !== 'wants-ip' ? addDays(claim.statedOn as LocalDate, startDays) : null);
    if (due && due >= today) return na(`Fristen for å starte arbeidet med planen er ${norwegianDate(due)}.`);
    const claimText = claim?.kind === 'ip-granted' ? 'Individuell plan er innvilget' : 'Behovet for individuell plan er dokumentert';
    return {
      status: 'not-met',
      detail: message ? `Arbeidet med individuell plan skulle vært startet innen ${norwegianDate(due!)}.` : info?.answer === 'wants-ip' ? 'Personen ønsker individuell plan, men ingen melding er sendt til koordinerende enhet.' : `${claimText} (${norwegianDate(claim!.statedOn)}), men arbeidet med planen er ikke startet.`,
      evidence: message ? [{ record: 'ip_messages', id: message.id, field: 'due_date' }] : info?.answer === 'wants-ip' ? [{ record: 'ip_information', id: info.id, field: 'answer' }] : [{ record: 'record_claims', id: claim!.id, field: 'kind' }],
      responsible: { unitId: message?.keUnitId ?? info?.unitId ?? s.activeUnits[0]?.unitId ?? null },
    };
  },
};

export const ipContent: CheckDefinition = {
  id: 'ip-content',
  theme: 'individual-plan',
  text: 'En individuell plan skal ha deltakere, mål i personens egne ord, tiltak med ansvarlig og en koordinator.',
  source: checkSource('forskrift-ip', 'planens innhold', `; ${cite('asker-2026', 'pkt. 5.4.1–5.4.2')}`),
  appliesTo: 'Hver aktiv eller pauset individuell plan',
  rule: 'Oppfylt: mål, deltakere, tiltak med ansvarlig og koordinator. Delvis: mål og deltakere finnes, men tiltak, ansvarlige eller koordinator mangler. Ikke oppfylt: planen mangler mål eller deltakere. Ikke aktuelt: ingen åpen plan.',
  evaluate(s, today) {
    const plan = openPlan(s);
    if (!plan) return na('Personen har ingen åpen individuell plan.');
    const problems = planProblems({ status: plan.status, activeGoals: plan.activeGoals, participants: plan.participants, hasCoordinator: Boolean(s.coordinator), nextReviewDate: plan.nextReviewDate }, today).filter((p) => p.id !== 'review-overdue');
    const details = problems.map((p) => p.detail);
    if (plan.measures === 0) details.push('Planen har ingen tiltak.');
    if (plan.measuresWithoutOwner.length) details.push(`${plan.measuresWithoutOwner.length} tiltak mangler ansvarlig person.`);
    const evidence = [
      ...problems.map((p) => ({ record: 'individual_plans', id: plan.id, field: { 'no-goals': 'plan_goals', 'no-participants': 'plan_participants', 'no-coordinator': 'coordinator_assignments', 'review-overdue': 'next_review_date' }[p.id] })),
      ...plan.measuresWithoutOwner.map((id) => ({ record: 'plan_measures', id, field: 'responsible_user_id' })),
      ...(plan.measures === 0 ? [{ record: 'individual_plans', id: plan.id, field: 'plan_measures' }] : []),
    ];
    const responsible = { unitId: s.coordinator?.unitId ?? null, userId: s.coordinator?.userId ?? plan.updatedBy };
    if (problems.some((p) => p.id === 'no-goals' || p.id === 'no-participants')) return { status: 'not-met', detail: details.join(' '), evidence, responsible };
    if (details.length) return { status: 'partly', detail: details.join(' '), evidence, responsible };
    return { status: 'met', detail: 'Planen har mål, deltakere, tiltak med ansvarlig og koordinator.', evidence: [{ record: 'individual_plans', id: plan.id, field: 'plan_goals' }, { record: 'individual_plans', id: plan.id, field: 'plan_participants' }] };
  },
};

export const ipReviewedOnTime: CheckDefinition = {
  id: 'ip-reviewed-on-time',
  theme: 'individual-plan',
  text: 'En aktiv individuell plan skal revideres innen neste revisjonsdato.',
  source: checkSource('forskrift-ip', 'oppdatering', `; ${cite('asker-2026', 'tabell 8 note 90')}`),
  appliesTo: 'Hver aktiv individuell plan',
  rule: 'Oppfylt: revisjonsdatoen er ikke passert. Ikke oppfylt: revisjonsdatoen er passert. Ikke aktuelt: ingen aktiv plan.',
  evaluate(s, today) {
    const plan = s.plans.find((p) => p.status === 'active');
    if (!plan) return na('Personen har ingen aktiv individuell plan.');
    const overdue = planProblems({ status: plan.status, activeGoals: 1, participants: 1, hasCoordinator: true, nextReviewDate: plan.nextReviewDate }, today).find((p) => p.id === 'review-overdue');
    const evidence = [{ record: 'individual_plans', id: plan.id, field: 'next_review_date' }];
    if (overdue) return { status: 'not-met', detail: overdue.detail, evidence, responsible: { unitId: s.coordinator?.unitId ?? null, userId: s.coordinator?.userId ?? plan.updatedBy } };
    return { status: 'met', detail: `Planen skal revideres innen ${norwegianDate(plan.nextReviewDate)}.`, evidence };
  },
};

