// Coordinator: appointed for those who want an IP, offered to those who decline; requests for a new
// coordinator answered.
import { coordinatorCheck, coordinatorRequestCheck } from '../../coordination/index.js';
import type { CheckDefinition } from '../types.js';
import { combine, na, norwegianDate, type Item } from './util.js';
import { checkSource, cite } from '../../../platform/law/index.js';

const hol72 = checkSource('hol', '§ 7-2', `(koordinator); ${cite('sarpsborg-2025', 'pkt. 6.1')}`);

export const coordinatorAppointedOrOffered: CheckDefinition = {
  id: 'coordinator-appointed-or-offered',
  theme: 'coordinator',
  text: 'Den som ønsker individuell plan skal ha en koordinator; den som takker nei til plan skal likevel tilbys koordinator.',
  source: hol72,
  appliesTo: 'Personer som har svart på tilbudet om individuell plan',
  rule: 'Oppfylt: koordinator er oppnevnt (ønsker plan), eller oppnevnt eller tilbudt (takket nei). Ikke oppfylt: ingen koordinator, eller ikke tilbudt. Ikke aktuelt: personen har ikke svart.',
  evaluate(s) {
    const info = s.ipInformation.at(-1);
    const offer = s.coordinationEvents.find((e) => e.kind === 'offered' || e.kind === 'offer-declined');
    // Wraps coordination/rules.ts coordinatorCheck.
    const c = coordinatorCheck({ ipAnswer: info?.answer ?? null, hasCoordinator: Boolean(s.coordinator), offerRecorded: Boolean(offer) });
    if (c.met === null || !info || info.answer === 'undecided') return na(c.detail);
    if (c.met) {
      const evidence = s.coordinator ? [{ record: 'coordinator_assignments', id: s.coordinator.assignmentId, field: 'user_id' }] : offer ? [{ record: 'coordination_events', id: offer.id, field: 'kind' }] : [];
      return { status: 'met', detail: c.detail, evidence };
    }
    const ke = s.ipMessages.at(-1)?.keUnitId ?? null;
    return { status: 'not-met', detail: c.detail, evidence: [{ record: 'ip_information', id: info.id, field: 'answer' }], responsible: { unitId: ke } };
  },
};

/** Days to answer a request for a new coordinator (the municipality's own deadline; see worklist). */
const answerDays = 14;

export const coordinatorRequestFollowedUp: CheckDefinition = {
  id: 'coordinator-request-followed-up',
  theme: 'coordinator',
  text: 'Et ønske om ny koordinator skal dokumenteres og besvares (kommunens frist: 14 dager).',
  source: checkSource('hol', ['§ 7-2', '§ 7-3'], `; ${cite('asker-2026', 'pkt. 5.3.1')}`),
  appliesTo: 'Hvert ønske om ny koordinator',
  rule: 'Oppfylt: besvart innen 14 dager. Delvis: besvart etter fristen. Ikke oppfylt: fristen er passert uten svar. Ikke aktuelt: ingen ønsker, eller fristen er ikke passert.',
  evaluate(s, today) {
    const items = s.coordinatorRequests.flatMap((r): Item[] => {
      const due = new Date(Date.parse(r.requestedOn) + answerDays * 86_400_000).toISOString().slice(0, 10);
      const evidence = [{ record: 'coordinator_requests', id: r.id, field: 'requested_at' }, { record: 'tasks', id: r.id, field: 'closed_at' }];
      const responsible = { unitId: r.keUnitId };
      // Wraps coordination/rules.ts coordinatorRequestCheck (answered or not), adding the deadline.
      const c = coordinatorRequestCheck({ requestedOn: r.requestedOn, handledAt: r.answeredOn ? new Date(r.answeredOn) : null }, today);
      if (c.met && r.answeredOn) return [{ outcome: r.answeredOn <= due ? ('ok' as const) : ('partly' as const), evidence, responsible, detail: r.answeredOn <= due ? c.detail : `Ønsket fra ${norwegianDate(r.requestedOn)} ble besvart ${norwegianDate(r.answeredOn)}, etter fristen.` }];
      if (due >= today) return [];
      return [{ outcome: 'missing' as const, evidence, responsible, detail: `Ønske om ny koordinator fra ${norwegianDate(r.requestedOn)} er ikke besvart (frist ${norwegianDate(due)}).` }];
    });
    return items.length ? combine(items, '') : na('Ingen ønsker om ny koordinator med passert frist.');
  },
};
