import { describe, expect, it } from 'vitest';
import { decidePersonAccess, mayEndServiceRelation, mayEndTeamMembership, maySeeNote, mayPerform, roleDiff, staffRoles, type Actor, type Relation } from './policy.js';

const staff = (overrides: Partial<Actor> = {}): Actor => ({ userId: 'u', tenantId: 't', kind: 'staff', displayName: 'X', roles: ['caseworker'], unitIds: ['unit-a'], personId: null, ...overrides });
const team: Relation = { kind: 'team' };
const unit: Relation = { kind: 'unit', unitId: 'unit-a', unitName: 'Tildelingskontoret' };
const emergency: Relation = { kind: 'emergency', accessId: 'e1', reason: 'Akutt forverring, natt' };

describe('decidePersonAccess (tjenstlig behov)', () => {
  it.each([
    ['team membership', [team], 'full', 'team'],
    ['a unit with an active case', [unit], 'full', 'unit:Tildelingskontoret'],
    ['team wins over unit as the recorded basis', [unit, team], 'full', 'team'],
    ['break-the-glass for the emergency view', [emergency], 'emergency', 'emergency'],
  ] as const)('allows through %s', (_label, relations, purpose, basis) => {
    expect(decidePersonAccess(staff(), 'p', [...relations], purpose)).toMatchObject({ allowed: true, basis });
  });

  it('refuses without any relation', () => {
    expect(decidePersonAccess(staff(), 'p', [], 'full')).toMatchObject({ allowed: false });
  });

  it('does not let an emergency access open the full record', () => {
    expect(decidePersonAccess(staff({ roles: ['on-call'] }), 'p', [emergency], 'full')).toMatchObject({ allowed: false });
  });

  it('opens the audit views only through an audit grant, and an audit grant opens nothing else', () => {
    const audit: Relation = { kind: 'audit', accessId: 'a1', sampleId: 's1' };
    const auditor = staff({ roles: ['auditor'], unitIds: [] });
    expect(decidePersonAccess(auditor, 'p', [audit], 'audit')).toMatchObject({ allowed: true, basis: 'audit:s1' });
    expect(decidePersonAccess(auditor, 'p', [audit], 'full')).toMatchObject({ allowed: false });
    expect(decidePersonAccess(auditor, 'p', [audit], 'emergency')).toMatchObject({ allowed: false });
    expect(decidePersonAccess(staff(), 'p', [team, unit], 'audit')).toEqual({ allowed: false, reason: 'Du har ikke revisjonstilgang til denne saken, eller tilgangen er utløpt.' });
  });

  it('lets a person see only their own record', () => {
    const person = staff({ kind: 'person', roles: [], unitIds: [], personId: 'p' });
    expect(decidePersonAccess(person, 'p', [], 'full')).toMatchObject({ allowed: true, basis: 'own' });
    expect(decidePersonAccess(person, 'q', [], 'full')).toEqual({ allowed: false, reason: 'Du kan bare se dine egne opplysninger.' });
  });
});

describe('mayPerform', () => {
  it('gives break-the-glass only to on-call staff', () => {
    expect(staffRoles.filter((role) => mayPerform(staff({ roles: [role] }), 'emergency.open'))).toEqual(['on-call']);
  });
  it('gives administration only to admins', () => {
    expect(staffRoles.filter((role) => mayPerform(staff({ roles: [role] }), 'org.admin'))).toEqual(['admin']);
  });
  it('never lets a person user perform staff actions', () => {
    expect(mayPerform({ kind: 'person', roles: ['admin'] }, 'org.admin')).toBe(false);
  });
});

describe('maySeeNote (restricted information class)', () => {
  const restricted = { classification: 'restricted' as const, authorUnitId: 'unit-fact' };
  it('shows shared notes to anyone with access to the person', () => {
    expect(maySeeNote(staff(), { classification: 'shared', authorUnitId: 'unit-fact' }, [])).toBe(true);
  });
  it('shows restricted notes to the authoring unit', () => {
    expect(maySeeNote(staff({ unitIds: ['unit-fact'] }), restricted, [])).toBe(true);
  });
  it('hides restricted notes from other units', () => {
    expect(maySeeNote(staff(), restricted, [])).toBe(false);
  });
  it('shows restricted notes to a unit the person consented to share with', () => {
    expect(maySeeNote(staff(), restricted, ['unit-a'])).toBe(true);
  });
});

describe('who may end access (docs/access-model.md, «Granting access»)', () => {
  const member = { userId: 'm', createdBy: 'c', memberUnitIds: ['unit-b'], coordinatorUserId: 'k' };
  it.each([
    ['the member', staff({ userId: 'm' }), true],
    ['whoever added the member', staff({ userId: 'c' }), true],
    ["the person's coordinator", staff({ userId: 'k', roles: ['coordinator'] }), true],
    ["a leader of the member's unit", staff({ roles: ['unit-leader'], unitIds: ['unit-b'] }), true],
    ['a leader of another unit', staff({ roles: ['unit-leader'], unitIds: ['unit-a'] }), false],
    ['a caseworker of the same unit', staff({ unitIds: ['unit-b'] }), false],
  ] as const)('a team membership: %s → %s', (_label, actor, allowed) => {
    expect(mayEndTeamMembership(actor, member)).toBe(allowed);
  });

  it('ends a service relation only from its own unit', () => {
    expect(mayEndServiceRelation(staff(), 'unit-a')).toBe(true);
    expect(mayEndServiceRelation(staff(), 'unit-b')).toBe(false);
  });

  it('tells added and removed roles apart', () => {
    expect(roleDiff(['admin', 'caseworker'], ['caseworker', 'ke'])).toEqual({ added: ['ke'], removed: ['admin'] });
  });
});
