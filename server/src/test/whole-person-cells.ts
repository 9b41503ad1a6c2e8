// Records the access matrix needs for the whole-person routes (somatic, housing, NAV) that take a
// record id: one of each per person, so in-scope and out-of-scope cells both have a target.
import type { Db } from '../platform/db/database.js';
import { temporaryStays, homeFollowUpPlans, evictionEvents, housingApplications } from '../capabilities/housing/index.js';
import { gpAppointments, healthContacts } from '../capabilities/somatic/index.js';
import { navGuidance } from '../capabilities/nav/index.js';

export interface WholePersonCells {
  byPerson: Record<string, { stay: string; plan: string; eviction: string; application: string; appointment: string; healthContact: string; guidance: string }>;
}

export async function seedWholePersonCells(db: Db, input: { tenantId: string; unitId: string; staffId: string; personIds: string[] }): Promise<WholePersonCells> {
  const { tenantId, unitId, staffId } = input;
  const now = new Date();
  const day = (offset: number) => new Date(now.getTime() + offset * 86400_000).toISOString().slice(0, 10);
  const byPerson: WholePersonCells['byPerson'] = {};
  for (const personId of input.personIds) {
    const base = { tenantId, personId };
    const [stay] = await db.insert(temporaryStays).values({ ...base, place: 'Matrisebolig', startDate: day(-100), unitId, recordedBy: staffId, recordedAt: now }).returning({ id: temporaryStays.id });
    const [plan] = await db.insert(homeFollowUpPlans).values({ ...base, unitId, goals: 'Matrisemål', visitIntervalDays: 14, startDate: day(-30), recordedBy: staffId, recordedAt: now }).returning({ id: homeFollowUpPlans.id });
    const [eviction] = await db.insert(evictionEvents).values({ ...base, kind: 'risk', occurredOn: day(-20), cause: 'Matriserisiko', recordedBy: staffId, recordedAt: now }).returning({ id: evictionEvents.id });
    const [application] = await db.insert(housingApplications).values({ ...base, kind: 'municipal-rental', appliedOn: day(-60), waitingPosition: 5, recordedBy: staffId, updatedAt: now }).returning({ id: housingApplications.id });
    const [appointment] = await db.insert(gpAppointments).values({ ...base, scheduledAt: new Date(now.getTime() - 2 * 86400_000), purpose: 'Matrisetime', recordedBy: staffId, createdAt: now, updatedAt: now }).returning({ id: gpAppointments.id });
    const [healthContact] = await db.insert(healthContacts).values({ ...base, unitId, contactAt: new Date(now.getTime() - 86400_000), reason: 'Matrise', summary: 'Matriseoppsummering', gpName: 'Matriselege', sentAt: now, recordedBy: staffId }).returning({ id: healthContacts.id });
    const [guidance] = await db.insert(navGuidance).values({ ...base, unitId, requestedOn: day(-10), topic: 'Matriseveiledning', recordedBy: staffId, recordedAt: now }).returning({ id: navGuidance.id });
    byPerson[personId] = { stay: stay!.id, plan: plan!.id, eviction: eviction!.id, application: application!.id, appointment: appointment!.id, healthContact: healthContact!.id, guidance: guidance!.id };
  }
  return { byPerson };
}
