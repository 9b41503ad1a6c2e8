// Avvik routes: report (quick, also from a phone), lists, one avvik, handling, forwarding to an
// external partner with its letter, and monthly statistics.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';
import { getDeviation } from './store-view.js';
import * as handling from './store-handling.js';
import * as partner from './store-partner.js';
import { getStatistics } from './store-statistics.js';

export const deviationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['avvik'];
  const noContent = { 204: z.null() };
  const params = s.deviationParams;

  app.post('/api/deviations', { schema: { tags, summary: 'Meld avvik', body: s.reportBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.reportDeviation(scope, request.body)) }),
  );
  app.get('/api/deviations', { schema: { tags, summary: 'Avvik du har meldt, skal behandle eller leder', querystring: s.listQuery, response: { 200: s.deviationList } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.listDeviations(scope, request.query)),
  }));
  app.get('/api/deviations/statistics', { schema: { tags, summary: 'Avviksstatistikk per måned, enhet og kategori', querystring: s.statisticsQuery, response: { 200: s.statistics } } }, async (request) =>
    inScope(app, request, (scope) => getStatistics(scope, request.query)),
  );
  app.get('/api/deviations/:deviationId', { schema: { tags, summary: 'Ett avvik', params, response: { 200: s.deviationView } } }, async (request) => inScope(app, request, (scope) => getDeviation(scope, request.params.deviationId)));
  app.post('/api/deviations/:deviationId/reroute', { schema: { tags, summary: 'Send avviket til en annen enhet eller samarbeidspartner', params, body: s.rerouteBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => handling.rerouteDeviation(scope, request.params.deviationId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/deviations/:deviationId/assessment', { schema: { tags, summary: 'Vurdering og årsak', params, body: s.assessmentBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => handling.assessDeviation(scope, request.params.deviationId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/deviations/:deviationId/measures', { schema: { tags, summary: 'Legg til tiltak med ansvarlig og frist', params, body: s.measureBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => handling.addMeasure(scope, request.params.deviationId, request.body)) }),
  );
  app.post('/api/deviations/:deviationId/measures/:measureId/done', { schema: { tags, summary: 'Merk tiltaket som utført', params: s.measureParams, body: s.measureDoneBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => handling.completeMeasure(scope, request.params.deviationId, request.params.measureId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/deviations/:deviationId/feedback', { schema: { tags, summary: 'Gi tilbakemelding til melder og meldende enhet', params, body: s.feedbackBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => handling.giveFeedback(scope, request.params.deviationId, request.body)) }),
  );
  app.post('/api/deviations/:deviationId/close', { schema: { tags, summary: 'Lukk avviket med konklusjon', params, body: s.closeBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => handling.closeDeviation(scope, request.params.deviationId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/deviations/:deviationId/forward', { schema: { tags, summary: 'Send avviket med brev til samarbeidspartneren', params, body: s.forwardBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => partner.forwardDeviation(scope, request.params.deviationId, request.body)) }),
  );
  app.post('/api/deviations/:deviationId/partner-answer', { schema: { tags, summary: 'Registrer svaret fra samarbeidspartneren', params, body: s.partnerAnswerBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => partner.recordPartnerAnswer(scope, request.params.deviationId, request.body));
    return reply.code(204).send(null);
  });
  app.get('/api/deviations/:deviationId/forwardings/:forwardingId/letter', { schema: { tags, summary: 'Brevet til samarbeidspartneren (PDF)', params: s.forwardingParams, response: { 200: z.any().describe('application/pdf') } } }, async (request, reply) => {
    const letter = await inScope(app, request, (scope) => partner.forwardingLetter(scope, request.params.deviationId, request.params.forwardingId));
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${letter.fileName}"`).send(letter.pdf);
  });
};
