// Responsibility-matrix routes: versions, the current (approved) matrix with its findings, a new draft,
// replacing a draft, and approval.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const responsibilityRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['ansvarsmatrise'];
  const params = s.matrixParams;
  app.get('/api/responsibility-matrices', { schema: { tags, summary: 'Versjonene av ansvarsmatrisen', response: { 200: s.matrixList } } }, async (request) => ({ items: await inScope(app, request, (scope) => store.listMatrices(scope)) }));
  app.get('/api/responsibility-matrices/current', { schema: { tags, summary: 'Gjeldende (godkjent) ansvarsmatrise med funn', response: { 200: s.currentMatrix } } }, async (request) => inScope(app, request, (scope) => store.currentMatrix(scope)));
  app.post('/api/responsibility-matrices', { schema: { tags, summary: 'Ny versjon (utkast)', body: s.matrixBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createMatrix(scope, request.body)) }),
  );
  app.get('/api/responsibility-matrices/:matrixId', { schema: { tags, summary: 'Én versjon med funn', params, response: { 200: s.matrixView } } }, async (request) => inScope(app, request, (scope) => store.getMatrix(scope, request.params.matrixId)));
  app.put('/api/responsibility-matrices/:matrixId', { schema: { tags, summary: 'Erstatt utkastet', params, body: s.matrixBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updateMatrix(scope, request.params.matrixId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/responsibility-matrices/:matrixId/approve', { schema: { tags, summary: 'Godkjenn versjonen', params, body: s.approveBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.approveMatrix(scope, request.params.matrixId, request.body));
    return reply.code(204).send(null);
  });
};
