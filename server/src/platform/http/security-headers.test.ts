// Helmet's headers on an API answer, an error answer, and the web app's index.html and assets.
// Needs the built web app (npm run build:web; npm test builds it first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import type { Database } from '../db/database.js';
import { testDatabases } from '../../test/databases.js';

const database = testDatabases()[0]!;

function csp(headers: Record<string, unknown>): Map<string, string> {
  return new Map(String(headers['content-security-policy']).split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(' ')[0]!, d.slice(d.indexOf(' ') + 1)] as [string, string]));
}

describe(`${database.name}: security headers`, () => {
  let db: Database;
  let app: FastifyInstance;
  let https: FastifyInstance;
  beforeAll(async () => {
    db = await database.open();
    app = await buildApp({ db: db.db, serveWeb: true });
    https = await buildApp({ db: db.db, serveWeb: false, secureCookies: true });
  });
  afterAll(async () => {
    await app?.close();
    await https?.close();
    await db?.close();
  });

  const expectCommonHeaders = (headers: Record<string, unknown>): void => {
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    const policy = csp(headers);
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('base-uri')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    // Plain http here: upgrading would send the browser to a port without TLS.
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  };

  it('on an API answer, with no-store', async () => {
    const answer = await app.inject({ method: 'GET', url: '/api/health/live' });
    expectCommonHeaders(answer.headers);
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('on a problem+json error answer', async () => {
    const answer = await app.inject({ method: 'GET', url: '/api/finnes-ikke' });
    expect(answer.statusCode).toBe(404);
    expectCommonHeaders(answer.headers);
  });

  it('on index.html, whose script and stylesheet come from the same origin the policy allows', async () => {
    for (const url of ['/', '/personer/00000000-0000-4000-8000-000000000000']) {
      const answer = await app.inject({ method: 'GET', url });
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toContain('text/html');
      expectCommonHeaders(answer.headers);
      // The built page has no inline script and loads only from /assets on this origin.
      expect(answer.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      const sources = [...answer.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(sources.length).toBeGreaterThanOrEqual(2);
      for (const source of sources) expect(source).toMatch(/^\/assets\//);
      const stylesheet = sources.find((s) => s.endsWith('.css'))!;
      const css = await app.inject({ method: 'GET', url: stylesheet });
      expect(css.statusCode).toBe(200);
      expectCommonHeaders(css.headers);
    }
  });

  it('behind HTTPS (secure cookies), asks the browser to upgrade insecure requests', async () => {
    const answer = await https.inject({ method: 'GET', url: '/api/health/live' });
    expect(csp(answer.headers).has('upgrade-insecure-requests')).toBe(true);
  });
});
