import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

/** Paths inside a response schema where a one-way `.transform()` sits: such a schema cannot encode a reply. */
export function oneWayTransforms(schema: z.ZodType): string[] {
  const found: string[] = [];
  z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    cycles: 'ref',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'transform') found.push(ctx.path.join('.') || '(root)');
    },
  });
  return found;
}

/**
 * Refuses, at start-up, any API route without a response schema: the response schema is what
 * keeps a forgotten restricted field from leaking (Fastify serialises only declared fields).
 * A response schema with a one-way transform is refused too, since every reply through it would fail
 * to encode and answer 500.
 */
export function enforceResponseSchemas(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as { hide?: boolean; response?: Record<string, unknown> } | undefined;
    if (route.url.startsWith('/api/') && !schema?.hide && !schema?.response) {
      throw new Error(`API route ${String(route.method)} ${route.url} has no response schema`);
    }
    for (const [status, response] of Object.entries(schema?.response ?? {})) {
      if (!(response instanceof z.ZodType)) continue;
      const paths = oneWayTransforms(response);
      if (paths.length) throw new Error(`API route ${String(route.method)} ${route.url} has a one-way transform in its ${status} response schema at ${paths.join(', ')}`);
    }
  });
}
