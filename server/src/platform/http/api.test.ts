import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

const database = testDatabases()[0]!;

describe(`${database.name}: API surface`, () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp(database);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('serves the OpenAPI document with every route and its schemas', async () => {
    const answer = await app.anonymous().get('/api/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.body.openapi).toMatch(/^3\./);
    expect(Object.keys(answer.body.paths)).toEqual(expect.arrayContaining(['/api/persons', '/api/persons/{personId}', '/api/persons/{personId}/emergency-access', '/api/me/access-log', '/api/staff']));
    expect(answer.body.paths['/api/persons'].post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['nationalId', 'givenName', 'familyName']));
  });

  it('answers unknown API paths with problem+json in Norwegian', async () => {
    const answer = await app.anonymous().get('/api/finnes-ikke');
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ code: 'NOT_FOUND', title: 'Finnes ikke', detail: 'Adressen finnes ikke i API-et.' });
  });

  it('sets security headers and no-store on API answers', async () => {
    const answer = await app.anonymous().get('/api/health');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('refuses a non-JSON body with 415', async () => {
    const kari = await app.as('kari.saksbehandler');
    const answer = await kari.raw('POST', '/api/persons', { body: 'givenName=A', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(answer.status).toBe(415);
    expect(answer.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('rejects a bad uuid in the path with a precise message', async () => {
    const kari = await app.as('kari.saksbehandler');
    const answer = await kari.get('/api/persons/ikke-en-uuid');
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toEqual({ path: 'params/personId', detail: 'Person-id må være en gyldig UUID' });
  });
});
