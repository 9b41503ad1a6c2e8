// Henvendelse (request) registration, first contact, triage, pathway and referrals.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const intakeRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['intake'];
  const noContent = { 204: z.null() };
  app.post('/api/henvendelser', { schema: { tags, summary: 'Registrer henvendelse', body: s.createHenvendelseBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createHenvendelse(scope, request.body)) }),
  );
  app.post('/api/henvendelser/:henvendelseId/first-contact', { schema: { tags, summary: 'Registrer første kontakt', params: s.henvendelseParams, body: s.firstContactBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.recordFirstContact(scope, request.params.henvendelseId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/henvendelser/:henvendelseId/triage', { schema: { tags, summary: 'Triager henvendelsen', params: s.henvendelseParams, body: s.triageBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.triage(scope, request.params.henvendelseId, request.body));
    return reply.code(204).send(null);
  });
  app.get('/api/persons/:personId/intake', { schema: { tags, summary: 'Henvendelser, hovedforløp og henvisninger for personen', params: s.personIdParams, response: { 200: s.intakeOverview } } }, async (request) =>
    inScope(app, request, (scope) => store.intakeOverview(scope, request.params.personId)),
  );
  app.post('/api/persons/:personId/pathway', { schema: { tags, summary: 'Sett eller endre hovedforløp', params: s.personIdParams, body: s.pathwayBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.changePathway(scope, request.params.personId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/persons/:personId/referrals', { schema: { tags, summary: 'Registrer henvisning (DPS, TSB, FACT, kommunal tjeneste)', params: s.personIdParams, body: s.referralBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createReferral(scope, request.params.personId, request.body)) }),
  );
  app.post('/api/referrals/:referralId/outcome', { schema: { tags, summary: 'Registrer utfall av henvisning', params: s.referralParams, body: s.referralOutcomeBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.recordReferralOutcome(scope, request.params.referralId, request.body));
    return reply.code(204).send(null);
  });
};
