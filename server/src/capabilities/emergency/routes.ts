// Emergency ("break the glass") access and the leaders' review of it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as schemas from './schemas.js';
import * as store from './store.js';

export const emergencyRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['emergency'];
  app.post('/api/persons/:personId/emergency-access', { schema: { tags, summary: 'Åpne nødtilgang (vakt) med begrunnelse', params: schemas.personIdParams, body: schemas.openEmergencyBody, response: { 201: schemas.emergencyView } } }, async (request, reply) => {
    const view = await inScope(app, request, async (scope) => {
      await store.openEmergencyAccess(scope, request.params.personId, request.body.reason, app.services.config.emergencyAccessHours);
      return store.readEmergencyView(scope, request.params.personId);
    });
    return reply.code(201).send(view);
  });

  app.get('/api/emergency/lookup', { schema: { tags, summary: 'Finn person på fødselsnummer før nødtilgang (vakt)', querystring: schemas.lookupQuery, response: { 200: schemas.lookupResponse } } }, async (request) =>
    inScope(app, request, (scope) => store.lookupForEmergency(scope, request.query.nationalId)),
  );

  app.get('/api/persons/:personId/emergency', { schema: { tags, summary: 'Akuttvisning', params: schemas.personIdParams, response: { 200: schemas.emergencyView } } }, async (request) =>
    inScope(app, request, (scope) => store.readEmergencyView(scope, request.params.personId)),
  );

  app.get('/api/emergency-accesses', { schema: { tags, summary: 'Nødtilganger til gjennomgang (leder)', querystring: schemas.reviewListQuery, response: { 200: z.object({ items: z.array(schemas.emergencyAccessItem) }) } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.listEmergencyAccesses(scope, request.query.status)),
  }));

  app.post('/api/emergency-accesses/:accessId/review', { schema: { tags, summary: 'Marker nødtilgang som gjennomgått', params: schemas.reviewParams, body: schemas.reviewBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.reviewEmergencyAccess(scope, request.params.accessId, request.body.comment));
    return reply.code(204).send(null);
  });
};
