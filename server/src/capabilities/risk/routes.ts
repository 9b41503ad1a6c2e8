// Structured risk assessments (violence, suicide) that raise the person's risk flag.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const riskRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['risk'];
  app.get('/api/persons/:personId/risk', { schema: { tags, summary: 'Risikoflagg med nivå og sikkerhetstiltak, risikovurderinger (grunnlaget bare for forfatterenheten) og kontroller', params: s.personIdParams, response: { 200: s.riskOverview } } }, async (request) =>
    inScope(app, request, (scope) => store.overview(scope, request.params.personId)),
  );
  app.post('/api/persons/:personId/risk-assessments', { schema: { tags, summary: 'Registrer strukturert risikovurdering (grønn/gul/rød); gul og rød gir risikoflagg', params: s.personIdParams, body: s.assessmentBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.assess(scope, request.params.personId, request.body)) }),
  );
};
