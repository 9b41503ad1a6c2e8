// Cooperation agreements and meeting arenas; notices about reorganised units.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const agreementRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['samarbeidsavtaler'];
  app.get('/api/agreements', { schema: { tags, summary: 'Samarbeidsavtaler med møter avholdt ÷ påkrevd i året', querystring: s.listQuery, response: { 200: s.agreementList } } }, async (request) => inScope(app, request, (scope) => store.listAgreements(scope, request.query)));
  app.post('/api/agreements', { schema: { tags, summary: 'Registrer samarbeidsavtale', body: s.agreementBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createAgreement(scope, request.body)) }),
  );
  app.get('/api/agreements/:agreementId', { schema: { tags, summary: 'Én avtale med møter og referater', params: s.agreementParams, querystring: s.listQuery, response: { 200: s.agreementView } } }, async (request) =>
    inScope(app, request, (scope) => store.getAgreement(scope, request.params.agreementId, request.query.year)),
  );
  app.post('/api/agreements/:agreementId/meetings', { schema: { tags, summary: 'Registrer et avholdt møte med referat', params: s.agreementParams, body: s.meetingBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.recordMeeting(scope, request.params.agreementId, request.body)) }),
  );
  app.get('/api/organisation-notices', { schema: { tags, summary: 'Mine varsler om omorganiserte enheter i avtaler og ansvarsmatrisen', querystring: s.noticeQuery, response: { 200: s.noticeList } } }, async (request) => inScope(app, request, (scope) => store.listNotices(scope, request.query)));
  app.post('/api/organisation-notices/:noticeId/read', { schema: { tags, summary: 'Merk varselet som lest', params: s.noticeParams, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.markNoticeRead(scope, request.params.noticeId));
    return reply.code(204).send(null);
  });
};
