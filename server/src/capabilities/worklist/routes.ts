// The worklist: GET /api/worklist (mine or a unit's) and closing manual tasks.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const worklistRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['worklist'];
  app.get('/api/worklist', { schema: { tags, summary: 'Arbeidsliste: mine eller enhetens oppgaver med frist', querystring: s.worklistQuery, response: { 200: s.worklistResponse } } }, async (request) =>
    inScope(app, request, (scope) => store.worklist(scope, request.query)),
  );
  app.post('/api/tasks/:taskId/done', { schema: { tags, summary: 'Marker oppgave som utført (oppgaver som lukkes manuelt)', params: s.taskParams, body: s.doneBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.markDone(scope, request.params.taskId, request.body.note));
    return reply.code(204).send(null);
  });
};
