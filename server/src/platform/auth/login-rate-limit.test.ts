import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, testPassword, type RunningApp } from '../../test/test-app.js';
import type { Answer } from '../../test/http-client.js';
import { defaultLoginRateLimits, parseRateWindow } from './login-rate-limit.js';

const smallLimits = { perAddress: { max: 3, windowMinutes: 1 }, perAccount: { max: 2, windowMinutes: 15 } };

function login(app: RunningApp, username: string, password: string, forwardedFor?: string): Promise<Answer> {
  return app.anonymous().raw('POST', '/api/auth/login', {
    body: JSON.stringify({ username, password }),
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
  });
}

function expectRateLimited(answer: Answer): void {
  expect(answer.status).toBe(429);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status: 429, code: 'RATE_LIMITED', title: 'For mange forespørsler' });
  expect(answer.body.detail).toMatch(/^For mange innloggingsforsøk\. Vent \d+ (sekunder|minutter) og prøv igjen\.$/);
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
}

describe('login rate limit settings', () => {
  it('reads «max/minutes» and falls back to the default when unset', () => {
    expect(parseRateWindow('20/5', defaultLoginRateLimits.perAddress, 'X')).toEqual({ max: 20, windowMinutes: 5 });
    expect(parseRateWindow(undefined, defaultLoginRateLimits.perAddress, 'X')).toEqual(defaultLoginRateLimits.perAddress);
  });

  it('refuses a malformed limit instead of running without one', () => {
    expect(() => parseRateWindow('20', defaultLoginRateLimits.perAddress, 'HELHET_LOGIN_LIMIT_PER_ADDRESS')).toThrow(/HELHET_LOGIN_LIMIT_PER_ADDRESS/);
    expect(() => parseRateWindow('0/1', defaultLoginRateLimits.perAddress, 'X')).toThrow();
  });
});

for (const database of testDatabases()) {
  describe(`${database.name}: login rate limits behind a trusted proxy (one hop)`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(database, { loginRateLimits: smallLimits, trustProxy: 1 });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('limits logins per client address, taken from X-Forwarded-For when the proxy is trusted', async () => {
      for (const username of ['a.finnes.ikke', 'b.finnes.ikke', 'c.finnes.ikke']) expect((await login(app, username, 'feil-passord-123', '203.0.113.1')).status).toBe(401);
      expectRateLimited(await login(app, 'd.finnes.ikke', 'feil-passord-123', '203.0.113.1'));
      // Another client behind the same proxy has its own budget.
      expect((await login(app, 'kari.saksbehandler', testPassword, '203.0.113.2')).status).toBe(200);
    });

    it('limits the one-time-code login per client address too', async () => {
      const code = (forwardedFor: string) =>
        app.anonymous().raw('POST', '/api/citizen/code', { body: JSON.stringify({ code: 'ABCD-EFGH' }), headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor } });
      for (let i = 0; i < smallLimits.perAddress.max; i++) expect((await code('203.0.113.9')).status).toBe(401);
      expectRateLimited(await code('203.0.113.9'));
    });

    it('limits attempts on one account from any address, even with the right password', async () => {
      for (let i = 0; i < smallLimits.perAccount.max; i++) expect((await login(app, 'Ola.Tjenesteyter', 'feil-passord-123', `198.51.100.${i}`)).status).toBe(401);
      expectRateLimited(await login(app, 'ola.tjenesteyter', testPassword, '198.51.100.50'));
      // Other accounts are not affected.
      expect((await login(app, 'siri.koordinator', testPassword, '198.51.100.51')).status).toBe(200);
    });
  });

  describe(`${database.name}: login rate limits without a trusted proxy`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(database, { loginRateLimits: smallLimits });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('ignores X-Forwarded-For, so a client cannot pick a fresh address for each attempt', async () => {
      for (let i = 0; i < smallLimits.perAddress.max; i++) expect((await login(app, `${i}.finnes.ikke`, 'feil-passord-123', `192.0.2.${i}`)).status).toBe(401);
      expectRateLimited(await login(app, 'kari.saksbehandler', testPassword, '192.0.2.99'));
    });
  });
}
