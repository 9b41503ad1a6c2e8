// Individual plan: information about the right to an IP, the plan, goals, measures, participants,
// comments, versions and the printable PDF.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';
import { caseload } from './caseload.js';

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['plans'];
  const noContent = { 204: z.null() };
  const created = { 201: s.idResponse };

  app.get('/api/me/caseload', { schema: { tags, summary: 'Mine personer: personene jeg er koordinator for, med planens tilstand', response: { 200: s.caseloadResponse } } }, async (request) => ({
    items: await inScope(app, request, (scope) => caseload(scope)),
  }));
  app.get('/api/persons/:personId/ip-information', { schema: { tags, summary: 'Informasjon om rett til individuell plan, svar og sjekker', params: s.personIdParams, response: { 200: s.ipOverview } } }, async (request) =>
    inScope(app, request, (scope) => store.ipOverview(scope, request.params.personId)),
  );
  app.post('/api/persons/:personId/ip-information', { schema: { tags, summary: 'Registrer at informasjon om rett til IP er gitt, og personens svar', params: s.personIdParams, body: s.ipInformationBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.recordIpInformation(scope, request.params.personId, request.body)) }),
  );
  app.get('/api/persons/:personId/plan', { schema: { tags, summary: 'Personens individuelle plan', params: s.personIdParams, response: { 200: s.planView } } }, async (request) =>
    inScope(app, request, (scope) => store.getPersonPlan(scope, request.params.personId)),
  );
  app.post('/api/persons/:personId/plan', { schema: { tags, summary: 'Opprett individuell plan (personen har sagt ja)', params: s.personIdParams, body: s.createPlanBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createPlan(scope, request.params.personId, request.body)) }),
  );
  app.get('/api/plans/:planId', { schema: { tags, summary: 'Én individuell plan', params: s.planParams, response: { 200: s.planView } } }, async (request) => inScope(app, request, (scope) => store.getPlan(scope, request.params.planId)));
  app.patch('/api/plans/:planId', { schema: { tags, summary: 'Endre status, revisjonsintervall eller revisjonsdato; reviewed=true registrerer en revisjon', params: s.planParams, body: s.updatePlanBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updatePlan(scope, request.params.planId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/plans/:planId/goals', { schema: { tags, summary: 'Nytt mål med personens egne ord', params: s.planParams, body: s.goalBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addGoal(scope, request.params.planId, request.body)) }),
  );
  app.patch('/api/plans/:planId/goals/:goalId', { schema: { tags, summary: 'Endre mål', params: s.goalParams, body: s.updateGoalBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updateGoal(scope, request.params.planId, request.params.goalId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/plans/:planId/goals/:goalId/comments', { schema: { tags, summary: 'Kommentar til et mål', params: s.goalParams, body: s.commentBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addComment(scope, request.params.planId, request.params.goalId, request.body.text)) }),
  );
  app.post('/api/plans/:planId/measures', { schema: { tags, summary: 'Nytt tiltak', params: s.planParams, body: s.measureBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addMeasure(scope, request.params.planId, request.body)) }),
  );
  app.patch('/api/plans/:planId/measures/:measureId', { schema: { tags, summary: 'Endre tiltak', params: s.measureParams, body: s.updateMeasureBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updateMeasure(scope, request.params.planId, request.params.measureId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/plans/:planId/participants', { schema: { tags, summary: 'Ny deltaker med personens samtykke', params: s.planParams, body: s.participantBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.addParticipant(scope, request.params.planId, request.body)) }),
  );
  app.post('/api/plans/:planId/participants/:participantId/withdraw', { schema: { tags, summary: 'Personen trekker samtykket for en deltaker', params: s.participantParams, body: s.withdrawBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.withdrawParticipant(scope, request.params.planId, request.params.participantId, request.body.note));
    return reply.code(204).send(null);
  });
  app.get('/api/plans/:planId/versions', { schema: { tags, summary: 'Versjonshistorikk: hvem endret hva', params: s.planParams, response: { 200: s.versionList } } }, async (request) => ({
    items: (await inScope(app, request, (scope) => store.listVersions(scope, request.params.planId))).map(({ snapshot: _s, ...v }) => v),
  }));
  app.get('/api/plans/:planId/versions/:version', { schema: { tags, summary: 'Én versjon av planen', params: s.versionParams, response: { 200: s.versionDetail } } }, async (request) => {
    const [row] = await inScope(app, request, (scope) => store.listVersions(scope, request.params.planId, request.params.version));
    return { ...row!, snapshot: row!.snapshot as unknown as Record<string, unknown> };
  });
  app.get('/api/plans/:planId/pdf', { schema: { tags, summary: 'Planen som PDF (large=true gir stor skrift)', params: s.planParams, querystring: s.pdfQuery, response: { 200: z.any().describe('application/pdf') } } }, async (request, reply) => {
    const pdf = await inScope(app, request, async (scope) => store.printPlan(scope, await store.getPlan(scope, request.params.planId), request.query.large === 'true'));
    return reply.type('application/pdf').header('content-disposition', `inline; filename="individuell-plan-${request.params.planId}.pdf"`).send(pdf);
  });
};
