import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseTrustProxy } from './config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration from the environment', () => {
  it('gives the embedded set-up when nothing is set, and treats empty variables as unset', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '' });
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, secureCookies: false, emergencyAccessHours: 4, minutesDueDays: 7, metricsToken: undefined, demo: false });
    expect(config.dataDir).toMatch(/data\/pglite$/);
  });

  it('reads valid values', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://helhet:hemmelig@db:5432/helhet',
      HELHET_SECURE_COOKIES: 'true',
      HELHET_EMERGENCY_ACCESS_HOURS: '1.5',
      HELHET_MINUTES_DUE_DAYS: '14',
      HELHET_METRICS_TOKEN: 'a-long-enough-token-123',
      HELHET_DEMO: 'true',
    });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgresql://helhet:hemmelig@db:5432/helhet', secureCookies: true, emergencyAccessHours: 1.5, minutesDueDays: 14, metricsToken: 'a-long-enough-token-123', demo: true });
  });

  it('lists every bad variable in Norwegian, never producing NaN', () => {
    const problems = problemsOf({
      PORT: 'abc',
      HELHET_EMERGENCY_ACCESS_HOURS: '-3',
      HELHET_MINUTES_DUE_DAYS: '2.5',
      DATABASE_URL: 'mysql://root:hemmelig@db/helhet',
      HELHET_SECURE_COOKIES: 'yes',
      HELHET_METRICS_TOKEN: 'short',
      HELHET_DEMO: 'ja',
    });
    expect(problems).toEqual([
      'PORT må være et portnummer, et heltall fra 0 til 65535 (fikk «abc»)',
      'DATABASE_URL må være en PostgreSQL-adresse (postgres://bruker:passord@vert:5432/database)',
      'HELHET_SECURE_COOKIES må være «true» eller «false» (fikk «yes»)',
      'HELHET_EMERGENCY_ACCESS_HOURS må være et antall timer større enn 0 og høyst 24 (fikk «-3»)',
      'HELHET_MINUTES_DUE_DAYS må være et helt antall dager fra 1 til 365 (fikk «2.5»)',
      'HELHET_METRICS_TOKEN må være minst 16 tegn langt',
      'HELHET_DEMO må være «true» eller «false» (fikk «ja»)',
    ]);
  });

  it('never echoes a database address or token, which may hold a password', () => {
    const error = (() => {
      try {
        loadConfig({ DATABASE_URL: 'hemmelig-passord@db', HELHET_METRICS_TOKEN: 'hemmelig' });
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error?.message).toContain('Ugyldig konfigurasjon, Helhet starter ikke:');
    expect(error?.message).not.toContain('hemmelig');
  });

  it.each([['70000'], ['-1'], ['3000abc'], ['1e3'], ['30.5']])('refuses PORT=%s', (port) => {
    expect(problemsOf({ PORT: port })).toHaveLength(1);
  });

  it.each([['0'], ['25'], ['NaN'], ['Infinity'], ['fire']])('refuses HELHET_EMERGENCY_ACCESS_HOURS=%s', (hours) => {
    expect(problemsOf({ HELHET_EMERGENCY_ACCESS_HOURS: hours })).toHaveLength(1);
  });
});


describe('HELHET_TRUST_PROXY', () => {
  it('trusts no proxy by default', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('reads true, a hop count and a list of proxy addresses', () => {
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.1, 192.168.0.0/16')).toEqual(['10.0.0.1', '192.168.0.0/16']);
  });
});

describe('login and session settings', () => {
  it('has a 30-minute idle timeout and login limits by default', () => {
    const config = loadConfig({});
    expect(config.sessionIdleMinutes).toBe(30);
    expect(config.loginRateLimits).toEqual({ perAddress: { max: 50, windowMinutes: 1 }, perAccount: { max: 10, windowMinutes: 15 } });
  });

  it('reads them from the environment', () => {
    const config = loadConfig({ HELHET_SESSION_IDLE_MINUTES: '10', HELHET_LOGIN_LIMIT_PER_ADDRESS: '200/1', HELHET_LOGIN_LIMIT_PER_ACCOUNT: '5/30' });
    expect(config.sessionIdleMinutes).toBe(10);
    expect(config.loginRateLimits).toEqual({ perAddress: { max: 200, windowMinutes: 1 }, perAccount: { max: 5, windowMinutes: 30 } });
  });

  it('refuses an idle timeout that is not a positive number', () => {
    expect(() => loadConfig({ HELHET_SESSION_IDLE_MINUTES: 'tretti' })).toThrow(/HELHET_SESSION_IDLE_MINUTES/);
  });
});
