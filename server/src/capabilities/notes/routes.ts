// Journal notes and consents on the person page.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../platform/http/request-context.js';
import { idResponse } from '../persons/index.js';
import * as schemas from './schemas.js';
import * as store from './store.js';

export const noteRoutes: FastifyPluginAsyncZod = async (app) => {

  app.get('/api/persons/:personId/notes', { schema: { tags: ['notes'], summary: 'Journalnotater du har tilgang til', params: schemas.personIdParams, response: { 200: schemas.notesResponse } } }, async (request) =>
    inScope(app, request, (scope) => store.listNotes(scope, request.params.personId)),
  );

  app.post('/api/persons/:personId/notes', { schema: { tags: ['notes'], summary: 'Skriv journalnotat', params: schemas.personIdParams, body: schemas.createNoteBody, response: { 201: idResponse } } }, async (request, reply) => {
    const id = await inScope(app, request, (scope) => store.createNote(scope, request.params.personId, request.body));
    return reply.code(201).send({ id });
  });

  app.get('/api/persons/:personId/consents', { schema: { tags: ['consents'], summary: 'Personens samtykker', params: schemas.personIdParams, response: { 200: z.object({ items: z.array(schemas.consent) }) } } }, async (request) => ({
    items: await inScope(app, request, (scope) => store.listConsents(scope, request.params.personId)),
  }));

  app.post('/api/persons/:personId/consents', { schema: { tags: ['consents'], summary: 'Registrer samtykke til deling', params: schemas.personIdParams, body: schemas.createConsentBody, response: { 201: idResponse } } }, async (request, reply) => {
    const id = await inScope(app, request, (scope) => store.recordConsent(scope, request.params.personId, request.body));
    return reply.code(201).send({ id });
  });

  app.post('/api/persons/:personId/consents/:consentId/withdraw', { schema: { tags: ['consents'], summary: 'Trekk tilbake samtykke', params: schemas.consentParams, response: { 204: z.null() } } }, async (request, reply) => {
    await inScope(app, request, (scope) => store.withdrawConsent(scope, request.params.personId, request.params.consentId));
    return reply.code(204).send(null);
  });
};
