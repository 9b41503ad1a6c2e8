// Procedure routes: the register, the process map, «to read», one procedure and its versions, new
// versions (Markdown or a PDF up to 5 MB), approval, acknowledgement, change proposals, coverage.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';
import * as view from './store-view.js';
import * as write from './store-write.js';
import { coverageList } from './store-coverage.js';

/** A 5 MB PDF is about 6.7 MB as base64 in JSON. */
export const procedureBodyLimit = 7 * 1_048_576;

export const procedureRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['rutiner'];
  const noContent = { 204: z.null() };

  app.get('/api/procedures', { schema: { tags, summary: 'Rutiner (mine=true: de som gjelder meg)', querystring: s.listQuery, response: { 200: s.procedureList } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.listProcedures(scope, request.query)),
  }));
  app.post('/api/procedures', { bodyLimit: procedureBodyLimit, schema: { tags, summary: 'Ny rutine (versjon 1, utkast)', body: s.createProcedureBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => write.createProcedure(scope, request.body)) }),
  );
  app.get('/api/procedures/process-map', { schema: { tags, summary: 'Prosesskartet med rutinene for hvert steg', querystring: s.listQuery.pick({ mine: true }), response: { 200: s.processMap } } }, async (request) =>
    inScope(app, request, (scope) => store.processMap(scope, { mine: request.query.mine })),
  );
  app.get('/api/procedures/to-acknowledge', { schema: { tags, summary: 'Nye og endrede rutiner jeg skal lese', response: { 200: s.toAcknowledge } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.toAcknowledge(scope)),
  }));
  app.get('/api/procedures/coverage', { schema: { tags, summary: 'Lesedekning per rutine og enhet, og forfalte revisjoner', response: { 200: s.coverageList } } }, async (request) => inScope(app, request, (scope) => coverageList(scope)));
  app.get('/api/procedures/:procedureId', { schema: { tags, summary: 'Én rutine', params: s.procedureParams, response: { 200: s.procedureView } } }, async (request) => inScope(app, request, (scope) => view.getProcedure(scope, request.params.procedureId)));
  app.post('/api/procedures/:procedureId/versions', { bodyLimit: procedureBodyLimit, schema: { tags, summary: 'Ny versjon (utkast)', params: s.procedureParams, body: s.versionBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => write.createVersion(scope, request.params.procedureId, request.body)) }),
  );
  app.post('/api/procedures/:procedureId/proposals', { schema: { tags, summary: 'Foreslå endring (går til dokumentansvarlig)', params: s.procedureParams, body: s.proposalBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => write.propose(scope, request.params.procedureId, request.body)) }),
  );
  app.post('/api/procedure-proposals/:proposalId/triage', { schema: { tags, summary: 'Behandle endringsforslag', params: s.proposalParams, body: s.triageBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => write.triageProposal(scope, request.params.proposalId, request.body));
    return reply.code(204).send(null);
  });
  app.get('/api/procedure-versions/:versionId', { schema: { tags, summary: 'Én versjon med tekst', params: s.versionParams, response: { 200: s.versionView } } }, async (request) => inScope(app, request, (scope) => view.getVersion(scope, request.params.versionId)));
  app.get('/api/procedure-versions/:versionId/pdf', { schema: { tags, summary: 'Versjonens PDF', params: s.versionParams, response: { 200: z.any().describe('application/pdf') } } }, async (request, reply) => {
    const file = await inScope(app, request, (scope) => view.versionPdf(scope, request.params.versionId));
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${encodeURIComponent(file.fileName)}"`).send(file.pdf);
  });
  app.post('/api/procedure-versions/:versionId/approve', { schema: { tags, summary: 'Godkjenn versjonen', params: s.versionParams, body: s.approveBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => write.approveVersion(scope, request.params.versionId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/procedure-versions/:versionId/acknowledge', { schema: { tags, summary: 'Kvitter for at jeg har lest versjonen (én gang per person og versjon)', params: s.versionParams, response: { 200: s.acknowledgement } } }, async (request) =>
    inScope(app, request, (scope) => write.acknowledge(scope, request.params.versionId)),
  );
};
