// Repeats, after Vitest's summary, a short account of what failed: each failed test with the first
// line of its error, and each unhandled error with its message, origin and top of stack. CI logs are
// often read from the tail, where the default reporter's details (printed earlier) are cut off.
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

const stackTop = (stack: string | undefined) => (stack ?? '').split('\n').filter((l) => l.trim().startsWith('at ') && !l.includes('node_modules') && !l.includes('(node:')).slice(0, 4);

export default class TailReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const failed = testModules.flatMap((m) => [...m.children.allTests('failed')].map((t) => ({ name: `${m.moduleId.replace(process.cwd() + '/', '')} > ${t.fullName}`, error: t.result().errors?.[0] })));
    if (failed.length === 0 && unhandledErrors.length === 0) return;
    const lines = ['', '── Sammendrag av feil ──'];
    for (const f of failed) lines.push(`FEILET ${f.name}`, `  ${(f.error?.message ?? '').split('\n')[0]}`);
    for (const e of unhandledErrors) {
      const origin = (e as { VITEST_TEST_PATH?: string }).VITEST_TEST_PATH;
      lines.push(`UFANGET ${e.name ?? 'Error'}: ${(e.message ?? '').split('\n')[0]}${origin ? ` (i ${origin.replace(process.cwd() + '/', '')})` : ''}`, ...stackTop(e.stack).map((l) => `  ${l.trim()}`));
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
