// KE: the inbox of IP messages, the coordinator register, appointments and requests for a new coordinator.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const coordinationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['coordination'];
  const noContent = { 204: z.null() };

  app.get('/api/ke/inbox', { schema: { tags, summary: 'Koordinerende enhets innboks: meldinger om behov for IP eller koordinator', querystring: s.inboxQuery, response: { 200: s.inboxResponse } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.inbox(scope, request.query.status)),
  }));
  app.post('/api/persons/:personId/ip-messages', { schema: { tags, summary: 'Send melding om behov for individuell plan eller koordinator til KE', params: s.personIdParams, body: s.createIpMessageBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createIpMessage(scope, request.params.personId, request.body)) }),
  );
  app.post('/api/ip-messages/:messageId/reject', { schema: { tags, summary: 'Avslå melding (vilkårene er ikke oppfylt)', params: s.messageParams, body: s.rejectMessageBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.rejectMessage(scope, request.params.messageId, request.body.reason));
    return reply.code(204).send(null);
  });

  app.get('/api/coordinators', { schema: { tags, summary: 'Koordinatorregisteret med opplæring og antall personer', response: { 200: s.registerResponse } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.listCoordinators(scope)),
  }));
  app.post('/api/coordinators', { schema: { tags, summary: 'Registrer koordinator', body: s.registerCoordinatorBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.registerCoordinator(scope, request.body)) }),
  );
  app.patch('/api/coordinators/:coordinatorId', { schema: { tags, summary: 'Aktiver eller deaktiver koordinator', params: s.coordinatorParams, body: s.updateCoordinatorBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updateCoordinator(scope, request.params.coordinatorId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/coordinators/:coordinatorId/training', { schema: { tags, summary: 'Registrer fullført kursmodul', params: s.coordinatorParams, body: s.trainingBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.recordTraining(scope, request.params.coordinatorId, request.body)) }),
  );

  app.get('/api/persons/:personId/coordination', { schema: { tags, summary: 'Koordinator, hendelser, ønsker om ny koordinator og meldinger til KE', params: s.personIdParams, response: { 200: s.coordinationOverview } } }, async (request) =>
    inScope(app, request, (scope) => store.overview(scope, request.params.personId)),
  );
  app.post('/api/persons/:personId/coordinator', { schema: { tags, summary: 'Oppnevn eller bytt koordinator (KE)', params: s.personIdParams, body: s.appointBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.appointCoordinator(scope, request.params.personId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/persons/:personId/coordinator/end', { schema: { tags, summary: 'Avslutt koordinator', params: s.personIdParams, body: s.endBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.endCoordinator(scope, request.params.personId, request.body.reason));
    return reply.code(204).send(null);
  });
  app.post('/api/persons/:personId/coordinator-offer', { schema: { tags, summary: 'Registrer tilbud om koordinator og personens svar', params: s.personIdParams, body: s.offerBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.recordOffer(scope, request.params.personId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/persons/:personId/coordinator-requests', { schema: { tags, summary: 'Registrer personens ønske om ny koordinator', params: s.personIdParams, body: s.requestBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createRequest(scope, request.params.personId, request.body)) }),
  );
};
