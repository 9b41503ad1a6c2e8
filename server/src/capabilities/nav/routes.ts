// NAV social services on the person page, and NAV's caseload.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';
import { cite, sec } from '../../platform/law/index.js';

export const navRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['nav'];
  const noContent = { 204: z.null() };
  const created = { 201: s.idResponse };
  app.get('/api/persons/:personId/nav', { schema: { tags, summary: `NAV: fast kontaktperson, råd og veiledning (${sec('sotjl', '§ 17')}), økonomisk hjelp (uten beløp), midlertidig botilbud (${sec('sotjl', '§ 27')})`, params: s.personIdParams, response: { 200: s.navView } } }, async (request) => inScope(app, request, (scope) => store.getNav(scope, request.params.personId)));
  app.post('/api/persons/:personId/nav/guidance', { schema: { tags, summary: `Registrer forespørsel om opplysning, råd og veiledning (${cite('sotjl', '§ 17')})`, params: s.personIdParams, body: s.guidanceBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.requestGuidance(scope, request.params.personId, request.body)) }));
  app.post('/api/nav-guidance/:id/decision', { schema: { tags, summary: 'Avgjør forespørselen: innvilget eller avslått, med individuell vurdering', params: s.idParams, body: s.decisionBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.decideGuidance(scope, request.params.id, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/persons/:personId/nav/financial-assistance', { schema: { tags, summary: 'Henvis til økonomisk hjelp i NAV (beløp føres bare i NAVs systemer)', params: s.personIdParams, body: s.financialBody, response: created } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.referenceFinancialAssistance(scope, request.params.personId, request.body)) }));
  app.put('/api/persons/:personId/nav/contact', { schema: { tags, summary: 'Sett NAVs faste kontaktperson (blir med i teamet)', params: s.personIdParams, body: s.contactBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.setContact(scope, request.params.personId, request.body.userId));
    return reply.code(204).send(null);
  });
  app.get('/api/nav/caseload', { schema: { tags, summary: 'NAVs saksliste: personer NAV-enheten din følger opp', response: { 200: s.caseloadView } } }, async (request) => inScope(app, request, (scope) => store.caseload(scope)));
};
