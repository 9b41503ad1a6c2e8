// Pure rules for relatives and children as relatives: who counts as a child today, whether a unit's
// child-responsible role is vacant, and the legal checks with their sources as data. The date is passed in.

import type { CheckResult, FactCheck as Check } from '../compliance/types.js';
import { checkSource, cite } from '../../platform/law/index.js';

export interface RelativeFacts {
  id: string;
  name: string;
  isChild: boolean;
  birthDate: string | null;
  consentStatus: 'given' | 'declined' | 'not-asked';
  needsAssessments: { id: string; assessedOn: string; nextAssessmentOn: string | null }[];
  childFollowUps: { id: string; kind: 'clarification' | 'information' | 'follow-up'; occurredOn: string; byChildResponsible: boolean }[];
}
export interface RelativesFacts {
  relatives: RelativeFacts[];
  /** The first-contact questions of the latest kartlegging (assessment capability), if any. */
  firstContact: { id: string; hasRelatives: boolean | null; childrenOrMinorSiblingsAffected: boolean | null } | null;
  /** Units serving the person and whether each has child-responsible staff now. */
  servingUnits: { id: string; name: string; needsChildResponsible: boolean; childResponsibleName: string | null }[];
}

/** A relative is a child while under 18 on `today`; without a birth date, as recorded. */
export function isChildOn(r: { isChild: boolean; birthDate: string | null }, today: string): boolean {
  if (!r.birthDate) return r.isChild;
  const [y, m, d] = r.birthDate.split('-');
  return `${Number(y) + 18}-${m}-${d}` > today;
}

/** Units giving health services need child-responsible staff (not NAV, housing or allocation). */
export const childResponsibleAreas = ['psykisk-helse-rus', 'hjemmesykepleie', 'legevakt', 'koordinerende-enhet'];
export function needsChildResponsible(serviceArea: string | null): boolean {
  return serviceArea !== null && childResponsibleAreas.includes(serviceArea);
}

/** Needs assessments are repeated yearly unless a date for the next one is set. */
export const needsAssessmentValidDays = 365;

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86400_000);
}

/** All of `items` pass → met; some → partly; none → not-met; no items → not-applicable. */
function share<T extends { id: string; name: string }>(items: T[], pass: (item: T) => boolean, what: { none: string; all: string; missing: (names: string) => string }, field: string): CheckResult {
  if (!items.length) return { status: 'not-applicable', detail: what.none, evidence: [] };
  const failing = items.filter((i) => !pass(i));
  const evidence = items.map((i) => ({ record: 'relatives', id: i.id, field }));
  if (!failing.length) return { status: 'met', detail: what.all, evidence };
  return { status: failing.length === items.length ? 'not-met' : 'partly', detail: what.missing(failing.map((f) => f.name).join(', ')), evidence };
}

const children = (f: RelativesFacts, today: string) => f.relatives.filter((r) => isChildOn(r, today));
const adults = (f: RelativesFacts, today: string) => f.relatives.filter((r) => !isChildOn(r, today));
const has = (r: RelativeFacts, kind: RelativeFacts['childFollowUps'][number]['kind'], byChildResponsible = false) => r.childFollowUps.some((c) => c.kind === kind && (!byChildResponsible || c.byChildResponsible));

export const relativesConsentCheck: Check<RelativesFacts> = {
  id: 'relatives-consent-recorded',
  text: 'Personens samtykke til å involvere hver pårørende er avklart og registrert',
  source: checkSource('pbrl', ['§ 3-3', '§ 3-6'], `; ${cite('hpl', '§ 22')}`),
  evaluate: (f) =>
    share(f.relatives, (r) => r.consentStatus !== 'not-asked', { none: 'Ingen pårørende er registrert.', all: 'Samtykke er avklart for alle pårørende.', missing: (n) => `Samtykke er ikke avklart for: ${n}.` }, 'consent_status'),
};

export const relativesOwnNeedsCheck: Check<RelativesFacts> = {
  id: 'relatives-own-needs-assessed',
  text: 'Voksne pårørendes egne behov er kartlagt (gjentas minst årlig), og støtte er tilbudt',
  source: checkSource('hol', '§ 3-6', `(pårørendestøtte); ${cite('parorendeveileder', 'kap. 6')}`),
  evaluate: (f, today) =>
    share(
      adults(f, today),
      (r) => r.needsAssessments.some((a) => (a.nextAssessmentOn ? a.nextAssessmentOn >= today : dayNumber(today) - dayNumber(a.assessedOn) <= needsAssessmentValidDays)),
      { none: 'Ingen voksne pårørende er registrert.', all: 'Alle voksne pårørende har en gjeldende kartlegging av egne behov.', missing: (n) => `Mangler gjeldende kartlegging av egne behov for: ${n}.` },
      'relative_needs_assessments',
    ),
};

export const childrenClarifiedCheck: Check<RelativesFacts> = {
  id: 'children-situation-clarified',
  text: 'Mindreårige barn som pårørende er registrert, og barnets situasjon er avklart (skjema for barn som pårørende)',
  source: checkSource('hpl', '§ 10 a', 'første og andre ledd'),
  evaluate(f, today) {
    const kids = children(f, today);
    if (!kids.length && f.firstContact?.childrenOrMinorSiblingsAffected) {
      return { status: 'not-met', detail: 'Kartleggingen sier at barn er berørt, men ingen barn er registrert som pårørende.', evidence: [{ record: 'kartlegginger', id: f.firstContact.id, field: 'relatives.childrenOrMinorSiblingsAffected' }] };
    }
    return share(kids, (r) => has(r, 'clarification'), { none: 'Ingen mindreårige barn er registrert som pårørende.', all: 'Situasjonen er avklart for alle barn.', missing: (n) => `Barnets situasjon er ikke avklart for: ${n}.` }, 'child_follow_ups.clarification');
  },
};

export const childrenInformedCheck: Check<RelativesFacts> = {
  id: 'children-information-given',
  text: 'Barn som pårørende har fått informasjon tilpasset alder',
  source: checkSource('hpl', '§ 10 a', 'andre ledd nr. 1'),
  evaluate: (f, today) =>
    share(children(f, today), (r) => has(r, 'information'), { none: 'Ingen mindreårige barn er registrert som pårørende.', all: 'Alle barn har fått informasjon.', missing: (n) => `Ingen registrert informasjon til: ${n}.` }, 'child_follow_ups.information'),
};

export const childrenFollowedUpCheck: Check<RelativesFacts> = {
  id: 'children-followed-up-by-barneansvarlig',
  text: 'Barn som pårørende er fulgt opp av enhetens barneansvarlige',
  source: checkSource('hpl', '§ 10 a', `(helsepersonellets plikt overfor barn som pårørende); ${cite('kommunens-rutine', 'barneansvarlig')}: enhetens barneansvarlige følger opp`),
  evaluate: (f, today) =>
    share(children(f, today), (r) => has(r, 'follow-up', true), { none: 'Ingen mindreårige barn er registrert som pårørende.', all: 'Alle barn er fulgt opp av barneansvarlig.', missing: (n) => `Ikke fulgt opp av barneansvarlig: ${n}.` }, 'child_follow_ups.follow-up'),
};

export const childResponsibleVacancyCheck: Check<RelativesFacts> = {
  id: 'child-responsible-staff-in-place',
  text: 'Enhetene som gir personen helsetjenester har barneansvarlig personell',
  source: checkSource('kommunens-rutine', 'barneansvarlig', `: kommunen har selv valgt å ha barneansvarlig personell i helseenhetene (lovverket pålegger bare spesialisthelsetjenesten dette, ${cite('sphl', '§ 3-7 a')}); plikten for hver helsearbeider følger av ${cite('hpl', '§ 10 a')}`),
  evaluate(f) {
    const relevant = f.servingUnits.filter((u) => u.needsChildResponsible);
    if (!relevant.length) return { status: 'not-applicable', detail: 'Ingen helseenheter gir personen tjenester.', evidence: [] };
    const vacant = relevant.filter((u) => !u.childResponsibleName);
    const evidence = relevant.map((u) => ({ record: 'child_responsible_staff', id: u.id, field: 'user_id' }));
    if (!vacant.length) return { status: 'met', detail: 'Alle enhetene har barneansvarlig.', evidence };
    return { status: vacant.length === relevant.length ? 'not-met' : 'partly', detail: `Ledig rolle som barneansvarlig i: ${vacant.map((u) => u.name).join(', ')}.`, evidence };
  },
};

export const checks = [relativesConsentCheck, relativesOwnNeedsCheck, childrenClarifiedCheck, childrenInformedCheck, childrenFollowedUpCheck, childResponsibleVacancyCheck];

/** The emergency view's closest relative: only a relative the person consented to as crisis contact. */
export function emergencyContact(rs: { name: string; relation: string; phone: string | null; closest: boolean; consentStatus: string; consentScopes: string[] }[]): string | null {
  const allowed = rs.filter((r) => r.consentStatus === 'given' && r.consentScopes.includes('crisis-contact'));
  const best = allowed.find((r) => r.closest) ?? allowed[0];
  return best ? `${best.relation} ${best.name}${best.phone ? `, ${best.phone}` : ''}` : null;
}
