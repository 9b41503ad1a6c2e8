// Meaningful activities: the offers catalogue, the report by area and target group, and a person's participation.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['activities'];
  app.get('/api/activity-offers', { schema: { tags, summary: 'Katalog over aktivitets- og arbeidstilbud', querystring: s.offersQuery, response: { 200: s.offerList } } }, async (request) =>
    inScope(app, request, (scope) => store.listOffers(scope, request.query)),
  );
  app.get('/api/activity-offers/report', { schema: { tags, summary: 'Tilbud per område og målgruppe, med hull', response: { 200: s.offerReport } } }, async (request) => inScope(app, request, (scope) => store.report(scope)));
  app.post('/api/activity-offers', { schema: { tags, summary: 'Registrer tilbud i katalogen', body: s.offerBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createOffer(scope, request.body)) }),
  );
  app.patch('/api/activity-offers/:offerId', { schema: { tags, summary: 'Endre tider eller avslutt tilbudet', params: s.offerParams, body: s.offerUpdateBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updateOffer(scope, request.params.offerId, request.body));
    return reply.code(204).send(null);
  });
  app.get('/api/persons/:personId/activities', { schema: { tags, summary: 'Personens deltakelse i aktivitets- og arbeidstilbud', params: s.personIdParams, response: { 200: s.personActivities } } }, async (request) =>
    inScope(app, request, (scope) => store.personActivities(scope, request.params.personId)),
  );
  app.post('/api/persons/:personId/activities', { schema: { tags, summary: 'Registrer deltakelse i et tilbud', params: s.personIdParams, body: s.participationBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addParticipation(scope, request.params.personId, request.body)) }),
  );
  app.post('/api/persons/:personId/activities/:participationId/end', { schema: { tags, summary: 'Avslutt deltakelse', params: s.participationParams, body: s.endParticipationBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.endParticipation(scope, request.params.personId, request.params.participationId, request.body.endedOn));
    return reply.code(204).send(null);
  });
};
