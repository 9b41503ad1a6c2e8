// The shared frame of the benchmark scripts: run each database in turn, write the generated block
// into docs/benchmarks.md (between its markers, under its heading the first time; the hand-written
// text around it is kept), and exit with a clean exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { argv, flag, type DatabaseKind } from './args.js';
import { openBenchDatabase, type BenchDatabase } from './databases.js';

/** Replaces (or appends under `heading`) the block marked `<!-- bench:<name>:start/end -->`; returns the path. */
export function writeDocsSection(name: string, heading: string, text: string): string {
  const path = resolve('docs/benchmarks.md');
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const current = readFileSync(path, 'utf8');
  const block = `${start}\n${text}\n${end}`;
  const next = current.includes(start) ? current.replace(new RegExp(`${start}[\\s\\S]*${end}`), () => block) : `${current.trimEnd()}\n\n## ${heading}\n\n${block}\n`;
  writeFileSync(path, next);
  return path;
}

/** Runs a benchmark's main and exits (the pools and embedded databases must not keep the process alive). */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * The main of a single-part script (`--databases`, `--no-write`): opens each database in turn, runs
 * `measure` on it and closes it (also on Ctrl-C: the PostgreSQL database is dropped, the PGlite
 * folder removed), and after each database prints the section and writes it to docs/benchmarks.md,
 * so a long run leaves what it has measured.
 */
export function benchEachDatabase<R>(part: { name: string; heading: string; log: (message: string) => void }, measure: (bench: BenchDatabase) => Promise<R>, section: (results: R[]) => string): void {
  const databases = flag('databases', 'pglite,postgres').split(',') as DatabaseKind[];
  const write = !argv.includes('--no-write');
  let current: BenchDatabase | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: cleaning up…`);
      void (current?.close() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  }
  runBench(async () => {
    const results: R[] = [];
    for (const kind of databases) {
      part.log(`${kind}: opening`);
      current = await openBenchDatabase(kind, 'disk');
      try {
        results.push(await measure(current));
      } finally {
        await current.close();
        current = undefined;
      }
      const text = section(results);
      console.log(`\n${text}\n`);
      if (write) part.log(`written to ${writeDocsSection(part.name, part.heading, text)}`);
    }
  });
}
