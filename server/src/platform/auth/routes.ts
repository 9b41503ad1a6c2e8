// Login, logout and "who am I". The session cookie is httpOnly + SameSite=Strict; state-changing
// requests must also echo the CSRF token returned here in the X-CSRF-Token header.
import '@fastify/cookie';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { staffRoles, type StaffRole } from '../access/policy.js';
import { activeUnitIds } from '../access/scope.js';
import { users } from '../db/schema.js';
import { withTenant } from '../db/tenant-context.js';
import { createSession, deleteSession, sessionCookie, sessionHours } from './sessions.js';
import { localProvider } from './local-provider.js';
import { limitPerAccount, limitPerAddress } from './login-rate-limit.js';
import { HelhetError } from '../errors.js';

export const meSchema = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    kind: z.enum(['staff', 'person']),
    roles: z.array(z.enum(staffRoles)),
    unitIds: z.array(z.uuid()),
    personId: z.uuid().nullable(),
  }),
  csrfToken: z.string(),
});

const loginBody = z.strictObject({ username: z.string().trim().min(1, 'Skriv brukernavn').max(100), password: z.string().min(1, 'Skriv passord').max(200) });

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const limits = app.services.config.loginRateLimits;
  app.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Logg inn med lokal konto', body: loginBody, response: { 200: meSchema } },
      onRequest: limitPerAddress(app, limits.perAddress),
      preHandler: limitPerAccount(app, limits.perAccount, (request) => (request.body as z.infer<typeof loginBody>).username),
    },
    async (request, reply) => {
      const { db, clock, config } = app.services;
      const now = clock();
      const user = await localProvider.authenticate(db, request.body, now);
      const session = await createSession(db, user, localProvider.name, now);
      reply.setCookie(sessionCookie, session.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: config.secureCookies,
        path: '/',
        maxAge: sessionHours * 3600,
      });
      return {
        user: { id: user.id, username: user.username, displayName: user.displayName, kind: user.kind, roles: user.roles as StaffRole[], unitIds: await withTenant(db, user.tenantId, (tx) => activeUnitIds(tx, user.id, now)), personId: user.personId },
        csrfToken: session.csrfToken,
      };
    },
  );

  app.get('/api/auth/me', { schema: { tags: ['auth'], summary: 'Innlogget bruker', response: { 200: meSchema } } }, async (request) => {
    const actor = request.actor;
    if (!actor || !request.csrfToken) throw new HelhetError('NOT_AUTHENTICATED', 'Du er ikke innlogget.');
    const [row] = await withTenant(app.services.db, actor.tenantId, (tx) => tx.select({ username: users.username }).from(users).where(eq(users.id, actor.userId)));
    return {
      user: { id: actor.userId, username: row?.username ?? '', displayName: actor.displayName, kind: actor.kind, roles: actor.roles, unitIds: actor.unitIds, personId: actor.personId },
      csrfToken: request.csrfToken,
    };
  });

  app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Logg ut', response: { 204: z.null() } } }, async (request, reply) => {
    const token = request.cookies[sessionCookie];
    if (token) await deleteSession(app.services.db, token);
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.code(204).send(null);
  });
};
