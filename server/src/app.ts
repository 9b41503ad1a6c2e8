// Composes the HTTP application: platform plumbing, then each capability's routes, then the web app.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheckpointSource } from './platform/access-log/verify.js';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from './platform/db/database.js';
import { registerErrorHandling } from './platform/http/error-handler.js';
import { enforceResponseSchemas } from './platform/http/response-schemas.js';
import { clientErrorHandler, frameworkErrors, notFound, registerUrlLimit, trackRouteMethods } from './platform/http/framework-errors.js';
import { registerInputGuard } from './platform/http/input-guard.js';
import { registerRequestContext, type Services } from './platform/http/request-context.js';
import { authRoutes } from './platform/auth/routes.js';
import { defaultLoginRateLimits, type LoginRateLimits } from './platform/auth/login-rate-limit.js';
import { defaultSessionIdleMinutes } from './platform/auth/sessions.js';
import { personRoutes } from './capabilities/persons/index.js';
import { noteRoutes } from './capabilities/notes/index.js';
import { emergencyRoutes } from './capabilities/emergency/index.js';
import { accessReviewRoutes } from './capabilities/access-reviews/index.js';
import { accessLogRoutes } from './capabilities/access-log/index.js';
import { organisationRoutes } from './capabilities/organisation/index.js';
import { intakeRoutes } from './capabilities/intake/index.js';
import { assessmentRoutes } from './capabilities/assessment/index.js';
import { vedtakRoutes } from './capabilities/vedtak/index.js';
import { worklistJobHandlers, worklistRoutes } from './capabilities/worklist/index.js';
import { deviationJobHandlers, deviationRoutes } from './capabilities/deviations/index.js';
import { procedureRoutes } from './capabilities/procedures/index.js';
import { responsibilityRoutes } from './capabilities/responsibility/index.js';
import { coordinationRoutes } from './capabilities/coordination/index.js';
import { planRoutes } from './capabilities/plans/index.js';
import { meetingRoutes } from './capabilities/meetings/index.js';
import { crisisPlanRoutes } from './capabilities/crisis-plans/index.js';
import { citizenRoutes } from './capabilities/citizen/index.js';
import { auditRoutes } from './capabilities/audit/index.js';
import { recordsExchangeRoutes } from './capabilities/records-exchange/index.js';
import { somaticRoutes } from './capabilities/somatic/index.js';
import { housingRoutes } from './capabilities/housing/index.js';
import { navRoutes } from './capabilities/nav/index.js';
import { agreementRoutes } from './capabilities/agreements/index.js';
import { themePlanRoutes } from './capabilities/theme-plans/index.js';
import { involvementRoutes } from './capabilities/involvement/index.js';
import { relativesRoutes } from './capabilities/relatives/index.js';
import { riskRoutes } from './capabilities/risk/index.js';
import { specialistRoutes } from './capabilities/specialist/index.js';
import { activityRoutes } from './capabilities/activities/index.js';
import { combineJobHandlers, queueDepth, type JobHandler } from './platform/jobs/queue.js';
import { loggerOptions } from './platform/observability/log-options.js';
import { registerMetrics } from './platform/observability/metrics.js';
import { healthRoutes, probePaths } from './platform/http/health.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { complianceJobHandlers, complianceRoutes } from './capabilities/compliance/index.js';

/** Every background job the application runs, by kind. */
export const jobHandlers: Record<string, JobHandler> = combineJobHandlers(worklistJobHandlers, deviationJobHandlers, complianceJobHandlers);

// Validation messages in Norwegian (bokmål) for every schema.
z.config(z.locales.no());

export interface AppOptions {
  db: Db;
  clock?: () => Date;
  /** The access log's checkpoint folder and public key, for `POST /api/access-log/verify`. */
  checkpoints?: CheckpointSource;
  secureCookies?: boolean;
  emergencyAccessHours?: number;
  /** Days after a team meeting before missing minutes are flagged (default 7). */
  minutesDueDays?: number;
  logger?: boolean;
  /** Log here instead of stdout (tests read the log); implies `logger`. */
  logStream?: NodeJS.WritableStream;
  /** Bearer token for GET /metrics; without it only loopback may scrape. */
  metricsToken?: string;
  /** How long GET /api/health/ready waits for the database (default 2000 ms). */
  readinessTimeoutMs?: number;
  /** Serve the built web app from web/dist (default: when it exists). */
  serveWeb?: boolean;
  /** Fastify's trustProxy (default false: X-Forwarded-For is ignored). */
  trustProxy?: boolean | number | string[];
  sessionIdleMinutes?: number;
  loginRateLimits?: LoginRateLimits;
}

export const bodyLimitBytes = 1_048_576;
const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

// Fastify takes a hop count at run time, but its types do not; the function is what it builds from one.
function fastifyTrustProxy(setting: boolean | number | string[]): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: bodyLimitBytes,
    // Request URLs can hold names (search queries), so Fastify's per-request logging is off and
    // replaced by a line with the route pattern only.
    logController: new LogController({ disableRequestLogging: true }),
    logger: options.logger || options.logStream ? loggerOptions(options.logStream) : false,
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
    clientErrorHandler,
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  const services: Services = {
    db: options.db,
    clock: options.clock ?? (() => new Date()),
    ...(options.checkpoints ? { checkpoints: options.checkpoints } : {}),
    config: {
      secureCookies: options.secureCookies ?? false,
      emergencyAccessHours: options.emergencyAccessHours ?? 4,
      minutesDueDays: options.minutesDueDays ?? 7,
      sessionIdleMinutes: options.sessionIdleMinutes ?? defaultSessionIdleMinutes,
      loginRateLimits: options.loginRateLimits ?? defaultLoginRateLimits,
    },
  };
  app.decorate('services', services);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  const methodsFor = trackRouteMethods(app);
  registerUrlLimit(app);
  registerInputGuard(app);
  await app.register(cookie);
  // Only the routes that ask for it are limited (the login routes).
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Helhet API', version: '0.1.0', description: 'Helhetlige og koordinerte tjenester for personer med ROP-lidelser. Feil svares som application/problem+json med norsk detail.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'helhet_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  registerRequestContext(app);
  enforceResponseSchemas(app);

  await registerSecurityHeaders(app, { https: services.config.secureCookies });
  registerMetrics(app, { token: options.metricsToken, queueDepth: () => queueDepth(options.db, services.clock()) });
  if (options.logger || options.logStream) {
    app.addHook('onResponse', async (request, reply) => {
      if (probePaths.has(request.routeOptions.url ?? '')) return;
      request.log.info({ method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
    });
  }

  await app.register(authRoutes);
  await app.register(personRoutes);
  await app.register(noteRoutes);
  await app.register(emergencyRoutes);
  await app.register(accessReviewRoutes);
  await app.register(accessLogRoutes);
  await app.register(organisationRoutes);
  await app.register(intakeRoutes);
  await app.register(assessmentRoutes);
  await app.register(vedtakRoutes);
  await app.register(worklistRoutes);
  await app.register(deviationRoutes);
  await app.register(procedureRoutes);
  await app.register(responsibilityRoutes);
  await app.register(coordinationRoutes);
  await app.register(planRoutes);
  await app.register(meetingRoutes);
  await app.register(crisisPlanRoutes);
  await app.register(citizenRoutes);
  await app.register(auditRoutes);
  await app.register(recordsExchangeRoutes);
  await app.register(somaticRoutes);
  await app.register(housingRoutes);
  await app.register(navRoutes);
  await app.register(agreementRoutes);
  await app.register(themePlanRoutes);
  await app.register(involvementRoutes);
  await app.register(relativesRoutes);
  await app.register(riskRoutes);
  await app.register(specialistRoutes);
  await app.register(activityRoutes);
  await app.register(complianceRoutes);
  await app.register(healthRoutes(options.readinessTimeoutMs));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const serveWeb = options.serveWeb ?? existsSync(webDist);
  if (serveWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
    app.get('/', (_request, reply) => reply.sendFile('index.html'));
  }
  app.setNotFoundHandler((request, reply) => {
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return notFound(request, reply, methodsFor);
  });
  await app.ready();
  return app;
}
