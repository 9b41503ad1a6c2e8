// How an embedded PGlite data folder is opened so that a committed transaction is on disk.
//
// PGlite 0.5 is not durable on Node.js out of the box, for two reasons (read in its sources):
//  1. `PGlite.defaultStartParams` starts PostgreSQL with `-F` (fsync off).
//  2. Even without `-F`, the Emscripten NODEFS file system PGlite mounts has no `fsync` stream
//     operation and `fdatasync` is a no-op, so PostgreSQL's fsync calls never reach the disk.
// `relaxedDurability` does not help either way: it only decides whether PGlite awaits its own
// `syncToFs` after a query, which for NODEFS does nothing.
// So durable mode drops `-F`, makes the WAL use `fsync` (not the no-op `fdatasync`), and gives NODEFS
// an `fsync` that calls the real `fsync(2)` on the file's descriptor. Measured in docs/benchmarks.md
// ("PGlite durability"): about 7× fewer single-row commits per second, still hundreds per second.
import { fsyncSync } from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

type EmscriptenOptions = Awaited<ReturnType<NodeFS['init']>>['emscriptenOpts'];
interface NodeFsStream {
  nfd: number;
}
interface ModuleWithNodeFs {
  NODEFS: { stream_ops: { fsync?: (stream: NodeFsStream) => number } };
}

/** NODEFS whose `fsync` reaches the disk. */
export class DurableNodeFS extends NodeFS {
  constructor(
    dataDir: string,
    private readonly onFsync?: () => void,
  ) {
    super(dataDir);
  }

  override async init(pg: PGlite, options: Partial<EmscriptenOptions>): Promise<{ emscriptenOpts: Partial<EmscriptenOptions> }> {
    const { emscriptenOpts } = await super.init(pg, options);
    const giveNodeFsAnFsync = (mod: unknown): void => {
      (mod as ModuleWithNodeFs).NODEFS.stream_ops.fsync = (stream) => {
        fsyncSync(stream.nfd);
        this.onFsync?.();
        return 0;
      };
    };
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), giveNodeFsAnFsync] } };
  }
}

export interface PgliteStorageOptions {
  /** Default true. false gives PGlite's own default (no fsync): only for measuring what durability costs. */
  fsync?: boolean;
  /** Called after every fsync(2) (tests count them). */
  onFsync?: () => void;
}

/** PGlite options for a data folder on disk. */
export function pgliteStorage(dataDir: string, { fsync = true, onFsync }: PgliteStorageOptions = {}): PGliteOptions {
  if (!fsync) return { dataDir, relaxedDurability: false };
  return {
    fs: new DurableNodeFS(dataDir, onFsync),
    startParams: [...PGlite.defaultStartParams.filter((param) => param !== '-F'), '-c', 'fsync=on', '-c', 'wal_sync_method=fsync'],
    // A no-op for NODEFS (see above); stated so nobody turns it on expecting speed for free.
    relaxedDurability: false,
  };
}
