// Team meetings: invitation, minutes with attendance and actions, and closing an action.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['meetings'];
  const noContent = { 204: z.null() };
  app.get('/api/persons/:personId/meetings', { schema: { tags, summary: 'Teammøter med referat (søk med q, filtrer på plan)', params: s.personIdParams, querystring: s.listQuery, response: { 200: s.meetingList } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.listMeetings(scope, request.params.personId, request.query)),
  }));
  app.post('/api/persons/:personId/meetings', { schema: { tags, summary: 'Innkall til teammøte', params: s.personIdParams, body: s.createMeetingBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createMeeting(scope, request.params.personId, request.body, app.services.config.minutesDueDays)) }),
  );
  app.get('/api/meetings/:meetingId', { schema: { tags, summary: 'Ett teammøte', params: s.meetingParams, response: { 200: s.meetingView } } }, async (request) => inScope(app, request, (scope) => store.getMeeting(scope, request.params.meetingId)));
  app.post('/api/meetings/:meetingId/minutes', { schema: { tags, summary: 'Registrer referat: oppmøte, dagsorden, personens syn, vedtak og oppgaver', params: s.meetingParams, body: s.minutesBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.recordMinutes(scope, request.params.meetingId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/meetings/:meetingId/cancel', { schema: { tags, summary: 'Avlys møtet', params: s.meetingParams, body: s.cancelBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.cancelMeeting(scope, request.params.meetingId, request.body.reason));
    return reply.code(204).send(null);
  });
  app.post('/api/meeting-actions/:actionId/done', { schema: { tags, summary: 'Marker oppgave fra møtet som utført', params: s.actionParams, body: s.actionDoneBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.completeAction(scope, request.params.actionId, request.body.note));
    return reply.code(204).send(null);
  });
};
