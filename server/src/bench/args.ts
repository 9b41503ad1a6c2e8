// Command-line options for `npm run bench -- --persons 10000 --log-rows 100000 ...`.
import { announceRuntime } from '../platform/runtime/node-version.js';
export type DatabaseKind = 'pglite' | 'postgres';

export interface BenchOptions {
  persons: number;
  units: number;
  staff: number;
  logRows: number;
  /** Measured rounds of the person-page comparison (each round does every variant once). */
  iterations: number;
  /** Unmeasured rounds before the measured ones. */
  warmup: number;
  /** Measured person searches (spread evenly over the prefixes). */
  searchIterations: number;
  databases: DatabaseKind[];
  seed: number;
  /** How many different visible persons the person-page rounds cycle through. */
  samplePersons: number;
  /** PGlite storage: a data folder on disk (as `npm start` uses) or in memory. */
  pgliteStorage: 'disk' | 'memory';
  out: string;
  write: boolean;
}

export const defaults: BenchOptions = {
  persons: 100_000,
  units: 300,
  staff: 2_000,
  logRows: 1_000_000,
  iterations: 1_000,
  warmup: 100,
  searchIterations: 1_000,
  databases: ['pglite', 'postgres'],
  seed: 42,
  samplePersons: 200,
  pgliteStorage: 'disk',
  out: 'docs/benchmarks.md',
  write: true,
};

const usage = `Usage: npm run bench -- [options]
  --persons N            persons (default ${defaults.persons})
  --units N              units (default ${defaults.units})
  --staff N              staff users (default ${defaults.staff})
  --log-rows N           access-log rows (default ${defaults.logRows})
  --iterations N         measured person-page rounds (default ${defaults.iterations})
  --warmup N             warm-up rounds/searches (default ${defaults.warmup})
  --search-iterations N  measured searches (default ${defaults.searchIterations})
  --databases LIST       pglite,postgres (default both)
  --seed N               seed for the generator and the sample (default ${defaults.seed})
  --sample-persons N     distinct persons the person-page rounds cycle through (default ${defaults.samplePersons})
  --pglite-storage S     disk | memory (default ${defaults.pgliteStorage})
  --out FILE             results file (default ${defaults.out})
  --no-write             do not write the results file
  --small-persons N      ignored here (the worklist and compliance parts' smaller size)
  --deviations N, --person-rows N, --years N, --periods LIST
                         ignored here (the avvik statistics part's sizes)
  --duration S, --connections LIST
                         ignored here (the throughput part's load)`;

function integer(name: string, value: string | undefined, min: number): number {
  const n = Number(value?.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min} (got ${value ?? 'nothing'})\n\n${usage}`);
  return n;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  announceRuntime('Helhet benchmark');
  const options: BenchOptions = { ...defaults, databases: [...defaults.databases] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    }
    if (arg === '--no-write') {
      options.write = false;
      continue;
    }
    if (!arg.startsWith('--')) throw new Error(`Unknown argument: ${arg}\n\n${usage}`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    switch (name) {
      case 'persons': options.persons = integer(name, value, 1); break;
      case 'units': options.units = integer(name, value, 1); break;
      case 'staff': options.staff = integer(name, value, 11); break;
      case 'log-rows': options.logRows = integer(name, value, 0); break;
      case 'iterations': options.iterations = integer(name, value, 1); break;
      case 'warmup': options.warmup = integer(name, value, 0); break;
      case 'search-iterations': options.searchIterations = integer(name, value, 1); break;
      case 'seed': options.seed = integer(name, value, 0); break;
      case 'sample-persons': options.samplePersons = integer(name, value, 1); break;
      case 'out': if (!value) throw new Error(`--out needs a file name\n\n${usage}`); options.out = value; break;
      // Used by other parts (worklist, compliance, deviations); accepted here so one argument list serves all.
      case 'small-persons': case 'deviations': case 'person-rows': case 'years': case 'duration': integer(name, value, 1); break;
      case 'periods': if (!value) throw new Error(`--periods needs a list of months\n\n${usage}`); break;
      case 'connections': if (!value) throw new Error(`--connections needs a list of connection counts\n\n${usage}`); break;
      case 'pglite-storage':
        if (value !== 'disk' && value !== 'memory') throw new Error(`--pglite-storage must be disk or memory\n\n${usage}`);
        options.pgliteStorage = value;
        break;
      case 'databases': {
        const list = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        if (list.length === 0 || list.some((d) => d !== 'pglite' && d !== 'postgres')) throw new Error(`--databases must be pglite, postgres or pglite,postgres\n\n${usage}`);
        options.databases = [...new Set(list)] as DatabaseKind[];
        break;
      }
      default:
        throw new Error(`Unknown option: --${name}\n\n${usage}`);
    }
  }
  return options;
}

/** True when the sizes are the defaults (the numbers docs/benchmarks.md should hold). */
export function isDefaultSize(options: BenchOptions): boolean {
  return options.persons === defaults.persons && options.units === defaults.units && options.staff === defaults.staff && options.logRows === defaults.logRows;
}

/** For the single-part scripts: `--name value` flags and `--switch` presence from the command line. */
export const argv = process.argv.slice(2);
export function flag(name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
}

/** A progress logger that prefixes each line with the seconds since it was made. */
export function elapsedLog(): (message: string) => void {
  const started = performance.now();
  return (message) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}
