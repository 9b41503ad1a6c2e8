// The leaders' review list of access changes: roles, unit memberships, and cases opened without a
// henvendelse, referral or vedtak (written by AccessScope.grant).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as schemas from './schemas.js';
import * as store from './store.js';

export const accessReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['access-reviews'];
  app.get('/api/access-reviews', { schema: { tags, summary: 'Tilgangsendringer til gjennomgang (leder)', querystring: schemas.reviewListQuery, response: { 200: z.object({ items: z.array(schemas.accessReviewItem) }) } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.listAccessReviews(scope, request.query.status)),
  }));
  app.post('/api/access-reviews/:reviewId/review', { schema: { tags, summary: 'Marker tilgangsendring som gjennomgått', params: schemas.reviewParams, body: schemas.reviewBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.reviewAccessChange(scope, request.params.reviewId, request.body.comment));
    return reply.code(204).send(null);
  });
};
