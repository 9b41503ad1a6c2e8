// Builders that create records through the real API, for tests further down the flow.
import { expect } from 'vitest';
import { domainIds } from '../capabilities/assessment/index.js';
import type { TestClient } from './http-client.js';

export async function buildCompletedKartlegging(client: TestClient, personId: string, unitId: string, occasion: string, options: { skip?: string[] } = {}): Promise<string> {
  const created = await client.post(`/api/persons/${personId}/kartlegginger`, { unitId, occasion });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  for (const domain of domainIds.filter((d) => !options.skip?.includes(d))) {
    const answer = await client.put(`/api/kartlegginger/${id}/domains`, { domain, status: 'covered', evidenceKind: 'form', evidence: `Kartlagt i samtale (${domain})` });
    expect(answer.status).toBe(204);
  }
  const update = await client.patch(`/api/kartlegginger/${id}`, {
    meetingDate: occasion,
    meetingParticipants: ['Personen selv', 'Saksbehandler'],
    whatMatters: 'Å ha et trygt sted å bo.',
    relatives: { hasRelatives: false, closestRelative: null, childrenOrMinorSiblingsAffected: null, howToInvolve: null, ownNeedsMapped: null, childrenFormCompleted: null },
    ...(options.skip?.length ? { missingDomainsReason: 'Tas i neste samtale' } : {}),
  });
  expect(update.status).toBe(204);
  const done = await client.post(`/api/kartlegginger/${id}/complete`);
  expect(done.status, JSON.stringify(done.body)).toBe(204);
  return id;
}

/**
 * Through the real API: the person is informed and wants an IP, KE registers and appoints the
 * coordinator, and the coordinator creates the plan with one goal. Returns the ids.
 */
export async function buildIndividualPlan(clients: { informer: TestClient; ke: TestClient; coordinator: TestClient }, ids: { personId: string; informerUnitId: string; coordinatorUserId: string; coordinatorUnitId: string; informedOn: string }): Promise<{ planId: string; goalId: string; coordinatorId: string }> {
  const informed = await clients.informer.post(`/api/persons/${ids.personId}/ip-information`, { unitId: ids.informerUnitId, informedOn: ids.informedOn, methods: ['conversation', 'leaflet'], needsBasis: 'Flere tjenester over lang tid', answer: 'wants-ip' });
  expect(informed.status, JSON.stringify(informed.body)).toBe(201);
  const register = await clients.ke.post('/api/coordinators', { userId: ids.coordinatorUserId, unitId: ids.coordinatorUnitId });
  const coordinatorId = register.status === 201 ? (register.body.id as string) : (register.body.existingId as string);
  expect(coordinatorId, JSON.stringify(register.body)).toBeTruthy();
  const appointed = await clients.ke.post(`/api/persons/${ids.personId}/coordinator`, { coordinatorId, basis: 'ip', reason: 'Primærkontakt i FACT, kjenner personen', chosenWithPerson: true });
  expect(appointed.status, JSON.stringify(appointed.body)).toBe(204);
  const plan = await clients.coordinator.post(`/api/persons/${ids.personId}/plan`, { reviewIntervalDays: 90 });
  expect(plan.status, JSON.stringify(plan.body)).toBe(201);
  const goal = await clients.coordinator.post(`/api/plans/${plan.body.id}/goals`, { text: 'Å få beholde leiligheten og ha kontakt med datteren min.' });
  expect(goal.status).toBe(201);
  return { planId: plan.body.id, goalId: goal.body.id, coordinatorId };
}
