// Norwegian labels for coordination, individual plan, team meetings and crisis plan values.
export const ipAnswerLabels = { 'wants-ip': 'Ønsker individuell plan', declines: 'Ønsker ikke individuell plan', undecided: 'Har ikke bestemt seg' } as const;
export const ipMethodLabels = { conversation: 'Samtale', letter: 'Brev', leaflet: 'Brosjyre' } as const;
export const messageKindLabels = { ip: 'Behov for individuell plan', coordinator: 'Behov for koordinator' } as const;
export const messageSourceLabels = { 'ip-information': 'Informasjon om IP', person: 'Personen selv', relative: 'Pårørende', gp: 'Fastlege', specialist: 'Spesialisthelsetjenesten', unit: 'En enhet i kommunen', other: 'Annet' } as const;
export const messageStatusLabels = { open: 'Åpen', started: 'IP-arbeid startet', offered: 'Koordinator tilbudt', rejected: 'Avslått' } as const;
export const trainingModuleLabels = { 'meeting-leadership': 'Møteledelse', 'coordinator-role': 'Koordinatorrollen', 'individual-plan': 'Individuell plan', other: 'Annet kurs' } as const;
export const eventKindLabels: Record<string, string> = { offered: 'Koordinator tilbudt (takket ja)', 'offer-declined': 'Koordinator tilbudt (takket nei)', appointed: 'Koordinator oppnevnt', changed: 'Koordinator byttet', ended: 'Koordinator avsluttet' };
export const planStatusLabels = { active: 'Aktiv', paused: 'Satt på pause', closed: 'Avsluttet' } as const;
export const planStatusColors = { active: 'success', paused: 'warning', closed: 'neutral' } as const;
export const measureStatusLabels = { planned: 'Planlagt', ongoing: 'Pågår', done: 'Utført', cancelled: 'Avlyst' } as const;
export const goalStatusLabels = { active: 'Aktivt', achieved: 'Nådd', dropped: 'Lagt bort' } as const;
export const participantKindLabels = { person: 'Personen selv', provider: 'Tjenesteyter', relative: 'Pårørende', nav: 'NAV', gp: 'Fastlege', dps: 'DPS', other: 'Annen' } as const;
export const minutesStatusLabels = { recorded: 'Referat skrevet', cancelled: 'Avlyst', upcoming: 'Kommende', due: 'Referat mangler', overdue: 'Referat forsinket' } as const;
export const minutesStatusColors = { recorded: 'success', cancelled: 'neutral', upcoming: 'info', due: 'warning', overdue: 'danger' } as const;
export const reachableLabels = { day: 'Dag', night: 'Natt', 'day-and-night': 'Dag og natt' } as const;
export const riskKindLabels = { violence: 'Voldsrisiko', suicide: 'Selvmordsrisiko' } as const;

export function entries<K extends string>(labels: Record<K, string>): [K, string][] {
  return Object.entries(labels) as [K, string][];
}
