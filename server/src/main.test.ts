// The server as a real process: it refuses a bad configuration, and only an explicit --demo loads
// the demo municipality (a production start never creates the demo users).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './platform/db/database.js';
import { isEmpty } from './demo/seed.js';

interface Started {
  output(): string;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
  baseUrl: Promise<string>;
}

function startServer(env: Record<string, string>, ...args: string[]): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', ...args], { env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', HELHET_DEMO: '', HELHET_DEMO_PASSWORD: 'main-test-passord-2026', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const baseUrl = new Promise<string>((resolve, reject) => {
    const listen = (chunk: Buffer): void => {
      text += String(chunk);
      const match = /Helhet kjører på (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    void exited.then((code) => reject(new Error(`exited with ${code}: ${text}`)));
  });
  baseUrl.catch(() => undefined);
  return {
    output: () => text,
    exited,
    baseUrl,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

const folders: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'helhet-main-'));
  folders.push(dir);
  return dir;
}

async function databaseIsEmpty(dir: string): Promise<boolean> {
  const database = await openDatabase({ dataDir: dir });
  try {
    return await isEmpty(database.db);
  } finally {
    await database.close();
  }
}

describe('server start', () => {
  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 with a Norwegian message naming every bad variable', async () => {
    const server = startServer({ HELHET_DATA_DIR: dataDir(), PORT: 'abc', HELHET_EMERGENCY_ACCESS_HOURS: '-3', DATABASE_URL: 'mysql://db/helhet' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('Ugyldig konfigurasjon, Helhet starter ikke:');
    expect(server.output()).toContain('PORT må være et portnummer');
    expect(server.output()).toContain('HELHET_EMERGENCY_ACCESS_HOURS må være et antall timer');
    expect(server.output()).toContain('DATABASE_URL må være en PostgreSQL-adresse');
    expect(server.output()).not.toContain('NaN');
  });

  it('without --demo serves an empty database and creates no demo users', async () => {
    const dir = dataDir();
    const server = startServer({ HELHET_DATA_DIR: dir });
    try {
      const baseUrl = await server.baseUrl;
      expect((await fetch(`${baseUrl}/api/health/ready`)).status).toBe(200);
      const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'kari.saksbehandler', password: 'main-test-passord-2026' }) });
      expect(login.status).toBe(401);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(server.output()).toContain('Databasen er tom');
    expect(server.output()).not.toContain('Demobrukere');
    expect(await databaseIsEmpty(dir)).toBe(true);
  });

  it('with --demo (what npm start passes) loads the demo municipality', async () => {
    const dir = dataDir();
    const server = startServer({ HELHET_DATA_DIR: dir }, '--demo');
    try {
      const baseUrl = await server.baseUrl;
      const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'kari.saksbehandler', password: 'main-test-passord-2026' }) });
      expect(login.status).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(server.output()).toContain('Demokommunen «Fjordvik kommune» er lastet');
    expect(await databaseIsEmpty(dir)).toBe(false);
  }, 180_000);
});
