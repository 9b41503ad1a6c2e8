// Compliance: the catalogue, one person's results, worklist findings, dashboards with drill-down and CSV.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import * as store from './store.js';

export const complianceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['compliance'];
  app.get('/api/compliance/checks', { schema: { tags, summary: 'Kontrollkatalogen: krav, kilde, hva den gjelder og regelen', response: { 200: s.catalogueResponse } } }, async (request) =>
    inScope(app, request, async (scope) => {
      scope.requireRole('org.read');
      return { items: store.listChecks() };
    }),
  );
  app.get('/api/persons/:personId/compliance', { schema: { tags, summary: 'Etterlevelse for én person: hva mangler, hvorfor og hvilken lov', params: s.personIdParams, response: { 200: s.personCompliance } } }, async (request) =>
    inScope(app, request, (scope) => store.personCompliance(scope, request.params.personId)),
  );
  app.get('/api/compliance/findings', { schema: { tags, summary: 'Funn på min eller enhetens arbeidsliste (ikke oppfylt, delvis)', querystring: s.findingsQuery, response: { 200: s.findingsResponse } } }, async (request) =>
    inScope(app, request, (scope) => store.findings(scope, request.query)),
  );
  app.get('/api/compliance/dashboard', { schema: { tags, summary: 'Oversikt per enhet eller kommune: antall, prosent og trend per måned (uten personopplysninger)', querystring: s.dashboardQuery, response: { 200: s.dashboardResponse } } }, async (request) =>
    inScope(app, request, (scope) => store.dashboard(scope, request.query)),
  );
  app.get('/api/compliance/dashboard.csv', { schema: { tags, summary: 'Oversikten som CSV', querystring: s.dashboardQuery, response: { 200: s.csvResponse } } }, async (request, reply) => {
    const csv = await inScope(app, request, (scope) => store.dashboardCsv(scope, request.query));
    return reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="etterlevelse.csv"').send(csv);
  });
  app.get('/api/compliance/cases', { schema: { tags, summary: 'Sakene bak et tall (bare personer du har tjenstlig behov for; de andre telles)', querystring: s.casesQuery, response: { 200: s.casesResponse } } }, async (request) =>
    inScope(app, request, (scope) => store.dashboardCases(scope, request.query)),
  );
  app.get('/api/compliance/cases.csv', { schema: { tags, summary: 'Sakene bak et tall som CSV', querystring: s.casesQuery, response: { 200: s.csvResponse } } }, async (request, reply) => {
    const csv = await inScope(app, request, (scope) => store.casesCsv(scope, request.query));
    return reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="etterlevelse-saker.csv"').send(csv);
  });
};
