// Housing: the person's housing page, writes, and the housing office's overview and monthly figures.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';
import { cite } from '../../platform/law/index.js';

export const housingRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['housing'];
  const noContent = { 204: z.null() };
  const created = { 201: s.idResponse };
  app.get('/api/persons/:personId/housing', { schema: { tags, summary: 'Boligsituasjon, søknader, midlertidige opphold, utkastelser og booppfølging', params: s.personIdParams, response: { 200: s.housingView } } }, async (request) => inScope(app, request, (scope) => store.getHousing(scope, request.params.personId)));
  app.post('/api/persons/:personId/housing/status', { schema: { tags, summary: 'Registrer endret boligsituasjon', params: s.personIdParams, body: s.statusBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.recordStatus(scope, request.params.personId, request.body)) }));
  app.post('/api/persons/:personId/housing/applications', { schema: { tags, summary: 'Registrer boligsøknad (venteliste)', params: s.personIdParams, body: s.applicationBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createApplication(scope, request.params.personId, request.body)) }));
  app.patch('/api/housing-applications/:id', { schema: { tags, summary: 'Oppdater søknad: plass på ventelisten eller avgjørelse', params: s.idParams, body: s.applicationUpdateBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updateApplication(scope, request.params.id, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/persons/:personId/housing/temporary-stays', { schema: { tags, summary: `Registrer opphold i midlertidig botilbud (${cite('sotjl', '§ 27')})`, params: s.personIdParams, body: s.stayBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createStay(scope, request.params.personId, request.body)) }));
  app.post('/api/temporary-stays/:id/end', { schema: { tags, summary: 'Avslutt oppholdet', params: s.idParams, body: s.stayEndBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.endStay(scope, request.params.id, request.body.endDate));
    return reply.code(204).send(null);
  });
  app.post('/api/temporary-stays/:id/exception', { schema: { tags, summary: 'Registrer unntaksgrunn for opphold over 3 måneder', params: s.idParams, body: s.stayExceptionBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.recordException(scope, request.params.id, request.body.reason));
    return reply.code(204).send(null);
  });
  app.post('/api/persons/:personId/housing/evictions', { schema: { tags, summary: 'Registrer risiko for utkastelse eller utkastelse, med årsak', params: s.personIdParams, body: s.evictionBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.recordEviction(scope, request.params.personId, request.body)) }));
  app.post('/api/eviction-events/:id/resolve', { schema: { tags, summary: 'Avslutt en risiko for utkastelse', params: s.idParams, body: s.evictionResolveBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.resolveEvictionRisk(scope, request.params.id, request.body.resolvedOn));
    return reply.code(204).send(null);
  });
  app.post('/api/persons/:personId/housing/follow-up-plans', { schema: { tags, summary: 'Lag plan for booppfølging', params: s.personIdParams, body: s.planBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createPlan(scope, request.params.personId, request.body)) }));
  app.post('/api/follow-up-plans/:id/visits', { schema: { tags, summary: 'Registrer hjemmebesøk', params: s.idParams, body: s.visitBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.recordVisit(scope, request.params.id, request.body)) }));
  app.post('/api/follow-up-plans/:id/end', { schema: { tags, summary: 'Avslutt planen for booppfølging', params: s.idParams, body: s.stayEndBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.endPlan(scope, request.params.id, request.body.endDate));
    return reply.code(204).send(null);
  });
  app.get('/api/housing/overview', { schema: { tags, summary: 'Boligkontorets oversikt: midlertidige opphold med dager, varsler og avvik, og ventelisten', response: { 200: s.overviewView } } }, async (request) => inScope(app, request, (scope) => store.overview(scope)));
  app.get('/api/housing/figures', { schema: { tags, summary: 'Tall per måned: personer i midlertidig botilbud, opphold over 3 måneder, utkastelser', querystring: s.figuresQuery, response: { 200: s.figuresView } } }, async (request) => inScope(app, request, (scope) => store.figures(scope, request.query.months)));
};
