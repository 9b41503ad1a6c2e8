import type { StaffMember } from '../../platform/api-types.js';

export const unitKinds = ['virksomhet', 'avdeling', 'team'] as const;
export const unitKindLabels: Record<(typeof unitKinds)[number], string> = { virksomhet: 'Virksomhet', avdeling: 'Avdeling', team: 'Team' };

export const partnerKinds = ['fastlegekontor', 'dps', 'tsb', 'sykehus', 'nav-stat', 'annen'] as const;
export const partnerKindLabels: Record<(typeof partnerKinds)[number], string> = {
  fastlegekontor: 'Fastlegekontor',
  dps: 'Distriktspsykiatrisk senter (DPS)',
  tsb: 'Tverrfaglig spesialisert rusbehandling (TSB)',
  sykehus: 'Sykehus',
  'nav-stat': 'NAV (statlig)',
  annen: 'Annen',
};

export function isLocked(member: StaffMember): boolean {
  return member.lockedUntil !== null && new Date(member.lockedUntil) > new Date();
}
