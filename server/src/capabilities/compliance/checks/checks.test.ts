import { describe, expect, it } from 'vitest';
import { catalogue, checksById } from './registry.js';
import { kartlegging, plan, snapshot, unitA, userA, vedtak } from './fixture.js';
import type { CaseSnapshot } from '../types.js';

const today = '2026-06-15';
const run = (id: string, s: CaseSnapshot, day = today) => checksById.get(id)!.evaluate(s, day);

describe('the catalogue', () => {
  it('has unique stable ids, Norwegian text, a source with law and section, and a rule for every check', () => {
    expect(new Set(catalogue.map((c) => c.id)).size).toBe(catalogue.length);
    expect(catalogue.length).toBeGreaterThanOrEqual(22);
    for (const c of catalogue) {
      expect(c.text.length, c.id).toBeGreaterThan(20);
      expect(c.source.law.length, c.id).toBeGreaterThan(5);
      expect(c.source.section.length, c.id).toBeGreaterThan(1);
      expect(c.rule, c.id).toMatch(/Oppfylt:/);
      expect(c.appliesTo.length, c.id).toBeGreaterThan(5);
    }
  });

  it('says «not applicable» for every check on an empty case', () => {
    for (const c of catalogue) expect(c.evaluate(snapshot({ activeUnits: [] }), today).status, c.id).toBe('not-applicable');
  });
});

describe('first-contact-3-working-days', () => {
  const h = { id: 'h1', unitId: unitA, receivedOn: '2026-06-01', firstContactDue: '2026-06-04', firstContactOn: null as string | null, closed: false };
  it('is met when first contact came by the deadline', () => {
    expect(run('first-contact-3-working-days', snapshot({ henvendelser: [{ ...h, firstContactOn: '2026-06-03' }] }))).toMatchObject({ status: 'met', evidence: [{ record: 'henvendelser', id: 'h1', field: 'first_contact_at' }] });
  });
  it('is partly met when first contact came late', () => {
    expect(run('first-contact-3-working-days', snapshot({ henvendelser: [{ ...h, firstContactOn: '2026-06-08' }] }))).toMatchObject({ status: 'partly', detail: 'Første kontakt 08.06.2026, etter fristen 04.06.2026.' });
  });
  it('is not met when the deadline passed without contact, and names the unit', () => {
    expect(run('first-contact-3-working-days', snapshot({ henvendelser: [h] }))).toMatchObject({ status: 'not-met', responsible: { unitId: unitA }, evidence: [{ field: 'first_contact_due' }] });
  });
  it('is not applicable before the deadline', () => {
    expect(run('first-contact-3-working-days', snapshot({ henvendelser: [h] }), '2026-06-04').status).toBe('not-applicable');
  });
});

describe('assessment checks', () => {
  it('core domains: met, partly (reasoned gap), not met (unreasoned gap)', () => {
    expect(run('assessment-core-domains', snapshot({ kartlegginger: [kartlegging()] })).status).toBe('met');
    const gap = kartlegging({ domains: kartlegging().domains.filter((d) => d.domain !== 'housing') });
    expect(run('assessment-core-domains', snapshot({ kartlegginger: [{ ...gap, missingDomainsReason: 'Personen ville ikke snakke om bolig nå.' }] })).status).toBe('partly');
    expect(run('assessment-core-domains', snapshot({ kartlegginger: [gap] }))).toMatchObject({ status: 'not-met', detail: 'Ikke kartlagt: Bolig og boevne.' });
  });
  it('standardised tool: both areas met, one partly, none not met', () => {
    expect(run('assessment-standardised-tool', snapshot({ kartlegginger: [kartlegging()] })).status).toBe('met');
    expect(run('assessment-standardised-tool', snapshot({ kartlegginger: [kartlegging({ instruments: [{ id: 'i1', instrumentId: 'DUDIT', status: 'scored' }] })] })).status).toBe('partly');
    expect(run('assessment-standardised-tool', snapshot({ kartlegginger: [kartlegging({ instruments: [{ id: 'i1', instrumentId: 'DUDIT', status: 'cannot-score' }] })] })).status).toBe('not-met');
  });
  it('documented meeting: met, partly without the person\'s words, not met without a meeting', () => {
    expect(run('assessment-meeting-documented', snapshot({ kartlegginger: [kartlegging()] })).status).toBe('met');
    expect(run('assessment-meeting-documented', snapshot({ kartlegginger: [kartlegging({ whatMatters: ' ' })] })).status).toBe('partly');
    expect(run('assessment-meeting-documented', snapshot({ kartlegginger: [kartlegging({ meetingDate: null })] })).status).toBe('not-met');
  });
  it('re-offer: met by a newer assessment or a future date, not met when the date passed', () => {
    const declined = kartlegging({ id: 'kd', status: 'declined', occasion: '2026-03-01', reofferDate: '2026-05-01' });
    expect(run('assessment-reoffered', snapshot({ kartlegginger: [declined, kartlegging({ occasion: '2026-05-02' })] })).status).toBe('met');
    expect(run('assessment-reoffered', snapshot({ kartlegginger: [{ ...declined, reofferDate: '2026-07-01' }] })).status).toBe('met');
    expect(run('assessment-reoffered', snapshot({ kartlegginger: [declined] }))).toMatchObject({ status: 'not-met', detail: 'Nytt tilbud om kartlegging skulle vært gitt 01.05.2026.' });
  });
});

describe('vedtak checks', () => {
  const k = kartlegging();
  it('no decision without assessment: met, partly (assessment in progress), not met (none)', () => {
    expect(run('vedtak-requires-assessment', snapshot({ kartlegginger: [k], vedtak: [vedtak()] })).status).toBe('met');
    expect(run('vedtak-requires-assessment', snapshot({ kartlegginger: [{ ...k, status: 'in-progress' }], vedtak: [vedtak()] })).status).toBe('partly');
    expect(run('vedtak-requires-assessment', snapshot({ vedtak: [vedtak({ kartleggingId: null })] }))).toMatchObject({ status: 'not-met', evidence: [{ record: 'vedtak', id: 'v1', field: 'kartlegging_id' }] });
    expect(run('vedtak-requires-assessment', snapshot({ vedtak: [vedtak({ kartleggingId: null, status: 'draft' })] })).status).toBe('not-applicable');
  });
  it('no placeholders: finds «(sett dato)», «(navn på tjenestested)» and «(om tildeling IP)» with the field', () => {
    expect(run('vedtak-no-placeholders', snapshot({ vedtak: [vedtak()] })).status).toBe('met');
    const r = run('vedtak-no-placeholders', snapshot({ vedtak: [vedtak({ texts: { ...vedtak().texts, scope: 'Fra (sett dato) ved (navn på tjenestested).', reasoning: 'Se (om tildeling IP).' } })] }));
    expect(r).toMatchObject({ status: 'not-met', evidence: [{ field: 'scope' }, { field: 'reasoning' }] });
    expect(r.detail).toContain('«(navn på tjenestested)»');
    expect(r.detail).toContain('«(om tildeling IP)»');
  });
  it('evaluation planned: met, partly (responsible inactive), not applicable for two weeks or less', () => {
    expect(run('vedtak-evaluation-planned', snapshot({ vedtak: [vedtak()] })).status).toBe('met');
    expect(run('vedtak-evaluation-planned', snapshot({ vedtak: [vedtak({ evaluationResponsibleActive: false })] })).status).toBe('partly');
    expect(run('vedtak-evaluation-planned', snapshot({ vedtak: [vedtak({ evaluationDate: null })] })).status).toBe('not-met');
    expect(run('vedtak-evaluation-planned', snapshot({ vedtak: [vedtak({ endDate: '2026-02-10' })] })).status).toBe('not-applicable');
  });
  it('evaluated on time with the person: met, partly (late or without), not met (missed)', () => {
    const due = { evaluationDate: '2026-06-01' };
    expect(run('vedtak-evaluated-on-time', snapshot({ vedtak: [vedtak({ ...due, evaluation: { id: 'e1', evaluatedOn: '2026-05-30', personParticipated: true } })] })).status).toBe('met');
    expect(run('vedtak-evaluated-on-time', snapshot({ vedtak: [vedtak({ ...due, evaluation: { id: 'e1', evaluatedOn: '2026-06-03', personParticipated: false } })] }))).toMatchObject({ status: 'partly', detail: 'Vedtaket om Oppfølging fra psykisk helse- og rustjenesten: evaluert 03.06.2026, etter evalueringsdatoen 01.06.2026, og personen deltok ikke.' });
    expect(run('vedtak-evaluated-on-time', snapshot({ vedtak: [vedtak(due)] }))).toMatchObject({ status: 'not-met', responsible: { unitId: unitA, userId: userA } });
  });
});

describe('individual plan and coordinator checks', () => {
  const info = { id: 'ii', unitId: unitA, informedOn: '2026-03-01', informedBy: userA, answer: 'wants-ip' as const, reaskDate: null };
  it('informed of the right: met when recorded, not met for pathway 3 without it', () => {
    expect(run('ip-informed', snapshot({ pathway: 3, ipInformation: [info] })).status).toBe('met');
    expect(run('ip-informed', snapshot({ pathway: 3 })).status).toBe('not-met');
  });
  it('IP work started: met with a plan, partly when KE started, not met past the deadline', () => {
    const message = { id: 'm1', kind: 'ip' as const, status: 'open' as const, dueDate: '2026-03-15', keUnitId: 'ke', receivedOn: '2026-03-01' };
    expect(run('ip-work-started', snapshot({ ipInformation: [info], plans: [plan()] })).status).toBe('met');
    expect(run('ip-work-started', snapshot({ ipInformation: [info], ipMessages: [{ ...message, status: 'started' }] })).status).toBe('partly');
    expect(run('ip-work-started', snapshot({ ipInformation: [info], ipMessages: [message] }))).toMatchObject({ status: 'not-met', responsible: { unitId: 'ke' } });
  });
  it('IP content: met, partly (no coordinator), not met (no participants)', () => {
    const coordinator = { userId: userA, unitId: unitA, assignmentId: 'ca' };
    expect(run('ip-content', snapshot({ plans: [plan()], coordinator }), today).status).toBe('met');
    expect(run('ip-content', snapshot({ plans: [plan()] })).status).toBe('partly');
    expect(run('ip-content', snapshot({ plans: [plan({ participants: 0 })], coordinator })).status).toBe('not-met');
  });
  it('IP reviewed on time: met before the date, not met after', () => {
    expect(run('ip-reviewed-on-time', snapshot({ plans: [plan()] })).status).toBe('met');
    expect(run('ip-reviewed-on-time', snapshot({ plans: [plan({ nextReviewDate: '2026-06-01' })] })).status).toBe('not-met');
  });
  it('coordinator appointed or offered', () => {
    expect(run('coordinator-appointed-or-offered', snapshot({ ipInformation: [info], coordinator: { userId: userA, unitId: unitA, assignmentId: 'ca' } })).status).toBe('met');
    expect(run('coordinator-appointed-or-offered', snapshot({ ipInformation: [info] })).status).toBe('not-met');
    const declines = { ...info, answer: 'declines' as const };
    expect(run('coordinator-appointed-or-offered', snapshot({ ipInformation: [declines], coordinationEvents: [{ id: 'ev', kind: 'offered', occurredOn: '2026-03-02' }] })).status).toBe('met');
    expect(run('coordinator-appointed-or-offered', snapshot({ ipInformation: [declines] })).status).toBe('not-met');
  });
  it('coordinator request followed up: met in time, partly late, not met unanswered', () => {
    const r = { id: 'r1', keUnitId: 'ke', requestedOn: '2026-05-01', answeredOn: null as string | null };
    expect(run('coordinator-request-followed-up', snapshot({ coordinatorRequests: [{ ...r, answeredOn: '2026-05-10' }] })).status).toBe('met');
    expect(run('coordinator-request-followed-up', snapshot({ coordinatorRequests: [{ ...r, answeredOn: '2026-05-30' }] })).status).toBe('partly');
    expect(run('coordinator-request-followed-up', snapshot({ coordinatorRequests: [r] })).status).toBe('not-met');
  });
});

describe('meetings, crisis plan, relatives', () => {
  const meeting = { id: 'mt', organiserId: userA, meetingDay: '2026-05-01', minutesDueDate: '2026-05-08', cancelled: false, hasMinutes: true, participants: 3 };
  it('minutes: met, partly (some missing), not met (all missing)', () => {
    expect(run('meeting-minutes', snapshot({ meetings: [meeting] })).status).toBe('met');
    expect(run('meeting-minutes', snapshot({ meetings: [meeting, { ...meeting, id: 'mt2', hasMinutes: false }] })).status).toBe('partly');
    expect(run('meeting-minutes', snapshot({ meetings: [{ ...meeting, hasMinutes: false }] }))).toMatchObject({ status: 'not-met', responsible: { userId: userA } });
  });
  it('crisis plan: met, partly (review passed), not met (missing) for pathway 3', () => {
    expect(run('crisis-plan', snapshot({ pathway: 3, crisisPlan: { id: 'c', preparedOn: '2026-01-01', reviewDate: '2026-07-01' } })).status).toBe('met');
    expect(run('crisis-plan', snapshot({ pathway: 3, crisisPlan: { id: 'c', preparedOn: '2026-01-01', reviewDate: '2026-06-01' } })).status).toBe('partly');
    expect(run('crisis-plan', snapshot({ riskFlags: [{ id: 'f', kind: 'violence' }] }))).toMatchObject({ status: 'not-met', detail: 'Personen skal ha kriseplan (voldsrisiko), men har ingen.' });
  });
  it('relatives asked: met, partly (closest relative missing), not met (not asked)', () => {
    expect(run('relatives-asked', snapshot({ kartlegginger: [kartlegging()] })).status).toBe('met');
    expect(run('relatives-asked', snapshot({ kartlegginger: [kartlegging({ relatives: { ...kartlegging().relatives!, closestRelative: null } })] })).status).toBe('partly');
    expect(run('relatives-asked', snapshot({ kartlegginger: [kartlegging({ relatives: null })] })).status).toBe('not-met');
  });
  it('relatives\' own needs: met, not met', () => {
    expect(run('relatives-own-needs', snapshot({ kartlegginger: [kartlegging()] })).status).toBe('met');
    expect(run('relatives-own-needs', snapshot({ kartlegginger: [kartlegging({ relatives: { ...kartlegging().relatives!, ownNeedsMapped: false } })] })).status).toBe('not-met');
  });
  it('children: met (none affected), partly (affected, not mapped), not met (not clarified)', () => {
    const q = kartlegging().relatives!;
    expect(run('children-situation', snapshot({ kartlegginger: [kartlegging()] })).status).toBe('met');
    expect(run('children-situation', snapshot({ kartlegginger: [kartlegging({ relatives: { ...q, childrenOrMinorSiblingsAffected: true, childrenFormCompleted: false } })] })).status).toBe('partly');
    expect(run('children-situation', snapshot({ kartlegginger: [kartlegging({ relatives: { ...q, childrenOrMinorSiblingsAffected: null } })] })).status).toBe('not-met');
  });
});

describe('consistency checks', () => {
  it('a note claiming an IP: met when the plan exists, not met when it does not', () => {
    const noteClaims = [{ noteId: 'n1', claim: 'ip-exists', createdOn: '2026-04-01' }];
    expect(run('consistency-note-claims', snapshot({ noteClaims, plans: [plan()] })).status).toBe('met');
    expect(run('consistency-note-claims', snapshot({ noteClaims }))).toMatchObject({ status: 'not-met', detail: 'Notatet fra 01.04.2026 sier at personen har individuell plan, men det finnes ikke.', evidence: [{ record: 'notes', id: 'n1', field: 'claims' }] });
  });
  it('a decision saying IP is granted: met with a plan, not met without, not applicable otherwise', () => {
    const granted = vedtak({ texts: { ...vedtak().texts, reasoning: 'Individuell plan er innvilget, og koordinator oppnevnes.' } });
    expect(run('consistency-vedtak-claims-ip', snapshot({ vedtak: [granted], plans: [plan()] })).status).toBe('met');
    expect(run('consistency-vedtak-claims-ip', snapshot({ vedtak: [granted] }))).toMatchObject({ status: 'not-met', evidence: [{ record: 'vedtak', id: 'v1', field: 'reasoning' }] });
    expect(run('consistency-vedtak-claims-ip', snapshot({ vedtak: [vedtak()] })).status).toBe('not-applicable');
  });
});

describe('structured claims from record_claims (imported journal notes, user cards, decisions)', () => {
  const claim = (kind: string, source: 'journal-note' | 'user-card' | 'vedtak' = 'user-card') => ({ id: 'rc1', source, kind, statedOn: '2026-04-01' });
  it('ip-work-started applies when IP is granted or needed, and counts a plan without participants as partly', () => {
    expect(run('ip-work-started', snapshot({ recordClaims: [claim('ip-granted')] }))).toMatchObject({ status: 'not-met', evidence: [{ record: 'record_claims', id: 'rc1', field: 'kind' }] });
    expect(run('ip-work-started', snapshot({ recordClaims: [claim('ip-needed', 'journal-note')] })).status).toBe('not-met');
    expect(run('ip-work-started', snapshot({ recordClaims: [claim('ip-granted')], plans: [plan()] })).status).toBe('met');
    expect(run('ip-work-started', snapshot({ recordClaims: [claim('ip-granted', 'vedtak')], plans: [plan({ participants: 0 })] })).status).toBe('partly');
    expect(run('ip-work-started', snapshot({ recordClaims: [claim('ip-granted')] }), '2026-04-10').status).toBe('not-applicable');
    expect(run('ip-work-started', snapshot({ recordClaims: [claim('ip-granted')], ipInformation: [{ id: 'i1', unitId: unitA, informedOn: '2026-04-02', informedBy: userA, answer: 'declines', reaskDate: null }] })).status).toBe('not-applicable');
  });
  it('consistency-vedtak-claims-ip counts an ip-granted claim from a decision or the user card', () => {
    expect(run('consistency-vedtak-claims-ip', snapshot({ recordClaims: [claim('ip-granted')] }))).toMatchObject({ status: 'not-met', detail: 'Tjenestekortet fra 01.04.2026 sier at individuell plan er innvilget, men ingen plan er registrert.' });
    expect(run('consistency-vedtak-claims-ip', snapshot({ recordClaims: [claim('ip-granted')], plans: [plan()] })).status).toBe('met');
  });
  it('meeting-minutes counts a meeting with minutes but no participants as partly', () => {
    const m = { id: 'mt', organiserId: userA, meetingDay: '2026-05-01', minutesDueDate: '2026-05-08', cancelled: false, hasMinutes: true, participants: 0 };
    expect(run('meeting-minutes', snapshot({ meetings: [m] }))).toMatchObject({ status: 'partly', detail: 'Møtet har referat, men ingen registrerte deltakere.' });
    expect(run('meeting-minutes', snapshot({ meetings: [{ ...m, participants: 2 }] })).status).toBe('met');
  });
});
