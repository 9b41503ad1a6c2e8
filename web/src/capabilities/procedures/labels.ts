// Norwegian labels for procedure version states, revision status and proposal decisions.
import type { Procedure, RevisionStatus, VersionState } from './types.js';

export const versionStateLabels: Record<VersionState, string> = {
  draft: 'Utkast',
  'discarded-draft': 'Forkastet utkast',
  upcoming: 'Godkjent, gjelder fra senere',
  current: 'Gjeldende',
  superseded: 'Erstattet',
};

export const revisionLabels: Record<RevisionStatus, { text: string; color: 'success' | 'warning' | 'danger' }> = {
  ok: { text: 'Revisjon i rute', color: 'success' },
  'due-soon': { text: 'Revisjon snart', color: 'warning' },
  overdue: { text: 'Revisjon forfalt', color: 'danger' },
};

export const decisionLabels: Record<NonNullable<Procedure['proposals'][number]['decision']>, string> = {
  'next-revision': 'Tas med ved neste revisjon',
  now: 'Endres nå',
  rejected: 'Avvist',
};

export const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);
