// Vedtak routes, the service catalogue (also public for GPs and specialist services), and evaluations.
import { withTenant } from '../../platform/db/tenant-context.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { inScope } from '../../platform/http/request-context.js';
import { persons, tenants } from '../../platform/db/schema.js';
import * as s from './schemas.js';
import * as store from './store.js';
import { renderVedtakPdf } from './pdf.js';
import { letterLanguage } from '../../platform/i18n/index.js';

export const vedtakRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['vedtak'];
  const noContent = { 204: z.null() };

  app.get('/api/public/services', { schema: { tags, summary: 'Kommunens tjenestebeskrivelse (offentlig, for fastleger og spesialisthelsetjenesten)', querystring: z.strictObject({ municipality: z.string().regex(/^\w{1,12}$/, 'Oppgi kommunenummer') }), response: { 200: z.object({ municipality: z.string(), items: z.array(s.service.omit({ id: true, active: true })) }) } } }, async (request) => {
    const [tenant] = await app.services.db.select().from(tenants).where(eq(tenants.municipalityNumber, request.query.municipality));
    if (!tenant) return { municipality: request.query.municipality, items: [] };
    const items = await withTenant(app.services.db, tenant.id, (tx) => store.listServices(tx, tenant.id));
    return { municipality: tenant.name, items: items.filter((i) => i.active).map(({ code, name, description, legalBasis, legalBasisIds }) => ({ code, name, description, legalBasis, legalBasisIds })) };
  });
  app.get('/api/services', { schema: { tags, summary: 'Tjenestekatalogen', response: { 200: z.object({ items: z.array(s.service) }) } } }, async (request) => ({
    items: await inScope(app, request, async (scope) => {
      scope.requireRole('org.read');
      return store.listServices(scope.tx, scope.actor.tenantId);
    }),
  }));
  app.get('/api/services/legal-bases', { schema: { tags, summary: 'Hjemlene en tjeneste kan bygge på (fra registeret over rettskilder)', response: { 200: z.object({ items: z.array(s.legalBasisOption) }) } } }, async (request) => {
    await inScope(app, request, async (scope) => scope.requireRole('org.read'));
    return { items: store.legalBasisOptions() };
  });
  app.post('/api/services', { schema: { tags, summary: 'Legg til tjeneste i katalogen', body: s.createServiceBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createService(scope, request.body)) }),
  );
  app.get('/api/persons/:personId/vedtak', { schema: { tags, summary: 'Personens vedtak', params: s.personIdParams, response: { 200: s.vedtakList } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.listVedtak(scope, request.params.personId)),
  }));
  app.post('/api/persons/:personId/vedtak', { schema: { tags, summary: 'Opprett vedtak (utkast)', params: s.personIdParams, body: s.createVedtakBody, response: { 201: s.idResponse } } }, async (request, reply) =>
    reply.code(201).send({ id: await inScope(app, request, (scope) => store.createVedtak(scope, request.params.personId, request.body)) }),
  );
  app.get('/api/vedtak/:vedtakId', { schema: { tags, summary: 'Ett vedtak', params: s.vedtakParams, response: { 200: s.vedtakView } } }, async (request) => inScope(app, request, (scope) => store.getVedtak(scope, request.params.vedtakId)));
  app.patch('/api/vedtak/:vedtakId', { schema: { tags, summary: 'Endre utkast', params: s.vedtakParams, body: s.updateVedtakBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.updateVedtak(scope, request.params.vedtakId, request.body));
    return reply.code(204).send(null);
  });
  app.post('/api/vedtak/:vedtakId/finalize', { schema: { tags, summary: 'Fatt vedtaket', params: s.vedtakParams, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.finalizeVedtak(scope, request.params.vedtakId));
    return reply.code(204).send(null);
  });
  app.post('/api/vedtak/:vedtakId/evaluation', { schema: { tags, summary: 'Registrer evaluering', params: s.vedtakParams, body: s.evaluationBody, response: noContent } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.recordEvaluation(scope, request.params.vedtakId, request.body));
    return reply.code(204).send(null);
  });
  app.get('/api/vedtak/:vedtakId/pdf', { schema: { tags, summary: 'Vedtaket som PDF', params: s.vedtakParams, response: { 200: z.any().describe('application/pdf') } } }, async (request, reply) => {
    const letter = await inScope(app, request, async (scope) => {
      const v = await store.getVedtak(scope, request.params.vedtakId);
      const [row] = await scope.tx
        .select({ given: persons.givenName, family: persons.familyName, nationalId: persons.nationalId, address: persons.address, postalCode: persons.postalCode, postalPlace: persons.postalPlace, municipality: tenants.name, personLanguage: persons.writtenLanguage, municipalityLanguage: tenants.writtenLanguage })
        .from(persons)
        .innerJoin(tenants, eq(tenants.id, persons.tenantId))
        .where(and(eq(persons.id, v.personId), eq(persons.tenantId, scope.actor.tenantId)));
      scope.recordWrite(v.personId, 'vedtak.print', 'relation');
      const address = [row!.address, [row!.postalCode, row!.postalPlace].filter(Boolean).join(' ')].filter(Boolean).join(', ');
      return { municipality: row!.municipality, language: letterLanguage(row!.personLanguage, row!.municipalityLanguage), person: { name: `${row!.given} ${row!.family}`, nationalId: row!.nationalId, address }, vedtak: v };
    });
    const pdf = await renderVedtakPdf(letter);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="vedtak-${letter.vedtak.id}.pdf"`).send(pdf);
  });
};
