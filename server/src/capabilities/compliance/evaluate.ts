// Runs the catalogue over one snapshot. Pure.
import { catalogue } from './checks/registry.js';
import type { CaseSnapshot, CheckDefinition, CheckResult } from './types.js';

export interface EvaluatedCheck extends CheckResult {
  checkId: string;
}

export function evaluateSnapshot(snapshot: CaseSnapshot, today: string, checks: readonly CheckDefinition[] = catalogue): EvaluatedCheck[] {
  return checks.map((check) => ({ checkId: check.id, ...check.evaluate(snapshot, today) }));
}

