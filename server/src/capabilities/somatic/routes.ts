// Somatic follow-up: the person's page, settings, checks, GP appointments, health contacts and the worklist.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { inScope } from '../../platform/http/request-context.js';
import { tenants } from '../../platform/db/schema.js';
import * as s from './schemas.js';
import * as store from './store.js';
import { renderHealthContactPdf } from './pdf.js';

export const somaticRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['somatic'];
  const noContent = { 204: z.null() };
  const created = { 201: s.idResponse };
  app.get('/api/persons/:personId/somatic', { schema: { tags, summary: 'Somatisk oppfølging: kontroller, fastlegetimer og lavterskel helsekontakter', params: s.personIdParams, response: { 200: s.somaticView } } }, async (request) => inScope(app, request, (scope) => store.getSomatic(scope, request.params.personId)));
  app.put('/api/persons/:personId/somatic/follow-up/:kind', { schema: { tags, summary: 'Sett om en kontroll er indisert og hvor ofte', params: s.kindParams, body: s.followUpBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.setFollowUp(scope, request.params.personId, request.params.kind, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/persons/:personId/somatic/checks', { schema: { tags, summary: 'Registrer en utført kontroll', params: s.personIdParams, body: s.checkBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.recordCheck(scope, request.params.personId, request.body)) }));
  app.post('/api/persons/:personId/gp-appointments', { schema: { tags, summary: 'Planlegg time hos fastlegen', params: s.personIdParams, body: s.appointmentBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.planAppointment(scope, request.params.personId, request.body)) }));
  app.post('/api/gp-appointments/:id/outcome', { schema: { tags, summary: 'Registrer møtt / ikke møtt / avlyst (ikke møtt gir oppgave til primærkontakten)', params: s.idParams, body: s.outcomeBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.recordOutcome(scope, request.params.id, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/persons/:personId/health-contacts', { schema: { tags, summary: 'Registrer lavterskel helsekontakt og send oppsummering til fastlegen', params: s.personIdParams, body: s.healthContactBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.recordHealthContact(scope, request.params.personId, request.body)) }));
  app.post('/api/health-contacts/:id/acknowledge', { schema: { tags, summary: 'Registrer at fastlegen har kvittert for oppsummeringen', params: s.idParams, body: s.acknowledgeBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.acknowledge(scope, request.params.id, request.body.note));
    return reply.code(204).send(null);
  });
  app.get('/api/health-contacts/:id/pdf', { schema: { tags, summary: 'Oppsummeringen til fastlegen som PDF', params: s.idParams, response: { 200: z.any().describe('application/pdf') } } }, async (request, reply) => {
    const pdf = await inScope(app, request, async (scope) => {
      const c = await store.healthContactForPdf(scope, request.params.id);
      const [tenant] = await scope.tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, scope.actor.tenantId));
      return renderHealthContactPdf({ personName: `${c.given} ${c.family}`, nationalId: c.nationalId, unitName: c.unitName, author: c.author, contactAt: c.c.contactAt, reason: c.c.reason, summary: c.c.summary, gpName: c.c.gpName, sentAt: c.c.sentAt, acknowledgedAt: c.c.acknowledgedAt }, tenant!.name);
    });
    return reply.type('application/pdf').header('content-disposition', 'inline; filename="oppsummering-fastlege.pdf"').send(pdf);
  });
  app.get('/api/somatic/worklist', { schema: { tags, summary: 'Somatiske kontroller som forfaller innen 30 dager, for personer du har tjenstlig behov for', querystring: s.worklistQuery, response: { 200: s.worklistView } } }, async (request) => inScope(app, request, (scope) => store.worklist(scope, request.query.limit)));
};
