// Relatives and children as relatives: list with checks, register, update consent, the relative's own
// needs assessment, the child's clarification / information / follow-up, and the units' child-responsible staff.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const relativesRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['relatives'];
  app.get('/api/persons/:personId/relatives', { schema: { tags, summary: 'Pårørende, barn som pårørende, kartlegging fra første kontakt og kontroller', params: s.personIdParams, response: { 200: s.relativesOverview } } }, async (request) =>
    inScope(app, request, (scope) => store.overview(scope, request.params.personId)),
  );
  app.post('/api/persons/:personId/relatives', { schema: { tags, summary: 'Registrer pårørende (med personens samtykke og omfang)', params: s.personIdParams, body: s.relativeBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addRelative(scope, request.params.personId, request.body)) }),
  );
  app.patch('/api/persons/:personId/relatives/:relativeId', { schema: { tags, summary: 'Endre samtykke, telefon, nærmeste pårørende, eller avslutt', params: s.relativeParams, body: s.relativeUpdateBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updateRelative(scope, request.params.personId, request.params.relativeId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/persons/:personId/relatives/:relativeId/needs-assessments', { schema: { tags, summary: 'Kartlegg den pårørendes egne behov og støtte tilbudt', params: s.relativeParams, body: s.needsAssessmentBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addNeedsAssessment(scope, request.params.personId, request.params.relativeId, request.body)) }),
  );
  app.post('/api/persons/:personId/relatives/:relativeId/child-follow-ups', { schema: { tags, summary: 'Barn som pårørende: avklaring (skjema), informasjon eller oppfølging ved barneansvarlig', params: s.relativeParams, body: s.childFollowUpBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addChildFollowUp(scope, request.params.personId, request.params.relativeId, request.body)) }),
  );
  app.get('/api/child-responsible', { schema: { tags, summary: 'Barneansvarlig per enhet; ledige roller flagges', response: { 200: s.childResponsibleList } } }, async (request) =>
    inScope(app, request, (scope) => store.listChildResponsible(scope)),
  );
  app.put('/api/units/:unitId/child-responsible', { schema: { tags, summary: 'Utnevn enhetens barneansvarlige', params: s.unitParams, body: s.childResponsibleBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.appointChildResponsible(scope, request.params.unitId, request.body.userId));
    return reply.code(204).send(null);
  });
};
