import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config.js';

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
