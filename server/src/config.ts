// Configuration from the environment. Defaults give the embedded, zero-install set-up.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  secureCookies: boolean;
  emergencyAccessHours: number;
  minutesDueDays: number;
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
  };
}
