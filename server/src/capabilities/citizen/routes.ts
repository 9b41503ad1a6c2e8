// For people without BankID: a one-time code handed over in a meeting gives a short, read-only session
// to their own plan and crisis plan, where they can also comment on their own goals.
import '@fastify/cookie';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import { sessionCookie } from '../../platform/auth/sessions.js';
import { limitPerAddress } from '../../platform/auth/login-rate-limit.js';
import { HelhetError } from '../../platform/errors.js';
import { addComment, getPersonPlan, printPlan } from '../plans/index.js';
import { crisisPlanOverview, printCrisisPlan } from '../crisis-plans/index.js';
import * as s from './schemas.js';
import * as store from './store.js';
import { codeSessionMinutes } from './rules.js';

export const citizenRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['citizen'];
  const pdf = { 200: z.any().describe('application/pdf') };

  app.post('/api/persons/:personId/access-codes', { schema: { tags, summary: 'Lag engangskode til personen (gyldig 30 minutter, vises én gang)', params: s.personIdParams, response: { 201: s.issuedCode } } }, async (request, reply) =>
    reply.code(201).send(await inScope(app, request, (scope) => store.issueCode(scope, request.params.personId))),
  );

  app.post('/api/citizen/code', { schema: { tags, summary: 'Logg inn med engangskode (uten BankID): kort lesetilgang til egen plan og kriseplan', body: s.exchangeBody, response: { 200: s.exchangeResponse } }, onRequest: limitPerAddress(app, app.services.config.loginRateLimits.perAddress) }, async (request, reply) => {
    const now = app.services.clock();
    const { user, session } = await store.exchangeCode(app.services.db, { code: request.body.code, clientAddress: request.ip, origin: `${request.ip} POST /api/citizen/code`, now });
    reply.setCookie(sessionCookie, session.token, { httpOnly: true, sameSite: 'strict', secure: app.services.config.secureCookies, path: '/', maxAge: codeSessionMinutes * 60 });
    return { user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  });

  app.get('/api/me/plan', { schema: { tags, summary: 'Min individuelle plan', response: { 200: s.planViewSchema } } }, async (request) => inScope(app, request, (scope) => getPersonPlan(scope, store.ownPersonId(scope), true)));
  app.get('/api/me/plan/pdf', { schema: { tags, summary: 'Min individuelle plan som PDF', querystring: s.pdfQuery, response: pdf } }, async (request, reply) => {
    const bytes = await inScope(app, request, async (scope) => printPlan(scope, await getPersonPlan(scope, store.ownPersonId(scope), true), request.query.large === 'true'));
    return reply.type('application/pdf').header('content-disposition', 'inline; filename="min-plan.pdf"').send(bytes);
  });
  app.post('/api/me/plan/goals/:goalId/comments', { schema: { tags, summary: 'Kommenter et av mine mål', params: s.ownGoalParams, body: s.commentBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({
      id: await inScope(app, request, async (scope) => {
        const plan = await getPersonPlan(scope, store.ownPersonId(scope), true);
        if (!plan.goals.some((g) => g.id === request.params.goalId)) throw new HelhetError('NOT_FOUND', 'Fant ikke målet i planen din.');
        return addComment(scope, plan.id, request.params.goalId, request.body.text, true);
      }),
    }),
  );
  app.get('/api/me/written-language', { schema: { tags, summary: 'Målformen på sidene og i brevene mine (bokmål eller nynorsk)', response: { 200: s.writtenLanguageView } } }, async (request) => inScope(app, request, (scope) => store.ownWrittenLanguage(scope)));
  app.put('/api/me/written-language', { schema: { tags, summary: 'Velg bokmål eller nynorsk for meg (null: som kommunen)', body: s.writtenLanguageBody, response: { 200: s.writtenLanguageView } } }, async (request) =>
    inScope(app, request, async (scope) => {
      await store.chooseWrittenLanguage(scope, request.body.writtenLanguage);
      return store.ownWrittenLanguage(scope);
    }),
  );
  app.get('/api/me/crisis-plan', { schema: { tags, summary: 'Min kriseplan', response: { 200: s.crisisPlanOverviewSchema } } }, async (request) => inScope(app, request, (scope) => crisisPlanOverview(scope, store.ownPersonId(scope), true)));
  app.get('/api/me/crisis-plan/pdf', { schema: { tags, summary: 'Min kriseplan som PDF', querystring: s.pdfQuery, response: pdf } }, async (request, reply) => {
    const bytes = await inScope(app, request, (scope) => printCrisisPlan(scope, store.ownPersonId(scope), request.query.large === 'true', true));
    return reply.type('application/pdf').header('content-disposition', 'inline; filename="min-kriseplan.pdf"').send(bytes);
  });
};
