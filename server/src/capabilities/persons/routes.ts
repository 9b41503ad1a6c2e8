// HTTP routes for person records: search, register, read, update, case relations and team.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as schemas from './schemas.js';
import * as store from './store.js';

export const personRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['persons'];

  app.get('/api/persons', { schema: { tags, summary: 'Søk etter personer du har tjenstlig behov for', querystring: schemas.searchQuery, response: { 200: z.object({ items: z.array(schemas.personSummary) }) } } }, async (request) => {
    const items = await inScope(app, request, (scope) => store.searchPersons(scope, request.query.q, request.query.limit));
    return { items };
  });

  app.post('/api/persons', { schema: { tags, summary: 'Registrer en person', body: schemas.createPersonBody, response: { 201: schemas.personDetail } } }, async (request, reply) => {
    const detail = await inScope(app, request, async (scope) => store.readPerson(scope, await store.createPerson(scope, request.body)));
    return reply.code(201).send(detail);
  });

  app.get('/api/persons/:personId', { schema: { tags, summary: 'Personside', params: schemas.personIdParams, response: { 200: schemas.personDetail } } }, async (request) =>
    inScope(app, request, (scope) => store.readPerson(scope, request.params.personId)),
  );

  app.patch('/api/persons/:personId', { schema: { tags, summary: 'Endre personopplysninger', params: schemas.personIdParams, body: schemas.updatePersonBody, response: { 200: schemas.personDetail } } }, async (request) =>
    inScope(app, request, async (scope) => {
      await store.updatePerson(scope, request.params.personId, request.body);
      return store.readPerson(scope, request.params.personId);
    }),
  );

  app.post('/api/persons/:personId/service-relations', { schema: { tags, summary: 'Åpne sak/tjeneste for personen i egen enhet', params: schemas.personIdParams, body: schemas.openRelationBody, response: { 201: schemas.idResponse } } }, async (request, reply) => {
    const id = await inScope(app, request, (scope) => store.openServiceRelation(scope, request.params.personId, request.body.unitId, request.body.reason ?? null));
    return reply.code(201).send({ id });
  });

  app.post('/api/persons/:personId/service-relations/:relationId/end', { schema: { tags, summary: 'Avslutt sak/tjeneste', params: schemas.relationParams, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.endServiceRelation(scope, request.params.personId, request.params.relationId));
    return reply.code(204).send(null);
  });

  app.post('/api/persons/:personId/team', { schema: { tags, summary: 'Legg til medlem i teamet rundt personen', params: schemas.personIdParams, body: schemas.addTeamMemberBody, response: { 201: schemas.idResponse } } }, async (request, reply) => {
    const id = await inScope(app, request, (scope) => store.addTeamMember(scope, request.params.personId, request.body.userId, request.body.teamRole));
    return reply.code(201).send({ id });
  });

  app.post('/api/persons/:personId/team/:memberId/end', { schema: { tags, summary: 'Avslutt medlemskap i teamet', params: schemas.teamMemberParams, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.endTeamMember(scope, request.params.personId, request.params.memberId));
    return reply.code(204).send(null);
  });
};
