import { z } from 'zod';
import { instant, text, localDate } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { checkSchema } from '../coordination/index.js';

export { idResponse, personIdParams };

export const invitee = z
  .strictObject({ userId: z.uuid().optional(), name: text(200).min(2, 'Skriv navnet').optional(), role: text(200).min(2, 'Beskriv rollen i møtet') })
  .refine((i) => Boolean(i.userId) !== Boolean(i.name), { message: 'Velg enten en ansatt i teamet eller skriv navnet på en annen deltaker', path: ['userId'] });
export const createMeetingBody = z.strictObject({
  scheduledAt: instant('Tidspunkt for møtet'),
  location: text(200).min(2, 'Oppgi sted'),
  purpose: text(1000).min(3, 'Beskriv hva møtet skal handle om'),
  planId: z.uuid().nullable().optional(),
  includePerson: z.boolean().default(true),
  invitees: z.array(invitee).min(1, 'Inviter minst én deltaker').max(40),
});
export const meetingParams = z.strictObject({ meetingId: z.uuid() });
export const actionParams = z.strictObject({ actionId: z.uuid() });
export const listQuery = z.strictObject({ q: text(100).optional(), planId: z.uuid().optional() });
export const cancelBody = z.strictObject({ reason: text(1000).min(3, 'Begrunn hvorfor møtet avlyses') });
export const minutesBody = z.strictObject({
  agenda: z.array(text(500).min(1, 'Tomt punkt')).min(1, 'Skriv minst ett punkt på dagsordenen').max(50),
  personView: text(5000).min(3, 'Skriv personens syn, med personens egne ord'),
  decisions: z.array(text(2000).min(1, 'Tomt vedtak')).max(50).default([]),
  attendance: z.array(z.strictObject({ participantId: z.uuid(), attended: z.boolean(), absenceNote: text(500).optional() })).min(1, 'Registrer hvem som kom'),
  actions: z.array(z.strictObject({ description: text(2000).min(3, 'Beskriv oppgaven'), ownerId: z.uuid({ error: 'Velg hvem som eier oppgaven' }), dueDate: localDate('Frist') })).max(50).default([]),
});
export const actionDoneBody = z.strictObject({ note: text(2000).optional() });

export const meetingView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  planId: z.uuid().nullable(),
  purpose: z.string(),
  scheduledAt: z.date(),
  location: z.string(),
  organiserName: z.string(),
  status: z.enum(['planned', 'cancelled']),
  cancelReason: z.string().nullable(),
  minutesDueDate: z.string(),
  minutesStatus: z.enum(['recorded', 'cancelled', 'upcoming', 'due', 'overdue']),
  flagged: z.boolean(),
  participants: z.array(z.object({ id: z.uuid(), userId: z.uuid().nullable(), name: z.string(), role: z.string(), attended: z.boolean().nullable(), absenceNote: z.string().nullable() })),
  minutes: z.object({ planId: z.uuid().nullable(), agenda: z.array(z.string()), personView: z.string(), decisions: z.array(z.string()), recordedByName: z.string(), recordedAt: z.date() }).nullable(),
  actions: z.array(z.object({ id: z.uuid(), description: z.string(), ownerId: z.uuid(), ownerName: z.string(), dueDate: z.string(), status: z.enum(['open', 'done']), overdue: z.boolean(), doneAt: z.date().nullable(), doneNote: z.string().nullable() })),
  check: checkSchema,
});
export const meetingList = z.object({ items: z.array(meetingView) });
