// The auditor's sample (stikkprøve) with its report as JSON, HTML, CSV and PDF; the auditor's access
// to the sampled cases; and the self-assessment (egenvurdering) with its PDF.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { inScope } from '../../platform/http/request-context.js';
import { tenants } from '../../platform/db/schema.js';
import * as s from './schemas.js';
import * as store from './store.js';
import { getSelfAssessment, saveSelfAssessment } from './self-assessment.js';
import { renderReportCsv, renderReportHtml, renderReportPdf, renderSelfAssessmentPdf } from './render.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['audit'];
  app.get('/api/audit/samples', { schema: { tags, summary: 'Stikkprøver (ledere: alle; revisor: de med gyldig tilgang)', response: { 200: s.sampleList } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.listSamples(scope)),
  }));
  app.post('/api/audit/samples', { schema: { tags, summary: 'Trekk en stikkprøve (tilfeldig, med registrert frø)', body: s.drawSampleBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createSample(scope, request.body)) }),
  );
  app.get('/api/audit/samples/:sampleId', { schema: { tags, summary: 'Ett utvalg med saker og revisortilganger', params: s.sampleParams, response: { 200: s.sampleDetail } } }, async (request) =>
    inScope(app, request, (scope) => store.getSample(scope, request.params.sampleId)),
  );
  app.post('/api/audit/samples/:sampleId/grants', { schema: { tags, summary: 'Gi revisor tidsbegrenset lesetilgang til sakene i utvalget', params: s.sampleParams, body: s.grantBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.grantAuditorAccess(scope, request.params.sampleId, request.body)) }),
  );
  app.get('/api/audit/samples/:sampleId/report', { schema: { tags, summary: 'Revisjonsrapporten (tabeller med fotnoter)', params: s.sampleParams, response: { 200: s.report } } }, async (request) =>
    inScope(app, request, (scope) => store.buildSampleReport(scope, request.params.sampleId)),
  );
  app.get('/api/audit/samples/:sampleId/report.html', { schema: { tags, summary: 'Rapporten som HTML (utskrivbar)', params: s.sampleParams, response: { 200: z.string().describe('text/html') } } }, async (request, reply) => {
    const report = await inScope(app, request, (scope) => store.buildSampleReport(scope, request.params.sampleId, 'audit.report-html'));
    return reply.type('text/html; charset=utf-8').send(renderReportHtml(report));
  });
  app.get('/api/audit/samples/:sampleId/report.csv', { schema: { tags, summary: 'Rapporten som CSV (semikolon, én rad per celle)', params: s.sampleParams, response: { 200: z.string().describe('text/csv') } } }, async (request, reply) => {
    const report = await inScope(app, request, (scope) => store.buildSampleReport(scope, request.params.sampleId, 'audit.report-csv'));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="stikkprove-${report.sample.id}.csv"`).send(renderReportCsv(report));
  });
  app.get('/api/audit/samples/:sampleId/report.pdf', { schema: { tags, summary: 'Rapporten som PDF', params: s.sampleParams, response: { 200: z.any().describe('application/pdf') } } }, async (request, reply) => {
    const report = await inScope(app, request, (scope) => store.buildSampleReport(scope, request.params.sampleId, 'audit.report-pdf'));
    return reply.type('application/pdf').header('content-disposition', `inline; filename="stikkprove-${report.sample.id}.pdf"`).send(await renderReportPdf(report));
  });
  app.get('/api/audit/samples/:sampleId/cases/:personId', { schema: { tags, summary: 'Revisors lesevisning av én sak i utvalget', params: s.caseParams, response: { 200: s.auditCase } } }, async (request) =>
    inScope(app, request, (scope) => store.getAuditCase(scope, request.params.sampleId, request.params.personId)),
  );
  app.get('/api/self-assessment', { schema: { tags, summary: 'Egenvurdering: tilsynets spørsmål med tall fra journalen og leders kommentarer', querystring: s.selfAssessmentQuery, response: { 200: s.selfAssessment } } }, async (request) =>
    inScope(app, request, (scope) => getSelfAssessment(scope, request.query.from, request.query.to)),
  );
  app.put('/api/self-assessment', { schema: { tags, summary: 'Lagre leders kommentarer til egenvurderingen', body: s.selfAssessmentBody, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => saveSelfAssessment(scope, request.body));
    return reply.code(204).send(null);
  });
  app.get('/api/self-assessment/pdf', { schema: { tags, summary: 'Egenvurderingen som PDF', querystring: s.selfAssessmentQuery, response: { 200: z.any().describe('application/pdf') } } }, async (request, reply) => {
    const { assessment, municipality } = await inScope(app, request, async (scope) => {
      const [tenant] = await scope.tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, scope.actor.tenantId));
      return { assessment: await getSelfAssessment(scope, request.query.from, request.query.to), municipality: tenant?.name ?? '' };
    });
    return reply.type('application/pdf').header('content-disposition', `inline; filename="egenvurdering-${assessment.from}-${assessment.to}.pdf"`).send(await renderSelfAssessmentPdf(assessment, municipality));
  });
};
