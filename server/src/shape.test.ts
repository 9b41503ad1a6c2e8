// Keeps the code shaped as docs/adding-a-capability.md says: every capability folder has its
// public index, schemas, routes and route tests, and every API route declares a response schema
// (enforced at start-up by platform/http/response-schemas.ts).
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { buildApp } from './app.js';
import { enforceResponseSchemas } from './platform/http/response-schemas.js';
import { openDatabase } from './platform/db/database.js';

const capabilitiesDir = fileURLToPath(new URL('./capabilities', import.meta.url));

describe('code shape', () => {
  it.each(readdirSync(capabilitiesDir))('capability %s has index.ts, schemas.ts, routes.ts and routes.test.ts', (name) => {
    const missing = ['index.ts', 'schemas.ts', 'routes.ts', 'routes.test.ts'].filter((file) => !existsSync(join(capabilitiesDir, name, file)));
    expect(missing).toEqual([]);
  });

  it('refuses to start with an API route that has no response schema', async () => {
    const app = Fastify();
    enforceResponseSchemas(app);
    expect(() => app.get('/api/leaky', async () => ({ secret: 'x' }))).toThrow('API route GET /api/leaky has no response schema');
    app.get('/api/declared', { schema: { response: { 200: { type: 'object' } } } }, async () => ({}));
    await app.close();
  });

  it('starts the whole app, so every API route declares one', async () => {
    const database = await openDatabase({});
    try {
      const app = await buildApp({ db: database.db, serveWeb: false });
      await app.close();
    } finally {
      await database.close();
    }
  });
});
