// Kartlegging routes: create, record domains, meeting and «what matters», instruments, complete, decline.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, inScope } from '../../platform/http/request-context.js';
import { interfaceLanguage } from './instruments/index.js';
import { servedInstruments } from './wordings.js';
import * as s from './schemas.js';
import * as store from './store.js';
import { withTenant } from '../../platform/db/tenant-context.js';

export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['assessment'];
  const noContent = { 204: z.null() };
  app.get('/api/instruments', { schema: { tags, summary: 'Standardiserte kartleggingsinstrumenter (spørsmål, svaralternativer, kilde, ordlyd og lisens)', response: { 200: s.instrumentList } } }, async (request) => {
    const { actor } = contextOf(request, app.services.clock()); // logged-in users only
    return { items: await withTenant(app.services.db, actor.tenantId, (tx) => servedInstruments(tx, actor.tenantId, interfaceLanguage)) };
  });
  app.get('/api/persons/:personId/kartlegginger', { schema: { tags, summary: 'Personens kartlegginger', params: s.personIdParams, response: { 200: s.kartleggingList } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.listKartlegginger(scope, request.params.personId)),
  }));
  app.post('/api/persons/:personId/kartlegginger', { schema: { tags, summary: 'Start kartlegging', params: s.personIdParams, body: s.createKartleggingBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createKartlegging(scope, request.params.personId, request.body)) }),
  );
  app.post('/api/persons/:personId/kartlegginger/declined', { schema: { tags, summary: 'Personen takker nei til kartlegging (nytt tilbud på dato)', params: s.personIdParams, body: s.declineBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.declineKartlegging(scope, request.params.personId, request.body)) }),
  );
  app.get('/api/kartlegginger/:kartleggingId', { schema: { tags, summary: 'Én kartlegging', params: s.kartleggingParams, response: { 200: s.kartlegging } } }, async (request) =>
    inScope(app, request, (scope) => store.getKartlegging(scope, request.params.kartleggingId)),
  );
  app.patch('/api/kartlegginger/:kartleggingId', { schema: { tags, summary: 'Møte, «hva er viktig for deg», pårørende', params: s.kartleggingParams, body: s.updateKartleggingBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updateKartlegging(scope, request.params.kartleggingId, request.body));
    return reply.code(204).send(null);
  });
  app.put('/api/kartlegginger/:kartleggingId/domains', { schema: { tags, summary: 'Registrer et kartleggingsområde', params: s.kartleggingParams, body: s.domainBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.recordDomain(scope, request.params.kartleggingId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/kartlegginger/:kartleggingId/instruments', { schema: { tags, summary: 'Registrer svar på et instrument og beregn skår', params: s.kartleggingParams, body: s.instrumentBody, response: { 201: s.scoreResponse } } }, async (request, reply) =>
    reply.code(201).send(await inScope(app, request, (scope) => store.addInstrumentResult(scope, request.params.kartleggingId, request.body))),
  );
  app.post('/api/kartlegginger/:kartleggingId/complete', { schema: { tags, summary: 'Fullfør kartleggingen', params: s.kartleggingParams, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.completeKartlegging(scope, request.params.kartleggingId));
    return reply.code(204).send(null);
  });
};
