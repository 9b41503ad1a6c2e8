// Compliance (etterlevelse): the public API other capabilities and the audit helpers use.
//
// - `catalogue` / `checksById`: every check — stable `id`, Norwegian `text`, `source` { law, section, url? },
//   `appliesTo`, `rule`, and `evaluate(snapshot, today)` → { status, detail, evidence[], responsible? }.
//   Add a check: one file (or export) under checks/, one line in checks/registry.ts, a row in docs/compliance-checks.md.
// - `loadSnapshots(db, tenantId, personIds, now)`: the case snapshots the checks read (set-based).
// - `evaluateSnapshot(snapshot, today)`: every check over one snapshot (pure).
// - `reevaluatePersons` / `runFull`: write `compliance_results` (applicable results only) and the monthly history.
// - `aggregate(db, tenantId, unitId, now)`: counts per check (the dashboard's query).
// - `toCsv`: RFC 4180 CSV.
export { complianceRoutes } from './routes.js';
export { complianceResults, complianceMonthly } from './schema.js';
export { catalogue, checksById } from './checks/registry.js';
export { noteClaims, type NoteClaim } from './checks/consistency.js';
export { evaluateSnapshot, type EvaluatedCheck } from './evaluate.js';
export { loadSnapshots } from './snapshot.js';
export { reevaluatePersons, runFull, recordMonth, aggregate, toCsv, listChecks, type FullRunReport, type DashboardRow } from './store.js';
export { complianceJobHandlers, complianceDailyJob, scheduleDailyCompliance } from './jobs.js';
export { complianceStatuses, checkThemes, type CaseSnapshot, type CheckDefinition, type FactCheck, type WholePersonFacts, type CheckResult, type CheckSource, type ComplianceStatus, type Evidence } from './types.js';
