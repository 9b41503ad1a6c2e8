// The load itself: autocannon against the running server over loopback, as the logged-in
// caseworker. Person-page reads rotate over her persons; the mixed load interleaves, on every
// connection, 7 reads, 2 name searches and 1 journal note in each round of 10 requests.
import { performance } from 'node:perf_hooks';
import autocannon, { type Request } from 'autocannon';
import type { CpuSampler, CpuSpent } from './cpu-sampler.js';
import { summarize } from './stats.js';

export type RequestKind = 'read' | 'search' | 'write';

export interface Session {
  baseUrl: string;
  cookie: string;
  csrfToken: string;
}

export interface LoadTargets {
  /** Persons the user may see: the person-page reads rotate over them. */
  readIds: string[];
  /** Persons her unit serves: the journal notes are written on them. */
  writeIds: string[];
  /** Name prefixes that find at least one of her persons (so every search logs a row). */
  prefixes: string[];
}

export interface StepResult {
  name: string;
  connections: number;
  seconds: number;
  completed: number;
  perSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** 2xx answers per kind of request. */
  ok: Record<RequestKind, number>;
  cpu: CpuSpent;
}

const noteBody = JSON.stringify({ title: 'Kontakt', body: 'Syntetisk notat skrevet av ytelsestesten.', classification: 'shared' });

/** One request definition per slot; the counters are shared by all connections so every id is used in turn. */
function requestsFor(kinds: readonly RequestKind[], targets: LoadTargets, ok: Record<RequestKind, number>, failures: string[]): Request[] {
  const next = { read: 0, search: 0, write: 0 };
  const count = (kind: RequestKind) => (status: number, body: string) => {
    if (status >= 200 && status < 300) ok[kind]++;
    else if (failures.length < 5) failures.push(`${kind} ${status}: ${body.slice(0, 300)}`);
  };
  const paths: Record<RequestKind, () => string> = {
    read: () => `/api/persons/${targets.readIds[next.read++ % targets.readIds.length]}`,
    search: () => `/api/persons?q=${encodeURIComponent(targets.prefixes[next.search++ % targets.prefixes.length]!)}`,
    write: () => `/api/persons/${targets.writeIds[next.write++ % targets.writeIds.length]}/notes`,
  };
  return kinds.map((kind) => ({
    method: kind === 'write' ? 'POST' : 'GET',
    ...(kind === 'write' ? { body: noteBody, headers: { 'content-type': 'application/json' } } : {}),
    setupRequest: (request) => ({ ...request, path: paths[kind]() }),
    onResponse: count(kind),
  }));
}

export const readsOnly: readonly RequestKind[] = ['read'];
export const mixed: readonly RequestKind[] = ['read', 'read', 'search', 'read', 'read', 'write', 'read', 'search', 'read', 'read'];

interface Run {
  instance: ReturnType<typeof autocannon>;
  ok: Record<RequestKind, number>;
  failures: string[];
  latencies: number[];
}

function start(session: Session, kinds: readonly RequestKind[], targets: LoadTargets, connections: number, seconds: number): Run {
  const ok = { read: 0, search: 0, write: 0 };
  const failures: string[] = [];
  const latencies: number[] = [];
  const instance = autocannon({
    url: session.baseUrl,
    connections,
    duration: seconds,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    requests: requestsFor(kinds, targets, ok, failures),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  return { instance, ok, failures, latencies };
}

/** A warm-up run (answers counted in `ok`, nothing else kept), then the measured run. */
export async function step(session: Session, name: string, kinds: readonly RequestKind[], targets: LoadTargets, connections: number, timing: { warmup: number; seconds: number }, cpu: CpuSampler, logged: Record<RequestKind, number>): Promise<StepResult> {
  const warm = start(session, kinds, targets, connections, timing.warmup);
  const warmResult = await warm.instance;
  for (const kind of Object.keys(logged) as RequestKind[]) logged[kind] += warm.ok[kind];
  if (warmResult.non2xx + warmResult.errors + warmResult.timeouts > 0) throw new Error(`${name}, ${connections} connections, warm-up: ${warmResult.non2xx} non-2xx, ${warmResult.errors} errors, ${warmResult.timeouts} timeouts\n${warm.failures.join('\n')}`);

  const before = cpu.snapshot();
  const startedAt = performance.now();
  const run = start(session, kinds, targets, connections, timing.seconds);
  const result = await run.instance;
  const elapsed = (performance.now() - startedAt) / 1000;
  const spent = cpu.since(before);
  for (const kind of Object.keys(logged) as RequestKind[]) logged[kind] += run.ok[kind];
  const latency = summarize(run.latencies);
  const outcome: StepResult = { name, connections, seconds: elapsed, completed: run.latencies.length, perSecond: run.latencies.length / elapsed, p50: latency.p50, p99: latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts, ok: run.ok, cpu: spent };
  if (outcome.non2xx > 0 || outcome.errors > 0) {
    throw new Error(`${name}, ${connections} connections: ${outcome.non2xx} non-2xx answers and ${outcome.errors} errors/timeouts of ${outcome.completed} (status codes ${JSON.stringify(result.statusCodeStats)}); first failures:\n${run.failures.join('\n')}`);
  }
  return outcome;
}

/** Runs the mixed load and kills the server (SIGKILL) `afterSeconds` into it; returns the 2xx answers received before the kill. */
export async function loadUntilKilled(session: Session, targets: LoadTargets, connections: number, afterSeconds: number, kill: () => Promise<void>): Promise<Record<RequestKind, number>> {
  const run = start(session, mixed, targets, connections, afterSeconds + 30);
  await new Promise((resolve) => setTimeout(resolve, afterSeconds * 1000));
  await kill();
  run.instance.stop();
  await run.instance;
  // Connection errors after the kill are expected; an answer other than 2xx before it is a failure.
  if (run.failures.length > 0) throw new Error(`Non-2xx answers during the load before the kill:\n${run.failures.join('\n')}`);
  // Every 2xx counted here was sent by the server before it died, so its transaction had committed.
  return run.ok;
}
