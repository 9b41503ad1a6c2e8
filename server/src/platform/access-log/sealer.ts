// The sealer as a running service: seals every interval, writes a signed checkpoint per tenant whose
// chain grew (at most once per checkpoint interval, and always at stop), and prints each checkpoint
// line for the operator's log archive. Runs in the server process; a second server skips rounds that
// another holds (advisory lock in seal.ts).
import type { Db } from '../db/database.js';
import { appendCheckpoint, readCheckpoints, signCheckpoint, type Checkpoint, type CheckpointSigner } from './checkpoints.js';
import { sealAccessLog } from './seal.js';
import { accessLogHead } from '../db/schema.js';
import { withSystemContext } from '../db/tenant-context.js';

export interface CheckpointTarget {
  dir: string;
  signer: CheckpointSigner;
}

export interface SealerOptions {
  intervalMs: number;
  checkpointEveryMs: number;
  checkpoints: CheckpointTarget;
  now?: () => Date;
  /** Where checkpoint lines and failures are printed (no personal data in either). */
  report?: (line: string) => void;
}

/** Writes a checkpoint for every tenant whose sealed head moved past its last checkpoint. */
export async function checkpointNow(db: Db, target: CheckpointTarget, now: Date): Promise<Checkpoint[]> {
  const heads = await withSystemContext(db, 'access-log-seal', (tx) => tx.select().from(accessLogHead));
  const written: Checkpoint[] = [];
  for (const head of heads) {
    const seq = Number(head.seq);
    const last = readCheckpoints(target.dir, head.tenantId).findLast((c) => c !== null);
    if (seq === 0 || (last && last.seq === seq && last.hash === head.hash)) continue;
    const checkpoint = signCheckpoint(target.signer, { tenantId: head.tenantId, seq, hash: head.hash }, now);
    appendCheckpoint(target.dir, checkpoint);
    written.push(checkpoint);
  }
  return written;
}

export const checkpointLine = (c: Checkpoint): string => `tilgangslogg-sjekkpunkt ${JSON.stringify(c)}`;

export function startSealer(db: Db, options: SealerOptions): { stop(): Promise<void> } {
  const now = options.now ?? (() => new Date());
  const report = options.report ?? ((line: string) => process.stdout.write(`${line}\n`));
  let lastCheckpoint = 0;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const round = async (final: boolean): Promise<void> => {
    try {
      const { sealed } = await sealAccessLog(db);
      const due = Date.now() - lastCheckpoint >= options.checkpointEveryMs;
      if (final || (sealed > 0 && due) || lastCheckpoint === 0) {
        for (const c of await checkpointNow(db, options.checkpoints, now())) report(checkpointLine(c));
        lastCheckpoint = Date.now();
      }
    } catch (error) {
      const e = error as { code?: string; name?: string };
      report(`tilgangslogg-forsegling feilet (${e.code ?? e.name ?? 'ukjent'}); prøver igjen`);
    }
  };

  // The next round is timed from the end of the last, so a slow round never piles up behind itself.
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    timer = setTimeout(() => {
      running = round(false).then(() => {
        if (!stopped) schedule();
      });
    }, options.intervalMs);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await round(true);
    },
  };
}
