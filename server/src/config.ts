// Configuration from the environment. Defaults give the embedded, zero-install set-up.
import { resolve } from 'node:path';
import { defaultLoginRateLimits, parseRateWindow, type LoginRateLimits } from './platform/auth/login-rate-limit.js';
import { defaultSessionIdleMinutes } from './platform/auth/sessions.js';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  secureCookies: boolean;
  emergencyAccessHours: number;
  minutesDueDays: number;
  /** Owner role for migrations (PostgreSQL); the server then runs as the less-privileged DATABASE_URL role. */
  migrationDatabaseUrl: string | undefined;
  accessLog: {
    /** Signed checkpoints are appended here, one file per tenant (keep it outside the database's reach). */
    checkpointDir: string;
    /** Ed25519 signing key (PEM); made on first start if missing, with its public half beside it. */
    checkpointKeyFile: string;
    sealIntervalMs: number;
    checkpointIntervalMs: number;
  };
  /** Fastify's trustProxy: which proxies may set X-Forwarded-For (false: none). */
  trustProxy: boolean | number | string[];
  sessionIdleMinutes: number;
  loginRateLimits: LoginRateLimits;
}

function positiveNumber(text: string | undefined, fallback: number, name: string): number {
  if (!text) return fallback;
  const value = Number(text);
  if (!(value > 0)) throw new Error(`${name} must be a positive number (got «${text}»)`);
  return value;
}

/** HELHET_TRUST_PROXY: false (default), true, a hop count, or a comma-separated list of proxy addresses or CIDRs. */
export function parseTrustProxy(text: string | undefined): boolean | number | string[] {
  const value = text?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((address) => address.trim()).filter(Boolean);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.HELHET_DATA_DIR ?? 'data/pglite'),
    secureCookies: env.HELHET_SECURE_COOKIES === 'true',
    emergencyAccessHours: Number(env.HELHET_EMERGENCY_ACCESS_HOURS ?? 4),
    minutesDueDays: Number(env.HELHET_MINUTES_DUE_DAYS ?? 7),
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || undefined,
    accessLog: {
      checkpointDir: resolve(env.HELHET_CHECKPOINT_DIR ?? 'data/checkpoints'),
      checkpointKeyFile: resolve(env.HELHET_CHECKPOINT_KEY ?? 'data/checkpoint-signing-key.pem'),
      sealIntervalMs: Number(env.HELHET_SEAL_INTERVAL_MS ?? 1000),
      checkpointIntervalMs: Number(env.HELHET_CHECKPOINT_INTERVAL_MS ?? 60_000),
    },
    trustProxy: parseTrustProxy(env.HELHET_TRUST_PROXY),
    sessionIdleMinutes: positiveNumber(env.HELHET_SESSION_IDLE_MINUTES, defaultSessionIdleMinutes, 'HELHET_SESSION_IDLE_MINUTES'),
    loginRateLimits: {
      perAddress: parseRateWindow(env.HELHET_LOGIN_LIMIT_PER_ADDRESS, defaultLoginRateLimits.perAddress, 'HELHET_LOGIN_LIMIT_PER_ADDRESS'),
      perAccount: parseRateWindow(env.HELHET_LOGIN_LIMIT_PER_ACCOUNT, defaultLoginRateLimits.perAccount, 'HELHET_LOGIN_LIMIT_PER_ACCOUNT'),
    },
  };
}
