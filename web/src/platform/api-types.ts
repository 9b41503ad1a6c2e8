// Response types of the API, derived from the server's own Zod schemas (type-only imports, so no
// server code reaches the browser bundle). Dates arrive as ISO strings over JSON.
import type { z } from 'zod';
import type { meSchema } from '../../../server/src/platform/auth/routes.js';
import type { personDetail, personSummary } from '../../../server/src/capabilities/persons/schemas.js';
import type { consent, note, notesResponse } from '../../../server/src/capabilities/notes/schemas.js';
import type { emergencyAccessItem, emergencyView } from '../../../server/src/capabilities/emergency/schemas.js';
import type { logEntry } from '../../../server/src/capabilities/access-log/schemas.js';
import type { partner, staffMember, unit } from '../../../server/src/capabilities/organisation/schemas.js';
import type { henvendelse, intakeOverview, pathwayEntry, referral } from '../../../server/src/capabilities/intake/schemas.js';
import type { kartlegging, scoreResponse } from '../../../server/src/capabilities/assessment/schemas.js';
import type { service, vedtakView } from '../../../server/src/capabilities/vedtak/schemas.js';
import type { task, worklistResponse } from '../../../server/src/capabilities/worklist/schemas.js';

/** What a value looks like after JSON.stringify/parse: Date becomes string. */
export type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

type Out<S extends z.ZodType> = Json<z.output<S>>;

export type Me = Out<typeof meSchema>;
export type CurrentUser = Me['user'];
export type PersonSummary = Out<typeof personSummary>;
export type PersonDetail = Out<typeof personDetail>;
export type Note = Out<typeof note>;
export type NotesResponse = Out<typeof notesResponse>;
export type Consent = Out<typeof consent>;
export type EmergencyView = Out<typeof emergencyView>;
export type EmergencyAccessItem = Out<typeof emergencyAccessItem>;
export type LogEntry = Out<typeof logEntry>;
export type Unit = Out<typeof unit>;
export type Partner = Out<typeof partner>;
export type StaffMember = Out<typeof staffMember>;
export type Items<T> = { items: T[] };
export type Created = { id: string };

export type Henvendelse = Out<typeof henvendelse>;
export type IntakeOverview = Out<typeof intakeOverview>;
export type PathwayEntry = Out<typeof pathwayEntry>;
export type Referral = Out<typeof referral>;
export type Kartlegging = Out<typeof kartlegging>;
export type ScoreResponse = Out<typeof scoreResponse>;
export type Service = Out<typeof service>;
export type Vedtak = Out<typeof vedtakView>;
export type Task = Out<typeof task>;
export type WorklistResponse = Out<typeof worklistResponse>;
export type { InstrumentDefinition, InstrumentItem } from '../../../server/src/capabilities/assessment/instruments/types.js';
