import { z } from 'zod';
import { text, localDate } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { ipMessageKinds, ipMessageSources, ipMessageStatuses, trainingModules } from './schema.js';

export { idResponse, personIdParams };

export const createIpMessageBody = z.strictObject({
  kind: z.enum(ipMessageKinds, { error: 'Velg om meldingen gjelder individuell plan eller koordinator' }),
  source: z.enum(ipMessageSources.filter((s) => s !== 'ip-information') as [string, ...string[]], { error: 'Velg hvem meldingen kom fra' }),
  content: text(5000).min(3, 'Beskriv behovet'),
});
export const messageParams = z.strictObject({ messageId: z.uuid() });
export const rejectMessageBody = z.strictObject({ reason: text(2000).min(10, 'Begrunn hvorfor vilkårene ikke er oppfylt (minst 10 tegn)') });
export const inboxQuery = z.strictObject({ status: z.enum(['open', 'all']).default('open') });

export const ipMessage = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  kind: z.enum(ipMessageKinds),
  source: z.enum(ipMessageSources),
  content: z.string(),
  receivedAt: z.date(),
  dueDate: z.string(),
  overdue: z.boolean(),
  status: z.enum(ipMessageStatuses),
  outcomeNote: z.string().nullable(),
  handledAt: z.date().nullable(),
  legalSource: z.string(),
});
export const inboxResponse = z.object({ items: z.array(ipMessage) });

export const registerCoordinatorBody = z.strictObject({ userId: z.uuid(), unitId: z.uuid(), note: text(1000).optional() });
export const coordinatorParams = z.strictObject({ coordinatorId: z.uuid() });
export const trainingBody = z.strictObject({
  module: z.enum(trainingModules, { error: 'Velg kursmodul' }),
  title: text(200).optional(),
  completedOn: localDate('Dato for fullført kurs'),
});
export const updateCoordinatorBody = z.strictObject({ active: z.boolean() });
export const coordinatorEntry = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  phone: z.string().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  active: z.boolean(),
  caseload: z.number().int(),
  training: z.array(z.object({ module: z.enum(trainingModules), label: z.string(), title: z.string().nullable(), completedOn: z.string() })),
  missingModules: z.array(z.string()),
});
export const registerResponse = z.object({ items: z.array(coordinatorEntry) });

export const appointBody = z.strictObject({
  coordinatorId: z.uuid({ error: 'Velg koordinator fra registeret' }),
  basis: z.enum(['ip', 'without-ip'], { error: 'Velg om koordinatoren er knyttet til individuell plan' }),
  reason: text(2000).min(3, 'Begrunn valget av koordinator og enhet'),
  chosenWithPerson: z.boolean({ error: 'Oppgi om valget er gjort i samråd med personen' }),
  handoverNote: text(2000).nullable().optional(),
});
export const offerBody = z.strictObject({ accepted: z.boolean({ error: 'Oppgi om personen takket ja' }), note: text(2000).min(3, 'Skriv hva personen svarte') });
export const endBody = z.strictObject({ reason: text(2000).min(3, 'Begrunn hvorfor koordinatoren avsluttes') });
export const requestBody = z.strictObject({
  reason: text(2000).min(3, 'Skriv hva personen ønsker og hvorfor'),
  receivedVia: text(200).min(2, 'Oppgi hvordan ønsket kom (samtale, telefon, brev …)'),
});

export const coordinatorNow = z.object({ assignmentId: z.uuid(), userId: z.uuid(), displayName: z.string(), phone: z.string().nullable(), unitName: z.string(), basis: z.enum(['ip', 'without-ip']), since: z.date(), chosenWithPerson: z.boolean() });
export const check = z.object({ checkId: z.string(), source: z.string(), met: z.boolean().nullable(), detail: z.string() });
export const coordinationOverview = z.object({
  coordinator: coordinatorNow.nullable(),
  events: z.array(z.object({ kind: z.string(), fromName: z.string().nullable(), toName: z.string().nullable(), note: z.string(), handoverNote: z.string().nullable(), occurredAt: z.date(), recordedByName: z.string() })),
  requests: z.array(z.object({ id: z.uuid(), reason: z.string(), receivedVia: z.string(), requestedAt: z.date(), status: z.enum(['open', 'handled']), answer: z.string().nullable(), handledAt: z.date().nullable() })),
  messages: z.array(ipMessage),
});
