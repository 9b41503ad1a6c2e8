// Team meetings have minutes.
import { minutesCheck, minutesStatus } from '../../meetings/index.js';
import type { CheckDefinition } from '../types.js';
import { combine, type Item } from './util.js';
import { checkSource, cite } from '../../../platform/law/index.js';

export const meetingsHaveMinutes: CheckDefinition = {
  id: 'meeting-minutes',
  theme: 'meetings',
  text: 'Tverrfaglige møter og ansvarsgruppemøter skal ha registrert referat og deltakere.',
  source: checkSource('hpl', '§ 39', `(dokumentasjonsplikt); ${cite('asker-2026', 'pkt. 5.4.1 (stikkprøve #2)')}`),
  appliesTo: 'Hvert holdt møte der fristen for referat er passert',
  rule: 'Oppfylt: alle slike møter har referat og registrerte deltakere. Delvis: noen har referat, andre mangler, eller et møte med referat har ingen registrerte deltakere. Ikke oppfylt: ingen av dem har referat. Ikke aktuelt: ingen møter med passert referatfrist.',
  evaluate(s, today) {
    const items = s.meetings.flatMap((m): Item[] => {
      const status = minutesStatus({ meetingDay: m.meetingDay, minutesDueDate: m.minutesDueDate, hasMinutes: m.hasMinutes, cancelled: m.cancelled }, today);
      // Wraps meetings/rules.ts minutesCheck: recorded → met, overdue → not met, otherwise not yet due.
      const c = minutesCheck(status, m.minutesDueDate);
      if (c.met === null) return [];
      const evidence = [{ record: 'team_meetings', id: m.id, field: c.met ? 'meeting_minutes' : 'minutes_due_date' }];
      if (c.met && m.participants === 0) return [{ outcome: 'partly' as const, evidence: [{ record: 'meeting_participants', id: m.id, field: 'meeting_id' }], responsible: { userId: m.organiserId }, detail: 'Møtet har referat, men ingen registrerte deltakere.' }];
      return [{ outcome: c.met ? ('ok' as const) : ('missing' as const), evidence, responsible: { userId: m.organiserId }, detail: c.detail }];
    });
    const result = combine(items, 'Ingen møter med passert frist for referat.');
    // Some minutes recorded and some missing is partly met.
    if (result.status === 'not-met' && items.some((i) => i.outcome === 'ok')) return { ...result, status: 'partly' };
    return result;
  },
};
