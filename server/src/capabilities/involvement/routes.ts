// User involvement at system level: surveys (staff entry on paper or a shared tablet, and an open link
// without login), anonymous results, the user council and peer workers.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as surveys from './store-surveys.js';
import * as council from './store-council.js';

const thanks = { received: true as const, message: 'Takk for svaret! Svaret er lagret uten navn, tidspunkt eller annet som kan knyttes til deg.' };

export const involvementRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['brukermedvirkning'];
  app.get('/api/surveys', { schema: { tags, summary: 'Brukerundersøkelser', response: { 200: s.surveyList } } }, async (request) => ({ items: await inScope(app, request, (scope) => surveys.listSurveys(scope)) }));
  app.post('/api/surveys', { schema: { tags, summary: 'Lag brukerundersøkelse (utkast)', body: s.surveyBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => surveys.createSurvey(scope, request.body)) }),
  );
  app.get('/api/surveys/:surveyId', { schema: { tags, summary: 'Undersøkelsen med spørsmål og svarskalaer', params: s.surveyParams, response: { 200: s.surveyView } } }, async (request) => inScope(app, request, (scope) => surveys.getSurvey(scope, request.params.surveyId)));
  app.post('/api/surveys/:surveyId/link', { schema: { tags, summary: 'Åpne undersøkelsen / lag ny svarlenke (den gamle slutter å virke; vises én gang)', params: s.surveyParams, response: { 200: s.linkResponse } } }, async (request) => inScope(app, request, (scope) => surveys.openLink(scope, request.params.surveyId)));
  app.post('/api/surveys/:surveyId/close', { schema: { tags, summary: 'Avslutt undersøkelsen (lenken slutter å virke)', params: s.surveyParams, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => surveys.closeSurvey(scope, request.params.surveyId));
    return reply.code(204).send(null);
  });
  app.post('/api/surveys/:surveyId/responses', { schema: { tags, summary: 'Registrer et anonymt svar (papirskjema eller felles nettbrett)', params: s.surveyParams, body: s.staffResponseBody, response: { 201: s.received } } }, async (request, reply) => {
    await inScope(app, request, (scope) => surveys.enterResponse(scope, request.params.surveyId, request.body));
    return reply.code(201).send(thanks);
  });
  app.get('/api/surveys/:surveyId/results', { schema: { tags, summary: 'Resultater per tjeneste og gruppe (færre enn 5 svar vises ikke)', params: s.surveyParams, querystring: s.resultsQuery, response: { 200: s.results } } }, async (request) =>
    inScope(app, request, (scope) => surveys.surveyResults(scope, request.params.surveyId, request.query.by)),
  );
  // The open link: no login; the token decides the survey; rate-limited per client and hour.
  app.get('/api/public/surveys/:token', { schema: { tags, summary: 'Undersøkelsen bak en svarlenke (uten innlogging)', params: s.tokenParams, response: { 200: s.publicSurvey } } }, async (request) => surveys.publicSurvey(app.services.db, request.params.token));
  app.post('/api/public/surveys/:token/responses', { schema: { tags, summary: 'Svar anonymt via lenke (uten innlogging)', params: s.tokenParams, body: s.linkResponseBody, response: { 201: s.received } } }, async (request, reply) => {
    await surveys.answerByLink(app.services.db, request.params.token, request.body, request.ip, app.services.clock());
    return reply.code(201).send(thanks);
  });

  app.get('/api/user-council', { schema: { tags, summary: 'Brukerrådet: møter i året, innspill og oppfølging', querystring: s.councilQuery, response: { 200: s.council } } }, async (request) => inScope(app, request, (scope) => council.getCouncil(scope, request.query)));
  app.post('/api/user-council/meetings', { schema: { tags, summary: 'Registrer møte i brukerrådet', body: s.councilMeetingBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => council.recordCouncilMeeting(scope, request.body)) }),
  );
  app.post('/api/user-council/meetings/:meetingId/inputs', { schema: { tags, summary: 'Registrer innspill fra brukerrådet', params: s.councilMeetingParams, body: s.councilInputBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => council.addCouncilInput(scope, request.params.meetingId, request.body)) }),
  );
  app.post('/api/user-council/inputs/:inputId/follow-up', { schema: { tags, summary: 'Registrer hva som ble gjort med innspillet', params: s.councilInputParams, body: s.followUpBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => council.followUpInput(scope, request.params.inputId, request.body));
    return reply.code(204).send(null);
  });
  app.get('/api/peer-workers', { schema: { tags, summary: 'Erfaringskonsulenter per enhet', response: { 200: s.peerWorkerList } } }, async (request) => inScope(app, request, (scope) => council.listPeerWorkers(scope)));
  app.post('/api/peer-workers', { schema: { tags, summary: 'Registrer erfaringskonsulent', body: s.peerWorkerBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => council.registerPeerWorker(scope, request.body)) }),
  );
  app.post('/api/peer-workers/:peerWorkerId/end', { schema: { tags, summary: 'Avslutt erfaringskonsulentens arbeidsforhold', params: s.peerWorkerParams, body: s.endPeerWorkerBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => council.endPeerWorker(scope, request.params.peerWorkerId, request.body));
    return reply.code(204).send(null);
  });
};
