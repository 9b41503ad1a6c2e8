// Prometheus metrics at GET /metrics. One registry per application instance, so tests that build
// many apps in one process never share or double-register a metric. Labels carry route patterns,
// never raw URLs: a URL can hold a person id or a search for a name.
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { HelhetError } from '../errors.js';
import { sameToken } from '../auth/sessions.js';
import type { JobMonitor } from '../jobs/queue.js';
import { describeError } from './safe-error.js';

export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  jobsRun: Counter<'kind'>;
  jobsFailed: Counter<'kind'>;
  jobDuration: Histogram<'kind'>;
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

export interface MetricsOptions {
  /** When set, GET /metrics needs `Authorization: Bearer <token>`; else only loopback may scrape. */
  token?: string;
  /** Read at scrape time. */
  queueDepth(): Promise<{ pending: number; due: number }>;
}

export function createMetrics(queueDepth: MetricsOptions['queueDepth']): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labels = ['method', 'route', 'status'] as const;
  new Gauge({
    name: 'helhet_job_queue_depth',
    help: 'Pending background jobs (state="pending": all, state="due": due now and waiting for the worker)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      // A scrape while the database is away still answers with the other metrics.
      const depth = await queueDepth().catch(() => null);
      this.reset();
      if (depth) {
        this.set({ state: 'pending' }, depth.pending);
        this.set({ state: 'due' }, depth.due);
      }
    },
  });
  return {
    registry,
    httpRequests: new Counter({ name: 'helhet_http_requests_total', help: 'HTTP requests by method, route pattern and status', labelNames: labels, registers: [registry] }),
    httpDuration: new Histogram({
      name: 'helhet_http_request_duration_seconds',
      help: 'HTTP request duration by method, route pattern and status',
      labelNames: labels,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    jobsRun: new Counter({ name: 'helhet_jobs_run_total', help: 'Background job attempts run, by kind (failed ones included)', labelNames: ['kind'], registers: [registry] }),
    jobsFailed: new Counter({ name: 'helhet_jobs_failed_total', help: 'Background job attempts that failed, by kind', labelNames: ['kind'], registers: [registry] }),
    jobDuration: new Histogram({ name: 'helhet_job_duration_seconds', help: 'Background job attempt duration by kind', labelNames: ['kind'], buckets: [0.01, 0.1, 0.5, 1, 5, 30, 120, 600], registers: [registry] }),
  };
}

/** Logs and counts job attempts: kind, id and attempt, the error's kind and stack, never the payload. */
export function jobMonitor(log: FastifyBaseLogger, metrics: Metrics): JobMonitor {
  return {
    succeeded(job, seconds) {
      metrics.jobsRun.inc({ kind: job.kind });
      metrics.jobDuration.observe({ kind: job.kind }, seconds);
    },
    failed(job, error, seconds) {
      metrics.jobsRun.inc({ kind: job.kind });
      metrics.jobsFailed.inc({ kind: job.kind });
      metrics.jobDuration.observe({ kind: job.kind }, seconds);
      log.error({ job: { id: job.id, kind: job.kind, attempt: job.attempt, gaveUp: job.gaveUp ?? false }, error: describeError(error) }, 'job failed');
    },
    roundFailed(error) {
      log.error({ error: describeError(error) }, 'job worker round failed');
    },
  };
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function checkScraper(request: FastifyRequest, token: string | undefined): void {
  if (token) {
    const header = request.headers.authorization ?? '';
    const sent = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!sent || !sameToken(sent, token)) throw new HelhetError('NOT_AUTHENTICATED', 'Metrikkene krever et gyldig tilgangstoken (Authorization: Bearer …).');
    return;
  }
  // A reverse proxy on the same machine connects from loopback on behalf of anyone; it adds these headers.
  const proxied = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  if (proxied || !isLoopbackAddress(request.socket.remoteAddress)) {
    throw new HelhetError('ACCESS_DENIED', 'Metrikkene kan bare hentes fra maskinen selv. Sett HELHET_METRICS_TOKEN for å hente dem over nettverket.');
  }
}

/** Counts every answered request and serves GET /metrics. */
export function registerMetrics(app: FastifyInstance, options: MetricsOptions): void {
  const metrics = createMetrics(options.queueDepth);
  app.decorate('metrics', metrics);
  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    checkScraper(request, options.token);
    const body = await metrics.registry.metrics();
    return reply.header('cache-control', 'no-store').type(metrics.registry.contentType).send(body);
  });
}
