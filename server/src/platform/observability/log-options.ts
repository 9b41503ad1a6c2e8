// Fastify's logger, set up so that no log line carries personal data: requests are logged by route
// pattern (never the URL, whose query string may hold a name), never with bodies or headers, and
// errors by kind, code, schema names and stack frames (never a message, pg's detail or parameters).
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import { describeError } from './safe-error.js';

interface RequestLike {
  id?: string;
  method?: string;
  routeOptions?: { url?: string };
}

export function safeRequest(request: RequestLike): Record<string, unknown> {
  return { id: request.id, method: request.method, route: request.routeOptions?.url ?? 'unmatched' };
}

export function safeReply(reply: { statusCode?: number }): Record<string, unknown> {
  return { statusCode: reply.statusCode };
}

// A second net under the serializers, for a log call that passes such a field under its own name.
const redactedKeys = ['detail', 'where', 'parameters', 'params', 'query', 'body', 'headers'];

export function loggerOptions(stream?: NodeJS.WritableStream): Exclude<FastifyServerOptions['logger'], boolean | FastifyBaseLogger | undefined> {
  return {
    level: 'info',
    serializers: { req: safeRequest as never, res: safeReply as never, err: describeError as never },
    redact: { paths: [...redactedKeys, ...redactedKeys.map((key) => `*.${key}`)], censor: '[fjernet]' },
    hooks: {
      // `log.error(error)` would make the error's message the line's msg; the message is what leaks.
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        if (first instanceof Error) return method.apply(this, [{ err: first }, ...(rest.length ? rest : [first.name])] as never);
        return method.apply(this, args);
      },
    },
    ...(stream ? { stream } : {}),
  };
}
