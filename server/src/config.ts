// Configuration from the environment, validated once at start. Defaults give the embedded,
// zero-install set-up. A bad value stops the process with one Norwegian message naming every bad
// variable, instead of running with NaN or a silently ignored setting.
import { resolve } from 'node:path';
import { z } from 'zod';
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
  /** Bearer token for GET /metrics; undefined means loopback only. */
  metricsToken: string | undefined;
  /** HELHET_DEMO=true: load the demo municipality into an empty database at start. */
  demo: boolean;
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

/** HELHET_TRUST_PROXY: false (default), true, a hop count, or a comma-separated list of proxy addresses or CIDRs. */
export function parseTrustProxy(text: string | undefined): boolean | number | string[] {
  const value = text?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((address) => address.trim()).filter(Boolean);
}

// An empty variable (`PORT=` in an env file) counts as unset.
const variable = z.string().optional().transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

function numberVariable(fallback: number, valid: (n: number) => boolean, message: string) {
  return variable.transform((value, context) => {
    if (value === undefined) return fallback;
    const n = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (!valid(n)) {
      context.addIssue({ code: 'custom', message: `${message} (fikk «${value}»)` });
      return z.NEVER;
    }
    return n;
  });
}

function booleanVariable(name: string) {
  return variable.transform((value, context) => {
    if (value === undefined || value === 'false') return false;
    if (value === 'true') return true;
    context.addIssue({ code: 'custom', message: `${name} må være «true» eller «false» (fikk «${value}»)` });
    return z.NEVER;
  });
}

function rateVariable(name: string, fallback: LoginRateLimits['perAddress']) {
  return variable.transform((value, context) => {
    try {
      return parseRateWindow(value, fallback, name);
    } catch {
      context.addIssue({ code: 'custom', message: `${name} må være «maks/minutter» med hele tall på minst 1, f.eks. 50/1 (fikk «${value}»)` });
      return z.NEVER;
    }
  });
}

const schema = z.object({
  PORT: numberVariable(3000, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'må være et portnummer, et heltall fra 0 til 65535'),
  HOST: variable.transform((value) => value ?? '127.0.0.1'),
  // The value is not echoed: it may hold a password.
  DATABASE_URL: variable.refine((value) => value === undefined || /^postgres(ql)?:$/.test(URL.parse(value)?.protocol ?? ''), 'må være en PostgreSQL-adresse (postgres://bruker:passord@vert:5432/database)'),
  HELHET_DATA_DIR: variable.transform((value) => resolve(value ?? 'data/pglite')),
  HELHET_SECURE_COOKIES: booleanVariable('HELHET_SECURE_COOKIES'),
  HELHET_EMERGENCY_ACCESS_HOURS: numberVariable(4, (n) => n > 0 && n <= 24, 'må være et antall timer større enn 0 og høyst 24'),
  HELHET_MINUTES_DUE_DAYS: numberVariable(7, (n) => Number.isInteger(n) && n >= 1 && n <= 365, 'må være et helt antall dager fra 1 til 365'),
  HELHET_METRICS_TOKEN: variable.refine((value) => value === undefined || value.length >= 16, 'må være minst 16 tegn langt'),
  HELHET_DEMO: booleanVariable('HELHET_DEMO'),
  MIGRATION_DATABASE_URL: variable.refine((value) => value === undefined || /^postgres(ql)?:$/.test(URL.parse(value)?.protocol ?? ''), 'må være en PostgreSQL-adresse (postgres://eier:passord@vert:5432/database)'),
  HELHET_CHECKPOINT_DIR: variable.transform((value) => resolve(value ?? 'data/checkpoints')),
  HELHET_CHECKPOINT_KEY: variable.transform((value) => resolve(value ?? 'data/checkpoint-signing-key.pem')),
  HELHET_SEAL_INTERVAL_MS: numberVariable(1000, (n) => Number.isInteger(n) && n >= 50 && n <= 60_000, 'må være et helt antall millisekunder fra 50 til 60000'),
  HELHET_CHECKPOINT_INTERVAL_MS: numberVariable(60_000, (n) => Number.isInteger(n) && n >= 1000 && n <= 86_400_000, 'må være et helt antall millisekunder fra 1000 til 86400000'),
  HELHET_TRUST_PROXY: variable.transform((value) => parseTrustProxy(value)),
  HELHET_SESSION_IDLE_MINUTES: numberVariable(defaultSessionIdleMinutes, (n) => n > 0 && n <= 24 * 60, 'må være et antall minutter større enn 0 og høyst 1440'),
  HELHET_LOGIN_LIMIT_PER_ADDRESS: rateVariable('HELHET_LOGIN_LIMIT_PER_ADDRESS', defaultLoginRateLimits.perAddress),
  HELHET_LOGIN_LIMIT_PER_ACCOUNT: rateVariable('HELHET_LOGIN_LIMIT_PER_ACCOUNT', defaultLoginRateLimits.perAccount),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ugyldig konfigurasjon, Helhet starter ikke:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return issue.message.startsWith(name) ? issue.message : `${name} ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  const v = parsed.data;
  return {
    port: v.PORT,
    host: v.HOST,
    databaseUrl: v.DATABASE_URL,
    dataDir: v.HELHET_DATA_DIR,
    secureCookies: v.HELHET_SECURE_COOKIES,
    emergencyAccessHours: v.HELHET_EMERGENCY_ACCESS_HOURS,
    minutesDueDays: v.HELHET_MINUTES_DUE_DAYS,
    metricsToken: v.HELHET_METRICS_TOKEN,
    demo: v.HELHET_DEMO,
    migrationDatabaseUrl: v.MIGRATION_DATABASE_URL,
    accessLog: {
      checkpointDir: v.HELHET_CHECKPOINT_DIR,
      checkpointKeyFile: v.HELHET_CHECKPOINT_KEY,
      sealIntervalMs: v.HELHET_SEAL_INTERVAL_MS,
      checkpointIntervalMs: v.HELHET_CHECKPOINT_INTERVAL_MS,
    },
    trustProxy: v.HELHET_TRUST_PROXY,
    sessionIdleMinutes: v.HELHET_SESSION_IDLE_MINUTES,
    loginRateLimits: { perAddress: v.HELHET_LOGIN_LIMIT_PER_ADDRESS, perAccount: v.HELHET_LOGIN_LIMIT_PER_ACCOUNT },
  };
}

/** For the entry points: the configuration, or the Norwegian message on stderr and exit code 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
