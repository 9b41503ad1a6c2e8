// Access-log views and the chain verification for operators.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inScope } from '../../platform/http/request-context.js';
import { sealAccessLog } from '../../platform/access-log/seal.js';
import { verifyAccessLog } from '../../platform/access-log/verify.js';
import * as schemas from './schemas.js';
import * as store from './store.js';

export const accessLogRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['access-log'];
  app.get('/api/persons/:personId/access-log', { schema: { tags, summary: 'Hvem har sett eller endret opplysninger om personen', params: schemas.personIdParams, querystring: schemas.logQuery, response: { 200: schemas.logResponse } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.personAccessLog(scope, request.params.personId, request.query.limit, request.query.beforeSeq)),
  }));

  app.get('/api/me/access-log', { schema: { tags, summary: 'Hvem har sett mine opplysninger (for personen selv)', querystring: schemas.logQuery, response: { 200: schemas.logResponse } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.ownAccessLog(scope, request.query.limit, request.query.beforeSeq)),
  }));

  app.post('/api/access-log/verify', { schema: { tags, summary: 'Kontroller hash-kjeden i tilgangsloggen', response: { 200: schemas.verifyResponse } } }, async (request) => {
    const tenantId = await inScope(app, request, async (scope) => {
      scope.requireRole('log.verify');
      return scope.actor.tenantId;
    });
    // Seal first, so the answer covers every row committed before the request.
    await sealAccessLog(app.services.db);
    const { ok, rowsChecked, breaks, variants, unsealed, checkpointsChecked } = await verifyAccessLog(app.services.db, tenantId, app.services.checkpoints);
    return { ok, rowsChecked, breaks, variants, unsealed, checkpointsChecked };
  });
};
