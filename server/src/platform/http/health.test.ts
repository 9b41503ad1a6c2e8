import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../app.js';
import { openDatabase, queryRows } from '../db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { TestClient } from '../../test/http-client.js';

for (const database of testDatabases()) {
  describe(`${database.name}: liveness and readiness`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(database);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('answers live and ready without a session, and writes no access-log row', async () => {
      const [before] = await queryRows<{ n: string }>(app.database.db, sql`select count(*) as n from access_log`);
      for (const path of ['/api/health', '/api/health/live', '/api/health/ready']) {
        const answer = await app.anonymous().get(path);
        expect({ path, status: answer.status, body: answer.body }).toEqual({ path, status: 200, body: { status: 'ok' } });
      }
      const [after] = await queryRows<{ n: string }>(app.database.db, sql`select count(*) as n from access_log`);
      expect(after!.n).toBe(before!.n);
    });

    it('is not ready, with 503 problem+json, when the database is gone; still live', async () => {
      const gone = await database.open();
      const server = await buildApp({ db: gone.db, serveWeb: false });
      await gone.close();
      try {
        const ready = await server.inject({ method: 'GET', url: '/api/health/ready' });
        expect(ready.statusCode).toBe(503);
        expect(ready.headers['content-type']).toContain('application/problem+json');
        expect(ready.json()).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', detail: 'Databasen svarer ikke. Prøv igjen om litt.' });
        expect((await server.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
      } finally {
        await server.close();
      }
    });
  });
}

describe('readiness against a database server that accepts connections but never answers', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('answers 503 within the readiness timeout instead of hanging', async () => {
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const database = await openDatabase({ url: `postgres://helhet@127.0.0.1:${port}/helhet` });
    const app = await buildApp({ db: database.db, serveWeb: false, readinessTimeoutMs: 300 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const appAddress = app.server.address();
    try {
      const started = Date.now();
      const answer = await new TestClient(`http://127.0.0.1:${typeof appAddress === 'object' && appAddress ? appAddress.port : 0}`).get('/api/health/ready');
      expect(answer.status).toBe(503);
      expect(answer.body.code).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await app.close();
      for (const socket of sockets) socket.destroy();
      await database.close().catch(() => undefined);
    }
  });
});
