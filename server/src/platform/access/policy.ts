// Who may do what: pure functions, no I/O. The access scope (scope.ts) and the web app both use
// these, so the UI never offers what the API would refuse.

export const staffRoles = [
  'caseworker',
  'service-provider',
  'coordinator',
  'ke',
  'nav-adviser',
  'on-call',
  'unit-leader',
  'quality-adviser',
  'director',
  'auditor',
  'admin',
] as const;
export type StaffRole = (typeof staffRoles)[number];

export const roleLabels: Record<StaffRole, string> = {
  caseworker: 'Saksbehandler',
  'service-provider': 'Tjenesteyter',
  coordinator: 'Koordinator',
  ke: 'Koordinerende enhet',
  'nav-adviser': 'NAV-veileder',
  'on-call': 'Vakt (hjemmesykepleie/legevakt)',
  'unit-leader': 'Enhetsleder',
  'quality-adviser': 'Kvalitetsrådgiver',
  director: 'Kommunedirektør / kommunalsjef',
  auditor: 'Revisor',
  admin: 'Administrator',
};

export interface Actor {
  userId: string;
  tenantId: string;
  kind: 'staff' | 'person';
  displayName: string;
  roles: StaffRole[];
  /** Units the user is an active member of, at the time the request started. */
  unitIds: string[];
  /** For kind 'person': the person record this login belongs to. */
  personId: string | null;
}

/** What gives a user access to one person. */
export type Relation =
  | { kind: 'team' }
  | { kind: 'unit'; unitId: string; unitName: string }
  | { kind: 'own' }
  | { kind: 'emergency'; accessId: string; reason: string }
  /** An auditor's time-limited access to a sampled case; only for the audit views (purpose 'audit'). */
  | { kind: 'audit'; accessId: string; sampleId: string };

/** Role-gated actions. Person data additionally needs a relation (see decidePersonAccess). */
export const actionRoles = {
  'person.read': ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser', 'on-call', 'unit-leader', 'quality-adviser'],
  'person.create': ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser'],
  'person.update': ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser'],
  'note.write': ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser', 'on-call'],
  'consent.write': ['caseworker', 'service-provider', 'coordinator', 'ke'],
  'team.write': ['caseworker', 'coordinator', 'ke', 'unit-leader'],
  'relation.open': ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser'],
  'assessment.write': ['caseworker', 'service-provider', 'coordinator', 'ke'],
  'vedtak.write': ['caseworker', 'ke'],
  'evaluation.write': ['caseworker', 'service-provider', 'coordinator', 'ke'],
  'intake.write': ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser'],
  'ip.inform': ['caseworker', 'service-provider', 'coordinator', 'ke'],
  'ke.manage': ['ke'],
  'plan.write': ['coordinator', 'ke', 'service-provider'],
  'meeting.write': ['coordinator', 'ke'],
  'crisis-plan.write': ['coordinator', 'service-provider', 'ke'],
  'access-code.issue': ['caseworker', 'service-provider', 'coordinator', 'ke'],
  'emergency.open': ['on-call'],
  'emergency.review': ['unit-leader', 'quality-adviser'],
  // Role, unit-membership and basis-less relation changes (docs/access-model.md, «Granting access»).
  'access.review': ['unit-leader', 'quality-adviser', 'director'],
  'org.read': staffRoles,
  'org.admin': ['admin'],
  'log.verify': ['admin', 'quality-adviser'],
  // Internal control (docs/internal-control.md). Which avvik a handler may handle is decided per
  // avvik in capabilities/deviations/rules.ts (own units for a unit leader, all for the others).
  'deviation.report': staffRoles,
  'deviation.handle': ['unit-leader', 'quality-adviser', 'director'],
  'deviation.statistics': ['unit-leader', 'quality-adviser', 'director', 'auditor'],
  'procedure.read': staffRoles,
  'procedure.write': ['unit-leader', 'quality-adviser'],
  'procedure.approve': ['unit-leader', 'director'],
  'procedure.coverage': ['unit-leader', 'quality-adviser', 'director', 'auditor'],
  'responsibility.read': staffRoles,
  'responsibility.write': ['quality-adviser', 'admin'],
  'responsibility.approve': ['director'],
  // Compliance, audit and records exchange (docs/audit-report.md, docs/import-format.md).
  'audit.manage': ['quality-adviser', 'director'],
  'audit.read': ['auditor'],
  'self-assessment.read': ['unit-leader', 'quality-adviser', 'director', 'auditor'],
  'self-assessment.write': ['quality-adviser', 'director'],
  'records.import': ['quality-adviser', 'admin'],
  'records.export': ['caseworker', 'service-provider', 'coordinator', 'ke'],
  // Whole-person follow-up (issue #7 items 1–3): somatic health, housing, NAV social services.
  'somatic.write': ['caseworker', 'service-provider', 'coordinator', 'ke'],
  'housing.write': ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser'],
  'housing.statistics': ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser', 'unit-leader', 'quality-adviser', 'director', 'auditor'],
  'nav.write': ['nav-adviser'],
  // Cooperation agreements, theme plans, user involvement (docs/internal-control.md). Organisation
  // data: no person is ever linked. Which measures a unit leader may report on is decided per unit.
  'agreement.read': staffRoles,
  'agreement.write': ['unit-leader', 'quality-adviser', 'director', 'admin'],
  'theme-plan.read': staffRoles,
  'theme-plan.write': ['quality-adviser', 'director', 'admin'],
  'theme-plan.measure': ['unit-leader', 'quality-adviser', 'director'],
  'survey.manage': ['unit-leader', 'quality-adviser', 'director', 'admin'],
  'survey.enter': staffRoles,
  'survey.results': ['unit-leader', 'quality-adviser', 'director', 'auditor'],
  'involvement.read': staffRoles,
  'involvement.write': ['unit-leader', 'quality-adviser', 'director', 'admin'],
  // Whole-person follow-up (issue #7 items 4–7). Risk assessments use 'crisis-plan.write'; a person's
  // activity participation uses 'person.update'.
  'relatives.write': ['caseworker', 'service-provider', 'coordinator', 'ke'],
  'child-responsible.write': ['unit-leader', 'admin'],
  'specialist.write': ['caseworker', 'service-provider', 'coordinator', 'ke'],
  'activity.write': ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser', 'unit-leader'],
  // Compliance dashboards: aggregates for leaders; drill-down to persons only where they have a relation.
  'compliance.dashboard': ['unit-leader', 'quality-adviser', 'director', 'auditor'],
} as const satisfies Record<string, readonly StaffRole[]>;
export type RoleAction = keyof typeof actionRoles;

export function mayPerform(actor: Pick<Actor, 'kind' | 'roles'>, action: RoleAction): boolean {
  if (actor.kind !== 'staff') return false;
  const allowed: readonly StaffRole[] = actionRoles[action];
  return actor.roles.some((role) => allowed.includes(role));
}

export type PersonPurpose = 'full' | 'emergency' | 'audit';

export type AccessDecision = { allowed: true; basis: string; relation: Relation } | { allowed: false; reason: string };

/**
 * Need-to-know (tjenstlig behov): the full record needs team membership or an active case/service
 * in one of the user's units; the emergency view also opens through a break-the-glass access.
 */
export function decidePersonAccess(
  actor: Actor,
  personId: string,
  relations: Relation[],
  purpose: PersonPurpose,
): AccessDecision {
  if (actor.kind === 'person') {
    return actor.personId === personId
      ? { allowed: true, basis: 'own', relation: { kind: 'own' } }
      : { allowed: false, reason: 'Du kan bare se dine egne opplysninger.' };
  }
  if (purpose === 'audit') {
    // The auditor's read-only case view opens only through a grant for a sampled case, never a service relation.
    const grant = relations.find((r) => r.kind === 'audit');
    return grant ? { allowed: true, basis: relationBasis(grant), relation: grant } : { allowed: false, reason: 'Du har ikke revisjonstilgang til denne saken, eller tilgangen er utløpt.' };
  }
  const usable = relations.filter((r) => r.kind === 'team' || r.kind === 'unit' || (purpose === 'emergency' && r.kind === 'emergency'));
  const best = usable.find((r) => r.kind === 'team') ?? usable.find((r) => r.kind === 'unit') ?? usable[0];
  if (!best) {
    return {
      allowed: false,
      reason:
        purpose === 'emergency'
          ? 'Du har ikke tjenstlig behov for denne personen. Vakthavende kan åpne nødtilgang med begrunnelse.'
          : 'Du har ikke tjenstlig behov for denne personen: du er ikke med i teamet rundt personen, og ingen av enhetene dine har en aktiv sak eller tjeneste for personen.',
    };
  }
  return { allowed: true, basis: relationBasis(best), relation: best };
}

export function relationBasis(relation: Relation): string {
  switch (relation.kind) {
    case 'team':
      return 'team';
    case 'unit':
      return `unit:${relation.unitName}`;
    case 'own':
      return 'own';
    case 'emergency':
      return 'emergency';
    case 'audit':
      return `audit:${relation.sampleId}`;
  }
}

export interface NoteFacts {
  classification: 'shared' | 'restricted';
  authorUnitId: string;
}

/** A restricted note (e.g. therapy notes) is for its authoring unit, or a unit the person consented to share with. */
export function maySeeNote(actor: Actor, note: NoteFacts, consentedUnitIds: string[]): boolean {
  if (note.classification === 'shared') return true;
  if (actor.kind === 'person') return true;
  return actor.unitIds.includes(note.authorUnitId) || actor.unitIds.some((u) => consentedUnitIds.includes(u));
}

/** Facts about one team membership, for deciding who may end it. */
export interface TeamMembershipFacts {
  userId: string;
  createdBy: string | null;
  /** The member's active units. */
  memberUnitIds: string[];
  /** The person's coordinator (individuell plan), if one is appointed. */
  coordinatorUserId: string | null;
}

/**
 * A team membership is ended by those responsible for it: the member (stepping out), whoever added
 * them, the person's coordinator, or a unit leader of one of the member's units.
 */
export function mayEndTeamMembership(actor: Actor, member: TeamMembershipFacts): boolean {
  if (actor.kind !== 'staff') return false;
  if ([member.userId, member.createdBy, member.coordinatorUserId].includes(actor.userId)) return true;
  return actor.roles.includes('unit-leader') && member.memberUnitIds.some((u) => actor.unitIds.includes(u));
}

/** A unit ends only its own cases: the relation's unit must be one the actor is a member of. */
export function mayEndServiceRelation(actor: Actor, relationUnitId: string): boolean {
  return actor.kind === 'staff' && actor.unitIds.includes(relationUnitId);
}

/** Roles in `next` that `current` lacks, and the other way round. */
export function roleDiff(current: readonly StaffRole[], next: readonly StaffRole[]): { added: StaffRole[]; removed: StaffRole[] } {
  return { added: next.filter((r) => !current.includes(r)), removed: current.filter((r) => !next.includes(r)) };
}
