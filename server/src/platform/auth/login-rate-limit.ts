// Rate limits on the login routes: one per client address (before the body is read) and one per
// account being attempted. The counters live in this process's memory; the lockout in the database
// is the hard limit, these keep one address or one username from hammering the password check.
import '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HelhetError } from '../errors.js';

export interface RateWindow {
  max: number;
  windowMinutes: number;
}

export interface LoginRateLimits {
  perAddress: RateWindow;
  perAccount: RateWindow;
}

// Many staff can share one address behind a municipality's NAT, so the address limit is the looser one.
export const defaultLoginRateLimits: LoginRateLimits = {
  perAddress: { max: 50, windowMinutes: 1 },
  perAccount: { max: 10, windowMinutes: 15 },
};

/** Reads «max/minutes», e.g. «50/1»; undefined or empty gives the fallback. */
export function parseRateWindow(text: string | undefined, fallback: RateWindow, name: string): RateWindow {
  if (!text) return fallback;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) throw new Error(`${name} must be «max/minutes» with whole numbers of at least 1, e.g. 50/1 (got «${text}»)`);
  return { max: Number(match[1]), windowMinutes: Number(match[2]) };
}

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

function waitText(seconds: number): string {
  return seconds < 120 ? `${seconds} sekunder` : `${Math.ceil(seconds / 60)} minutter`;
}

function limiter(app: FastifyInstance, window: RateWindow, keyGenerator?: (request: FastifyRequest) => string): Hook {
  const check = app.createRateLimit({ max: window.max, timeWindow: window.windowMinutes * 60_000, ...(keyGenerator ? { keyGenerator } : {}) });
  return async (request, reply) => {
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header('retry-after', result.ttlInSeconds);
    throw new HelhetError('RATE_LIMITED', `For mange innloggingsforsøk. Vent ${waitText(result.ttlInSeconds)} og prøv igjen.`);
  };
}

/** An onRequest hook counting every request from the client address (Fastify's request.ip, so
 * behind a proxy it depends on trustProxy). */
export function limitPerAddress(app: FastifyInstance, window: RateWindow): Hook {
  return limiter(app, window);
}

/** A preHandler hook (the body is parsed by then) counting attempts on one username, from any address. */
export function limitPerAccount(app: FastifyInstance, window: RateWindow, usernameOf: (request: FastifyRequest) => string): Hook {
  return limiter(app, window, (request) => `account:${usernameOf(request).toLowerCase()}`);
}
