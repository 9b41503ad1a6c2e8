// Import and export of case records in the Helhet records format (docs/import-format.md).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import * as s from './schemas.js';
import { importRecords } from './store-import.js';
import { exportRecords } from './store-export.js';

export const recordsBodyLimit = 20 * 1_048_576;

export const recordsExchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['records-exchange'];
  // The body is the file itself; it is validated against the format inside, so that every problem is
  // reported per record and field (file, record, field, reason) rather than as a request error.
  app.post('/api/records/import', { bodyLimit: recordsBodyLimit, schema: { tags, summary: 'Importer saksopplysninger (Helhet-format versjon 1), alt eller ingenting', querystring: s.importQuery, body: z.unknown(), response: { 201: s.importResult } } }, async (request, reply) =>
    reply.code(201).send(await inScope(app, request, (scope) => importRecords(scope, request.query.fileName, request.body))),
  );
  app.get('/api/records/export', { schema: { tags, summary: 'Eksporter saksopplysninger for én person, flere (personId=…&personId=…) eller alle du har tjenstlig behov for', querystring: s.exportQuery, response: { 200: s.recordsFile } } }, async (request, reply) => {
    const ids = request.query.personId === undefined ? undefined : [request.query.personId].flat();
    const file = await inScope(app, request, (scope) => exportRecords(scope, ids));
    return reply.header('content-disposition', `attachment; filename="helhet-records-${file.exportedAt?.slice(0, 10) ?? 'export'}.json"`).send(file);
  });
};
