import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { enqueue } from '../jobs/queue.js';
import { isLoopbackAddress } from './metrics.js';

/** The value of one sample line, e.g. value(text, 'helhet_jobs_run_total{kind="x"}'); 0 when absent. */
function value(text: string, sample: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : 0;
}

for (const database of testDatabases()) {
  describe(`${database.name}: Prometheus metrics`, () => {
    let app: RunningApp;
    let second: RunningApp;
    const token = 'metrics-token-for-tests-0123456789';
    beforeAll(async () => {
      app = await startTestApp(database);
      // A second app in the same process: each has its own registry, so neither double-registers.
      second = await startTestApp(database, { app: { metricsToken: token } });
    });
    afterAll(async () => {
      await app?.close();
      await second?.close();
    });

    const scrape = async (target: RunningApp = app, headers: Record<string, string> = {}): Promise<string> => {
      const answer = await target.anonymous().raw('GET', '/metrics', { headers });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('text/plain');
      return answer.body as string;
    };

    it('counts requests by method, route pattern and status, never by raw URL', async () => {
      const kari = await app.as('kari.saksbehandler');
      const personId = app.seed.personIds[0]!;
      const route = 'helhet_http_requests_total{method="GET",route="/api/persons/:personId",status="200"}';
      const before = value(await scrape(), route);
      expect((await kari.get(`/api/persons/${personId}`)).status).toBe(200);
      expect((await kari.get(`/api/persons/${personId}`)).status).toBe(200);
      await app.anonymous().get('/api/finnes-ikke/12345678901');
      const text = await scrape();
      expect(value(text, route)).toBe(before + 2);
      expect(value(text, 'helhet_http_request_duration_seconds_count{method="GET",route="/api/persons/:personId",status="200"}')).toBeGreaterThanOrEqual(2);
      expect(value(text, 'helhet_http_requests_total{method="GET",route="unmatched",status="404"}')).toBeGreaterThanOrEqual(1);
      expect(text).not.toContain(personId);
      expect(text).not.toContain('12345678901');
      expect(text).toContain('process_cpu_user_seconds_total');
      expect(text).toContain('nodejs_eventloop_lag_seconds');
    });

    it('counts jobs run and failed by kind, and reads the queue depth at scrape time', async () => {
      const now = new Date();
      const depthBefore = value(await scrape(), 'helhet_job_queue_depth{state="pending"}');
      await enqueue(app.database.db, { kind: 'metrics.no-handler', payload: { n: 1 }, runAt: now, uniqueKey: 'metrics:due' });
      await enqueue(app.database.db, { kind: 'metrics.later', payload: {}, runAt: new Date(now.getTime() + 86_400_000), uniqueKey: 'metrics:later' });
      let text = await scrape();
      expect(value(text, 'helhet_job_queue_depth{state="pending"}')).toBe(depthBefore + 2);
      expect(value(text, 'helhet_job_queue_depth{state="due"}')).toBeGreaterThanOrEqual(1);
      await app.runJobs();
      text = await scrape();
      expect(value(text, 'helhet_jobs_run_total{kind="metrics.no-handler"}')).toBe(1);
      expect(value(text, 'helhet_jobs_failed_total{kind="metrics.no-handler"}')).toBe(1);
      expect(value(text, 'helhet_job_queue_depth{state="due"}')).toBe(0);
    });

    it('refuses a scrape that came through a proxy unless a token is configured', async () => {
      const proxied = await app.anonymous().raw('GET', '/metrics', { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(proxied.status).toBe(403);
      expect(proxied.body).toMatchObject({ code: 'ACCESS_DENIED' });
    });

    it('with HELHET_METRICS_TOKEN, answers only a scrape that sends the token', async () => {
      expect((await second.anonymous().get('/metrics')).body).toMatchObject({ status: 401, code: 'NOT_AUTHENTICATED' });
      expect((await second.anonymous().raw('GET', '/metrics', { headers: { authorization: 'Bearer wrong-token' } })).status).toBe(401);
      const text = await scrape(second, { authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.9' });
      expect(text).toContain('helhet_http_requests_total');
    });
  });
}

describe('isLoopbackAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['::ffff:192.0.2.1', false],
    ['2001:db8::1', false],
    [undefined, false],
  ])('%s → %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});
