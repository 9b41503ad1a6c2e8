// Checks done in the browser before a request (e.g. a radio group with nothing chosen), shaped like
// the API's validation problem so FormProblem and field errors show them the same way.
import { ApiError } from './api.js';

/** An ApiError for the given field → message pairs, or null when there are none. */
export function clientProblem(errors: Record<string, string | null | undefined | false>): ApiError | null {
  const issues = Object.entries(errors)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length > 0)
    .map(([field, detail]) => ({ path: `body/${field}`, detail }));
  if (issues.length === 0) return null;
  return new ApiError({ status: 422, code: 'VALIDATION_FAILED', title: 'Skjemaet er ikke fylt ut riktig', detail: 'Rett opp feltene som er markert.', errors: issues });
}

/** Issues under a nested field, keyed by the next path segment ("body/answers/9" → { "9": … }). */
export function nestedErrors(error: ApiError | null, field: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error?.problem.errors ?? []) {
    const parts = issue.path.split('/').filter(Boolean);
    const rest = parts[0] === 'body' ? parts.slice(1) : parts;
    if (rest[0] === field && rest[1] && !(rest[1] in result)) result[rest[1]] = issue.detail;
  }
  return result;
}
