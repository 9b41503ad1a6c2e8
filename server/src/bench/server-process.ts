// The real server as a child process — `node --import tsx server/src/main.ts`, as `npm start` runs it
// without the web build — on a free loopback port against the benchmark's database, with its own
// checkpoint folder and signing key. Its stdout (the request log) goes to a file.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { DatabaseLocation } from './databases.js';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServerFiles {
  checkpointDir: string;
  checkpointKey: string;
  /** The server's stdout and stderr. */
  logFile: string;
}

export interface RunningServer {
  pid: number;
  baseUrl: string;
  /** SIGTERM: the server stops its worker and sealer (a last seal and checkpoint) and exits; resolves with its exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no shutdown of any kind. */
  kill(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

const tail = (file: string): string => readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');

export async function startServer(location: DatabaseLocation, files: ServerFiles, readyWithinMs = 180_000): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port), HELHET_CHECKPOINT_DIR: files.checkpointDir, HELHET_CHECKPOINT_KEY: files.checkpointKey };
  for (const name of ['DATABASE_URL', 'MIGRATION_DATABASE_URL', 'HELHET_DATA_DIR']) delete env[name];
  if ('url' in location) env.DATABASE_URL = location.url;
  else env.HELHET_DATA_DIR = location.dataDir;
  const output = openSync(files.logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', join('server', 'src', 'main.ts')], { cwd: repositoryRoot, env, stdio: ['ignore', output, output] });
  closeSync(output);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));
  // A benchmark that fails or is interrupted must not leave a server holding the database.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  void exited.then(() => process.off('exit', orphan));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (!running) throw new Error(`The server exited before it answered (exit code ${await exited}); its output ends:\n${tail(files.logFile)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not answer /api/health within ${readyWithinMs / 1000} s; its output ends:\n${tail(files.logFile)}`);
    }
    const healthy = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    pid: child.pid!,
    baseUrl,
    async stop() {
      if (!running) return exited;
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 120_000);
      const code = await exited;
      clearTimeout(timeout);
      return code;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
