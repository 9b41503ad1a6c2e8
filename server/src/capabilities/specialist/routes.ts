// Specialist services and GP: referrals with outcome (from intake), admissions and discharges, hospital
// messages (e.g. utskrivningsklar) with their time, and links to cooperation avvik.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const specialistRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['specialist'];
  app.get('/api/persons/:personId/specialist', { schema: { tags, summary: 'Henvisninger, innleggelser, meldinger fra sykehus, avvik og kontroller', params: s.personIdParams, response: { 200: s.specialistOverview } } }, async (request) =>
    inScope(app, request, (scope) => store.overview(scope, request.params.personId)),
  );
  app.post('/api/persons/:personId/admissions', { schema: { tags, summary: 'Registrer innleggelse', params: s.personIdParams, body: s.admissionBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addAdmission(scope, request.params.personId, request.body)) }),
  );
  app.patch('/api/persons/:personId/admissions/:admissionId', { schema: { tags, summary: 'Planlagt utskrivning, utskrivningsmøte, utskrivning og tjenester på plass', params: s.admissionParams, body: s.admissionUpdateBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updateAdmission(scope, request.params.personId, request.params.admissionId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/persons/:personId/admissions/:admissionId/messages', { schema: { tags, summary: 'Registrer melding fra sykehus (f.eks. utskrivningsklar) med tidspunkt', params: s.admissionParams, body: s.messageBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addMessage(scope, request.params.personId, request.params.admissionId, request.body)) }),
  );
  app.post('/api/persons/:personId/specialist-deviations', { schema: { tags, summary: 'Knytt et samhandlingsavvik til en innleggelse eller henvisning', params: s.personIdParams, body: s.deviationLinkBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.linkDeviation(scope, request.params.personId, request.body)) }),
  );
};
