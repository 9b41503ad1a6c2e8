// Theme plans: goals, strategies, measures per unit, status reports; strategies without a measure in a concerned unit.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const themePlanRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['temaplaner'];
  app.get('/api/theme-plans', { schema: { tags, summary: 'Temaplaner med antall strategier, tiltak og mangler', response: { 200: s.planList } } }, async (request) => ({ items: await inScope(app, request, (scope) => store.listPlans(scope)) }));
  app.post('/api/theme-plans', { schema: { tags, summary: 'Registrer temaplan med mål og strategier', body: s.planBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createPlan(scope, request.body)) }),
  );
  app.get('/api/theme-plans/:planId', { schema: { tags, summary: 'Temaplanen med tiltak per enhet, statusrapporter og enheter uten tiltak', params: s.planParams, response: { 200: s.planView } } }, async (request) => inScope(app, request, (scope) => store.getPlan(scope, request.params.planId)));
  app.post('/api/theme-plan-strategies/:strategyId/measures', { schema: { tags, summary: 'Nytt tiltak for en enhet', params: s.strategyParams, body: s.measureBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addMeasure(scope, request.params.strategyId, request.body)) }),
  );
  app.post('/api/theme-plan-measures/:measureId/status-reports', { schema: { tags, summary: 'Statusrapport på et tiltak', params: s.measureParams, body: s.statusReportBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.reportStatus(scope, request.params.measureId, request.body)) }),
  );
};
