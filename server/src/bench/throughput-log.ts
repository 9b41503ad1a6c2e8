// What the throughput part asserts about the access log after the server has stopped: the server
// sealed every row before it exited, the chain and the signed checkpoints verify, and the sample
// user's rows grew by at least the number of her 2xx answers that log a row.
import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { queryRows } from '../platform/db/database.js';
import { sealAccessLog, unsealedCount } from '../platform/access-log/seal.js';
import { verifyAccessLog } from '../platform/access-log/verify.js';
import { loadPublicKey, publicKeyFile } from '../platform/access-log/checkpoints.js';
import type { ServerFiles } from './server-process.js';

export async function actorRows(db: Db, actorId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from access_log where actor_id = ${actorId}`);
  return Number(row?.n ?? 0);
}

export interface LogCheck {
  /** Rows the server left unsealed when it exited (must be 0 after a clean stop). */
  unsealedAtRest: number;
  rowsChecked: number;
  checkpointsChecked: number;
  breaks: string[];
  /** Rows of the sample user added since the previous count. */
  rowsAdded: number;
  /** 2xx answers that each log at least one row. */
  loggedAnswers: number;
  rows: number;
}

export async function checkAccessLog(db: Db, tenantId: string, actorId: string, files: ServerFiles, previousRows: number, loggedAnswers: number): Promise<LogCheck> {
  const unsealedAtRest = await unsealedCount(db, tenantId);
  await sealAccessLog(db);
  const keyFile = publicKeyFile(files.checkpointKey);
  const checkpoints = existsSync(keyFile) ? { dir: files.checkpointDir, publicKey: loadPublicKey(keyFile) } : undefined;
  if (!checkpoints) throw new Error(`The server wrote no checkpoint key (${keyFile})`);
  const result = await verifyAccessLog(db, tenantId, checkpoints);
  const rows = await actorRows(db, actorId);
  const check: LogCheck = {
    unsealedAtRest,
    rowsChecked: result.rowsChecked,
    checkpointsChecked: result.checkpointsChecked,
    breaks: result.breaks.map((b) => `row ${b.seq}: ${b.problem} (${b.detail})`),
    rowsAdded: rows - previousRows,
    loggedAnswers,
    rows,
  };
  const problems = [
    ...(unsealedAtRest > 0 ? [`${unsealedAtRest} rows were left unsealed by the server`] : []),
    ...(result.unsealed > 0 ? [`${result.unsealed} rows unsealed after sealing`] : []),
    ...check.breaks,
    ...(check.checkpointsChecked === 0 ? ['no signed checkpoint was written'] : []),
    ...(check.rowsAdded < loggedAnswers ? [`only ${check.rowsAdded} access-log rows were added for ${loggedAnswers} successful requests that each log one`] : []),
  ];
  if (problems.length > 0) throw new Error(`Access log check failed:\n  ${problems.join('\n  ')}`);
  return check;
}
