// Municipality settings, unit, partner and staff administration.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['organisation'];
  app.get('/api/municipality', { schema: { tags, summary: 'Kommunens innstillinger: målform for brev og innbyggersider, og egen frist for første kontakt', response: { 200: s.municipality } } }, async (request) => inScope(app, request, (scope) => store.readMunicipality(scope)));
  app.patch('/api/municipality', { schema: { tags, summary: 'Endre kommunens innstillinger (administrator)', body: s.updateMunicipalityBody, response: { 200: s.municipality } } }, async (request) =>
    inScope(app, request, async (scope) => {
      await store.updateMunicipality(scope, request.body);
      return store.readMunicipality(scope);
    }),
  );
  app.get('/api/units', { schema: { tags, summary: 'Enheter', response: { 200: z.object({ items: z.array(s.unit) }) } } }, async (request) => ({ items: await inScope(app, request, (scope) => store.listUnits(scope)) }));
  app.post('/api/units', { schema: { tags, summary: 'Opprett enhet', body: s.createUnitBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createUnit(scope, request.body)) }),
  );
  app.patch('/api/units/:unitId', { schema: { tags, summary: 'Endre enhet', params: s.unitParams, body: s.updateUnitBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updateUnit(scope, request.params.unitId, request.body));
    return reply.code(204).send(null);
  });
  app.get('/api/partners', { schema: { tags, summary: 'Eksterne samarbeidspartnere', response: { 200: z.object({ items: z.array(s.partner) }) } } }, async (request) => ({ items: await inScope(app, request, (scope) => store.listPartners(scope)) }));
  app.post('/api/partners', { schema: { tags, summary: 'Registrer samarbeidspartner', body: s.createPartnerBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createPartner(scope, request.body)) }),
  );
  app.get('/api/staff', { schema: { tags, summary: 'Ansatte', querystring: s.staffQuery, response: { 200: z.object({ items: z.array(s.staffMember) }) } } }, async (request) => ({ items: await inScope(app, request, (scope) => store.listStaff(scope, request.query)) }));
  app.post('/api/staff', { schema: { tags, summary: 'Opprett ansatt', body: s.createStaffBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createStaff(scope, request.body)) }),
  );
  app.patch('/api/staff/:staffId', { schema: { tags, summary: 'Endre ansatt (roller, aktiv, lås opp)', params: s.staffParams, body: s.updateStaffBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updateStaff(scope, request.params.staffId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/staff/:staffId/memberships', { schema: { tags, summary: 'Gi medlemskap i enhet', params: s.staffParams, body: s.addMembershipBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addMembership(scope, request.params.staffId, request.body.unitId)) }),
  );
  app.post('/api/staff/:staffId/memberships/:membershipId/end', { schema: { tags, summary: 'Avslutt medlemskap i enhet', params: s.membershipParams, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.endMembership(scope, request.params.staffId, request.params.membershipId));
    return reply.code(204).send(null);
  });
};
