// Records the access matrix needs for the coordination routes (individual plan, coordinator, team
// meetings, crisis plan, one-time codes): one set per person, inserted directly so every cell has
// something to read or change.
import type { Db } from '../platform/db/database.js';
import { individualPlans, ipInformation, planGoals, planMeasures, planParticipants, planVersions } from '../capabilities/plans/index.js';
import { coordinators, ipMessages } from '../capabilities/coordination/index.js';
import { meetingActions, meetingParticipants, teamMeetings } from '../capabilities/meetings/index.js';
import { crisisPlans, riskFlags } from '../capabilities/crisis-plans/index.js';

export interface CoordinationCells {
  /** Per person: the ids of the records the routes act on. */
  byPerson: Record<string, { plan: string; goal: string; measure: string; participant: string; message: string; meeting: string; meetingParticipant: string; meetingToCancel: string; action: string; flag: string }>;
  /** A registered coordinator (the matrix coordinator) to appoint. */
  coordinatorId: string;
}

const day = (offset: number): string => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);

export async function seedCoordinationCells(db: Db, input: { tenantId: string; unitId: string; staffId: string; coordinatorUserId: string; actionOwnerId: string; personIds: string[]; ownPersonId: string }): Promise<CoordinationCells> {
  const { tenantId, unitId, staffId } = input;
  const now = new Date();
  const byPerson: CoordinationCells['byPerson'] = {};
  for (const personId of [...input.personIds, input.ownPersonId]) {
    await db.insert(ipInformation).values({ tenantId, personId, unitId, informedOn: day(-5), informedBy: staffId, methods: ['conversation'], needsBasis: 'Matrisetest', answer: 'wants-ip', recordedAt: now });
    const [plan] = await db.insert(individualPlans).values({ tenantId, personId, reviewIntervalDays: 90, nextReviewDate: day(60), createdBy: staffId, createdAt: now, updatedBy: staffId, updatedAt: now }).returning({ id: individualPlans.id });
    const planId = plan!.id;
    await db.insert(planVersions).values({ tenantId, planId, personId, version: 1, snapshot: { status: 'active', statusNote: null, reviewIntervalDays: 90, nextReviewDate: day(60), goals: [], measures: [], participants: [] }, changed: ['opprettet'], summary: 'Planen ble opprettet', changedBy: staffId, changedAt: now });
    const [goal] = await db.insert(planGoals).values({ tenantId, planId, personId, text: 'Matrisemål', createdBy: staffId, createdAt: now }).returning({ id: planGoals.id });
    const [measure] = await db.insert(planMeasures).values({ tenantId, planId, personId, description: 'Matrisetiltak', responsibleUnitId: unitId, responsiblePersonName: 'Matrise', startDate: day(0), deadline: day(30), createdBy: staffId, createdAt: now }).returning({ id: planMeasures.id });
    await db.insert(planParticipants).values({ tenantId, planId, personId, kind: 'person', name: 'Personen', role: 'Personen selv', consentGivenAt: now, addedBy: staffId, addedAt: now });
    const [participant] = await db.insert(planParticipants).values({ tenantId, planId, personId, kind: 'relative', name: 'Matrise Pårørende', role: 'Søster', consentGivenAt: now, addedBy: staffId, addedAt: now }).returning({ id: planParticipants.id });
    const [message] = await db.insert(ipMessages).values({ tenantId, personId, keUnitId: unitId, kind: 'ip', source: 'gp', content: 'Matrisetest', receivedAt: now, dueDate: day(14), createdBy: staffId }).returning({ id: ipMessages.id });
    const meeting = (offset: number) => db.insert(teamMeetings).values({ tenantId, personId, planId, purpose: 'Matrisemøte', scheduledAt: new Date(Date.now() + offset * 86400_000), location: 'Møterom', organiserId: staffId, minutesDueDate: day(offset + 7), createdAt: now }).returning({ id: teamMeetings.id });
    const [held] = await meeting(-1);
    const [toCancel] = await meeting(3);
    const [invited] = await db.insert(meetingParticipants).values({ tenantId, meetingId: held!.id, name: 'Matrise Pårørende', role: 'Søster' }).returning({ id: meetingParticipants.id });
    const [action] = await db.insert(meetingActions).values({ tenantId, meetingId: held!.id, personId, description: 'Matriseoppgave', ownerId: input.actionOwnerId, dueDate: day(10) }).returning({ id: meetingActions.id });
    const [flag] = await db.insert(riskFlags).values({ tenantId, personId, kind: 'suicide', note: 'Matrisetest', setAt: now, setBy: staffId }).returning({ id: riskFlags.id });
    byPerson[personId] = { plan: planId, goal: goal!.id, measure: measure!.id, participant: participant!.id, message: message!.id, meeting: held!.id, meetingParticipant: invited!.id, meetingToCancel: toCancel!.id, action: action!.id, flag: flag!.id };
  }
  await db.insert(crisisPlans).values({ tenantId, personId: input.ownPersonId, version: 1, preparedOn: day(-1), preparedWithPerson: true, stablePhase: true, warningSigns: 'Matrisetest', whatHelps: 'Matrisetest', contacts: [{ name: 'Legevakten', relation: 'Legevakt', phone: '116117', reachable: 'day-and-night' }], reviewDate: day(180), createdBy: staffId, createdAt: now });
  const [coordinator] = await db.insert(coordinators).values({ tenantId, userId: input.coordinatorUserId, unitId, registeredAt: now, registeredBy: staffId }).returning({ id: coordinators.id });
  return { byPerson, coordinatorId: coordinator!.id };
}
