// Turns the session cookie into an Actor once per request and checks CSRF on every state change.
import '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CheckpointSource } from '../access-log/verify.js';
import type { Db } from '../db/database.js';
import { withAccess, type AccessScope, type RequestContext } from '../access/scope.js';
import { staffRoles, type Actor, type StaffRole } from '../access/policy.js';
import { findSession, sameToken, sessionCookie } from '../auth/sessions.js';
import type { LoginRateLimits } from '../auth/login-rate-limit.js';
import { HelhetError } from '../errors.js';

export interface Services {
  db: Db;
  /** The one clock; tests pass a fixed one. */
  clock: () => Date;
  config: {
    secureCookies: boolean;
    emergencyAccessHours: number;
    /** Days after a team meeting before missing minutes are flagged. */
    minutesDueDays: number;
    /** A session unused this long is refused and deleted. */
    sessionIdleMinutes: number;
    loginRateLimits: LoginRateLimits;
  };
  /** Where the access log's signed checkpoints are kept, for verification (absent: chain only). */
  checkpoints?: CheckpointSource;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
// The survey link needs no session and uses none, so a staff cookie in the same browser must not block it.
const csrfExempt = new Set(['/api/auth/login', '/api/citizen/code', '/api/public/surveys/:token/responses']);

export function registerRequestContext(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('preHandler', async (request) => {
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const { db, clock, config } = app.services;
    const now = clock();
    const session = await findSession(db, token, now, config.sessionIdleMinutes);
    if (!session) return;
    const { user } = session;
    request.csrfToken = session.csrfToken;
    request.actor = {
      userId: user.id,
      tenantId: user.tenantId,
      kind: user.kind,
      displayName: user.displayName,
      roles: user.roles.filter((r): r is StaffRole => (staffRoles as readonly string[]).includes(r)),
      unitIds: user.kind === 'staff' ? session.unitIds : [],
      personId: user.personId,
    };
    if (!safeMethods.has(request.method) && !csrfExempt.has(request.routeOptions.url ?? '')) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
        throw new HelhetError('CSRF_FAILED', 'Forespørselen mangler gyldig CSRF-token. Last siden på nytt og prøv igjen.');
      }
    }
  });
}

/** The acting user and where the request came from; 401 when nobody is logged in. */
export function contextOf(request: FastifyRequest, now: Date): RequestContext {
  if (!request.actor) throw new HelhetError('NOT_AUTHENTICATED', 'Du må logge inn først.');
  return { actor: request.actor, origin: `${request.ip} ${request.method} ${request.routeOptions.url ?? ''}`, now };
}

/** Runs a route's work in the request's one transaction, through the access scope. */
export function inScope<T>(app: FastifyInstance, request: FastifyRequest, work: (scope: AccessScope) => Promise<T>): Promise<T> {
  return withAccess(app.services.db, contextOf(request, app.services.clock()), work);
}
