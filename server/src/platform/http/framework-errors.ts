// Norwegian problem+json for what Fastify and Node answer before a route runs: unknown addresses,
// a method the address does not take, an address or headers too long for the server, and requests
// the HTTP parser cannot read. None of them echo the URL back.
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HelhetError, toProblem, type ErrorCode } from '../errors.js';

/** Longer request targets are refused with 414; Node refuses anything past its header limit (16 KB) with 431. */
export const maxUrlLength = 8192;

const pathPattern = (url: string): RegExp => new RegExp(`^${url.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}/?$`);

export function problemReply(reply: FastifyReply, error: HelhetError): FastifyReply {
  return reply.code(error.status).type('application/problem+json').send(toProblem(error));
}

/** Collects every route's path and methods, so an unknown method on a known address answers 405 with Allow. */
export function trackRouteMethods(app: FastifyInstance): (path: string) => string[] {
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  app.addHook('onRoute', (route) => {
    routes.push({ pattern: pathPattern(route.url), methods: [route.method].flat().map(String) });
  });
  return (path) => [...new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods))];
}

export function registerUrlLimit(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.url.length > maxUrlLength) throw new HelhetError('URI_TOO_LONG', `Adressen er lengre enn tillatt (maks ${maxUrlLength} tegn).`);
  });
}

/** The answer for an address no route serves: 405 when another method serves it, else 404. */
export function notFound(request: FastifyRequest, reply: FastifyReply, methodsFor: (path: string) => string[]): FastifyReply {
  const path = request.url.split('?')[0] ?? '';
  const allowed = methodsFor(path).filter((m) => m !== 'HEAD');
  if (allowed.length && !allowed.includes(request.method)) {
    void reply.header('allow', allowed.join(', '));
    return problemReply(reply, new HelhetError('METHOD_NOT_ALLOWED', `Adressen tar ikke imot ${request.method}. Tillatt: ${allowed.join(', ')}.`));
  }
  return problemReply(reply, new HelhetError('NOT_FOUND', 'Adressen finnes ikke i API-et.'));
}

function rawProblem(code: ErrorCode, detail: string): string {
  const problem = toProblem(new HelhetError(code, detail));
  const body = JSON.stringify(problem);
  const reason = problem.status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  const status = problem.status;
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/** Fastify's `clientErrorHandler`: the HTTP parser refused the request before Fastify saw it. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const answer = error.code === 'HPE_HEADER_OVERFLOW'
    ? rawProblem('HEADERS_TOO_LARGE', 'Adressen eller overskriftene i forespørselen er større enn tillatt.')
    : rawProblem('VALIDATION_FAILED', 'Forespørselen kunne ikke leses (ugyldig HTTP).');
  socket.end(answer);
}

/** Fastify's `frameworkErrors`: a URL it cannot decode (e.g. «%zz») never reaches the router or the error handler. */
export function frameworkErrors(_error: Error, _request: FastifyRequest, reply: FastifyReply): void {
  void problemReply(reply, new HelhetError('VALIDATION_FAILED', 'Adressen er ugyldig (feil i prosent-koding).'));
}
