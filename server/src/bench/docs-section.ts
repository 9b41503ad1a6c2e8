// The shared tail of every benchmark script: write its generated block into docs/benchmarks.md
// (between its markers, under its heading the first time; the hand-written text around it is kept),
// and run the script's main with a clean exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

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
