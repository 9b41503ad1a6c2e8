// Where the person-page request's time goes, statement by statement (PostgreSQL only: the pg
// driver's Client#query is wrapped for a separate, untimed-for-(a) series of requests). Shows how
// many database round trips one API request makes against the plain-SQL baseline's four.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Fixture, Log } from './fixture.js';
import { summarize, type Summary } from './stats.js';

export interface StatementStat {
  label: string;
  perRequest: number;
  summary: Summary;
  sample: string;
}

export interface Breakdown {
  requests: number;
  request: Summary;
  /** p50 over requests of the summed statement times within one request. */
  inDatabaseP50: number;
  statementsPerRequest: number;
  statements: StatementStat[];
}

type QueryFn = (this: unknown, ...args: unknown[]) => unknown;

/** Calls `onStatement` with each statement's SQL and client-side duration; returns the undo. */
function instrumentPg(onStatement: (text: string, ms: number) => void): () => void {
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : (first?.text ?? '?');
    const start = performance.now();
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (...callbackArgs: unknown[]) => {
        onStatement(text, performance.now() - start);
        return (last as (...a: unknown[]) => unknown)(...callbackArgs);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result instanceof Promise) {
      const done = () => onStatement(text, performance.now() - start);
      result.then(done, done);
    }
    return result;
  };
  return () => {
    proto.query = original;
  };
}

const labels: [RegExp, string][] = [
  [/from "sessions"/i, 'session lookup (sessions ⋈ users)'],
  [/from "unit_memberships"/i, 'active unit memberships'],
  [/^begin/i, 'BEGIN'],
  [/union all/i, 'access check (loadRelations)'],
  [/from "persons"/i, 'person + GP partner + serving units + team (one statement)'],
  [/insert into "access_log"/i, 'log: insert row (no lock; sealed later)'],
  [/^commit/i, 'COMMIT'],
];

const labelOf = (text: string): string => labels.find(([re]) => re.test(text.trim()))?.[1] ?? text.replace(/\s+/g, ' ').trim().slice(0, 60);

export async function breakdownPersonPage(fixture: Fixture, requests: number, log: Log): Promise<Breakdown> {
  const { client } = fixture;
  const byLabel = new Map<string, { durations: number[]; sample: string }>();
  let current: { label: string; text: string; ms: number }[] | null = null;
  const undo = instrumentPg((text, ms) => current?.push({ label: labelOf(text), text, ms }));
  const totals: number[] = [];
  const inDb: number[] = [];
  let statementCount = 0;
  try {
    for (let i = 0; i < requests; i++) {
      const personId = fixture.visiblePersonIds[i % fixture.visiblePersonIds.length]!;
      const statements: { label: string; text: string; ms: number }[] = [];
      current = statements;
      const start = performance.now();
      const answer = await client.get(`/api/persons/${personId}`);
      const elapsed = performance.now() - start;
      current = null;
      if (answer.status !== 200) throw new Error(`GET /api/persons/${personId}: expected 200, got ${answer.status}`);
      totals.push(elapsed);
      inDb.push(statements.reduce((sum, s) => sum + s.ms, 0));
      statementCount += statements.length;
      for (const s of statements) {
        const entry = byLabel.get(s.label) ?? { durations: [], sample: s.text.replace(/\s+/g, ' ').trim().slice(0, 160) };
        entry.durations.push(s.ms);
        byLabel.set(s.label, entry);
      }
    }
  } finally {
    undo();
  }
  log(`  breakdown: ${requests} instrumented requests, ${(statementCount / requests).toFixed(1)} statements each`);
  return {
    requests,
    request: summarize(totals),
    inDatabaseP50: summarize(inDb).p50,
    statementsPerRequest: statementCount / requests,
    statements: [...byLabel.entries()].map(([label, { durations, sample }]) => ({ label, perRequest: durations.length / requests, summary: summarize(durations), sample })),
  };
}
