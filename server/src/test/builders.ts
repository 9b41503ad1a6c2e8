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
