// (c) person search by name prefix: GET /api/persons?q=<prefix> as the sample staff user, with
// prefixes drawn from the generator's given and family names (incl. æøå and "given family").
import { performance } from 'node:perf_hooks';
import type { Fixture, Log } from './fixture.js';
import { Series, type Summary } from './stats.js';

export const searchPrefixes = ['han', 'ol', 'øde', 'per h', 'kari', 'jo', 'ber', 'åse', 'anne o', 'sø'] as const;

export interface SearchResult {
  overall: Summary;
  perPrefix: { prefix: string; summary: Summary; hits: number; matchingInTenant: number }[];
  warmup: number;
}

export async function benchSearch(fixture: Fixture, iterations: number, warmup: number, log: Log): Promise<SearchResult> {
  const series = new Map(searchPrefixes.map((p) => [p, new Series(p)]));
  const overall = new Series('search');
  const hits = new Map<string, number>();
  const total = warmup + iterations;
  const started = performance.now();
  let lastPrint = started;
  for (let i = 0; i < total; i++) {
    const prefix = searchPrefixes[i % searchPrefixes.length]!;
    const start = performance.now();
    const answer = await fixture.client.get(`/api/persons?q=${encodeURIComponent(prefix)}`);
    const elapsed = performance.now() - start;
    if (answer.status !== 200) throw new Error(`search "${prefix}": expected 200, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
    hits.set(prefix, answer.body.items.length);
    if (i >= warmup) {
      series.get(prefix)!.add(elapsed);
      overall.add(elapsed);
    }
    const now = performance.now();
    if (now - lastPrint > 10_000 || i + 1 === total) {
      lastPrint = now;
      log(`  search: ${Math.max(0, i + 1 - warmup)}/${iterations} (${((now - started) / 1000).toFixed(1)} s)`);
    }
  }
  // How many persons in the tenant match each prefix before the visibility filter: what the query has to sift.
  const matching = new Map<string, number>();
  for (const prefix of searchPrefixes) {
    const { rows } = await fixture.bench.raw<{ n: string | number }>(
      `select count(*) as n from persons where tenant_id = $1 and (search_name like $2 or lower(family_name) like $2)`,
      [fixture.tenantId, `${prefix}%`],
    );
    matching.set(prefix, Number(rows[0]?.n ?? 0));
  }
  const totalHits = [...hits.values()].reduce((a, b) => a + b, 0);
  if (totalHits === 0) throw new Error('No search found anything; the sample user sees none of the generated names');
  return {
    overall: overall.summary(),
    perPrefix: searchPrefixes.map((prefix) => ({ prefix, summary: series.get(prefix)!.summary(), hits: hits.get(prefix) ?? 0, matchingInTenant: matching.get(prefix) ?? 0 })),
    warmup,
  };
}
