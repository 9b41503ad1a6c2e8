// No personal data in the application log: a database error carrying a synthetic national id and
// name, a failing request with a name in its query string, and errors logged by other code paths.
import { ownerDb } from '../../test/owner.js';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { Database } from '../db/database.js';
import { registerErrorHandling } from '../http/error-handler.js';
import { loggerOptions } from './log-options.js';
import { describeError } from './safe-error.js';

const nationalId = '13097248022';
const name = 'Testine Lekkasjesen';

function captureLog(): { stream: Writable; text(): string; lines(): Record<string, any>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const text = (): string => chunks.join('');
  return { stream, text, lines: () => text().split('\n').filter(Boolean).map((line) => JSON.parse(line)) };
}

for (const database of testDatabases()) {
  describe(`${database.name}: application log`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await database.open();
      // Made as the owner; the application's runtime role may write it (default privileges).
      await ownerDb(db).execute(sql`create table log_probe (national_id text primary key, name text not null)`);
    });
    afterAll(async () => {
      await db?.close();
    });

    it('logs an unhandled database error by kind, SQLSTATE and constraint, never the values, detail or parameters', async () => {
      const log = captureLog();
      const app = Fastify({ logger: loggerOptions(log.stream) });
      registerErrorHandling(app);
      app.post('/probe', async () => {
        await db.db.execute(sql`insert into log_probe (national_id, name) values (${nationalId}, ${name})`);
        await db.db.execute(sql`insert into log_probe (national_id, name) values (${nationalId}, ${name})`);
        return { ok: true };
      });
      const answer = await app.inject({ method: 'POST', url: `/probe?navn=${encodeURIComponent(name)}` });
      await app.close();
      expect(answer.statusCode).toBe(500);
      expect(answer.json()).toMatchObject({ code: 'INTERNAL' });
      expect(log.text()).toContain('unhandled error');
      expect(log.text()).not.toContain(nationalId);
      expect(log.text()).not.toContain('Lekkasjesen');
      const line = log.lines().find((l) => l.msg === 'unhandled error');
      expect(line?.error).toMatchObject({ errorKind: 'DrizzleQueryError', cause: { code: '23505', constraint: 'log_probe_pkey', table: 'log_probe' } });
      expect(line?.error.stack).toMatch(/^\s+at /);
    });

    it('keeps pg details out of the log when code logs a raw error, a request or its query', async () => {
      const log = captureLog();
      const app = Fastify({ logger: loggerOptions(log.stream) });
      app.get('/probe', async (request) => {
        try {
          await db.db.execute(sql`insert into log_probe (national_id, name) values (${nationalId}, ${name})`);
          await db.db.execute(sql`insert into log_probe (national_id, name) values (${nationalId}, ${name})`);
        } catch (error) {
          const cause = (error as Error).cause as Record<string, unknown>;
          expect(String(cause.detail ?? cause.message)).toContain(nationalId);
          request.log.error({ err: error, req: request }, 'serialized by the logger');
          request.log.error(error as Error);
          request.log.warn({ query: request.query, params: { name }, failure: { detail: cause.detail, where: cause.where } }, 'by hand');
        }
        return { ok: true };
      });
      await app.inject({ method: 'GET', url: `/probe?fnr=${nationalId}` });
      await app.close();
      expect(log.lines().filter((l) => l.level >= 40)).toHaveLength(3);
      expect(log.text()).toContain('"route":"/probe"');
      expect(log.text()).not.toContain(nationalId);
      expect(log.text()).not.toContain('Lekkasjesen');
    });
  });
}

describe(`application request log`, () => {
  const database = testDatabases()[0]!;
  let app: RunningApp;
  const log = captureLog();
  beforeAll(async () => {
    app = await startTestApp(database, { app: { logStream: log.stream } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('names the route pattern, never the URL with its search for a name, and skips probes', async () => {
    const kari = await app.as('kari.saksbehandler');
    expect((await kari.get(`/api/persons?q=${encodeURIComponent('Lekkasjesen')}`)).status).toBe(200);
    expect((await kari.get(`/api/persons/${app.seed.personIds[0]}?fnr=${nationalId}`)).status).toBeLessThan(500);
    await app.anonymous().get('/api/health/ready');
    const requests = log.lines().filter((l) => l.msg === 'request');
    expect(requests.map((l) => l.route)).toEqual(expect.arrayContaining(['/api/persons', '/api/persons/:personId']));
    expect(requests.map((l) => l.route)).not.toContain('/api/health/ready');
    expect(log.text()).not.toContain('Lekkasjesen');
    expect(log.text()).not.toContain(nationalId);
  });
});

describe('describeError', () => {
  it('keeps kind, code and stack frames and drops the message, also of a cause', () => {
    const cause = Object.assign(new Error(`duplicate key ${nationalId}`), { code: '23505', detail: `Key (national_id)=(${nationalId}) already exists.`, constraint: 'persons_national_id_uq', where: name });
    const error = new Error(`Failed query: insert … params: ${nationalId},${name}`, { cause });
    const described = describeError(error);
    expect(described).toMatchObject({ errorKind: 'Error', cause: { errorKind: 'Error', code: '23505', constraint: 'persons_national_id_uq' } });
    expect(JSON.stringify(described)).not.toContain(nationalId);
    expect(JSON.stringify(described)).not.toContain('Lekkasjesen');
  });
});
