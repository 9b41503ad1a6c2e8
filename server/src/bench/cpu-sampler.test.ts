import { describe, expect, it } from 'vitest';
import { cpuMsFromStat, postgresRole, processCpuMs } from './cpu-sampler.js';

describe('cpuMsFromStat', () => {
  it('adds utime and stime, counting fields after a command name with spaces and parentheses', () => {
    const stat = '4242 (postgres: a (b) c) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 1 0 303322 3133440 380';
    expect(cpuMsFromStat(stat, 100)).toBe(3000);
  });

  it('reads this process from /proc', () => {
    expect(processCpuMs(process.pid)).toBeGreaterThan(0);
    expect(processCpuMs(2 ** 30)).toBeUndefined();
  });
});

describe('postgresRole', () => {
  it('counts the backends of the benchmark database only', () => {
    expect(postgresRole('postgres: 15/main: postgres helhet_bench_ab12 127.0.0.1(51234) idle\0', 'helhet_bench_ab12')).toBe('backend');
    expect(postgresRole('postgres: 15/main: postgres helhet_test_x 127.0.0.1(51235) idle in transaction\0', 'helhet_bench_ab12')).toBe('other');
  });

  it('sets the cluster-wide helpers apart and ignores everything else', () => {
    expect(postgresRole('postgres: 15/main: walwriter ', 'helhet_bench_ab12')).toBe('background');
    expect(postgresRole('postgres: 15/main: checkpointer ', 'helhet_bench_ab12')).toBe('background');
    expect(postgresRole('/usr/bin/node\0--import\0tsx\0helhet_bench_ab12', 'helhet_bench_ab12')).toBe('other');
  });
});
