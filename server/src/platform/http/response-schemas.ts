import type { FastifyInstance } from 'fastify';

/**
 * Refuses, at start-up, any API route without a response schema: the response schema is what
 * keeps a forgotten restricted field from leaking (Fastify serialises only declared fields).
 */
export function enforceResponseSchemas(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as { hide?: boolean; response?: unknown } | undefined;
    if (route.url.startsWith('/api/') && !schema?.hide && !schema?.response) {
      throw new Error(`API route ${String(route.method)} ${route.url} has no response schema`);
    }
  });
}
