// The last word on characters: whatever a route's schema says, no request reaches a handler with a
// control character the database refuses (NUL) or no person types. Query strings and path segments
// take no control characters at all; bodies keep tab and line breaks for multi-line text. It also
// refuses a PATCH that names no field, which would otherwise answer 200 and change nothing.
import type { FastifyInstance } from 'fastify';
import { HelhetError, type FieldIssue } from '../errors.js';
import { controlCharacterMessage, hasForbiddenControl } from './fields.js';

const maxDepth = 64;

function findControl(value: unknown, path: string, multiline: boolean, depth = 0): FieldIssue | null {
  if (typeof value === 'string') return hasForbiddenControl(value, multiline) ? { path, detail: controlCharacterMessage } : null;
  if (value === null || typeof value !== 'object' || depth > maxDepth) return null;
  if (Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    if (hasForbiddenControl(key, false)) return { path, detail: 'Feltnavn kan ikke inneholde kontrolltegn' };
    const issue = findControl(inner, `${path}/${key}`, multiline, depth + 1);
    if (issue) return issue;
  }
  return null;
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const issue = findControl(request.params, 'params', false) ?? findControl(request.query, 'querystring', false) ?? findControl(request.body, 'body', true);
    if (issue) throw new HelhetError('VALIDATION_FAILED', issue.detail, [issue]);
    const body = request.body;
    if (request.method === 'PATCH' && body !== null && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) {
      throw new HelhetError('VALIDATION_FAILED', 'Ingen felt å endre. Send minst ett felt.', [{ path: 'body', detail: 'Ingen felt å endre' }]);
    }
  });
}
