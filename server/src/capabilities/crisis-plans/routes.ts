// Crisis plan: read, save (a new version), PDF, and risk flags. Sharing is the person's consent
// (POST /api/persons/:id/consents with scope 'crisis-plan').
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const crisisPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['crisis-plans'];
  app.get('/api/persons/:personId/crisis-plan', { schema: { tags, summary: 'Kriseplan, hvem den er delt med, risikoflagg og om personen skal ha en', params: s.personIdParams, response: { 200: s.crisisPlanOverview } } }, async (request) =>
    inScope(app, request, (scope) => store.overview(scope, request.params.personId)),
  );
  app.put('/api/persons/:personId/crisis-plan', { schema: { tags, summary: 'Lagre kriseplanen (ny versjon)', params: s.personIdParams, body: s.crisisPlanBody, response: { 200: s.savedResponse } } }, async (request) =>
    inScope(app, request, (scope) => store.saveCrisisPlan(scope, request.params.personId, request.body)),
  );
  app.get('/api/persons/:personId/crisis-plan/pdf', { schema: { tags, summary: 'Kriseplanen som PDF (large=true gir stor skrift)', params: s.personIdParams, querystring: s.pdfQuery, response: { 200: z.any().describe('application/pdf') } } }, async (request, reply) => {
    const pdf = await inScope(app, request, (scope) => store.printCrisisPlan(scope, request.params.personId, request.query.large === 'true'));
    return reply.type('application/pdf').header('content-disposition', 'inline; filename="kriseplan.pdf"').send(pdf);
  });
  app.post('/api/persons/:personId/risk-flags', { schema: { tags, summary: 'Registrer voldsrisiko eller selvmordsrisiko', params: s.personIdParams, body: s.riskFlagBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addRiskFlag(scope, request.params.personId, request.body)) }),
  );
  app.post('/api/persons/:personId/risk-flags/:flagId/clear', { schema: { tags, summary: 'Fjern risikoflagg med begrunnelse', params: s.flagParams, body: s.clearFlagBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.clearRiskFlag(scope, request.params.personId, request.params.flagId, request.body.note));
    return reply.code(204).send(null);
  });
};
