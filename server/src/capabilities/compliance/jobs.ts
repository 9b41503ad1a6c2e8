// Jobs: re-evaluate one person after a change ('person.changed', enqueued by scope.personChanged),
// and everyone once a day (which also records this month's history for the trend).
import type { JobHandler } from '../../platform/jobs/queue.js';
import { enqueue } from '../../platform/jobs/queue.js';
import { personChangedJob } from '../../platform/access/scope.js';
import type { Db } from '../../platform/db/database.js';
import { addDays, localDateAt, startOfLocalDay } from '../../platform/calendar/index.js';
import { reevaluatePersons, runFull } from './store.js';

export const complianceDailyJob = 'compliance.daily';

/** The next full run: 05:30 Oslo time the next day (after the worklist's 05:00 run). */
export async function scheduleDailyCompliance(db: Db, now: Date): Promise<void> {
  const next = addDays(localDateAt(now), 1);
  await enqueue(db, { kind: complianceDailyJob, payload: { day: next }, runAt: new Date(startOfLocalDay(next).getTime() + 5.5 * 3600_000), uniqueKey: `${complianceDailyJob}:${next}` });
}

export const complianceJobHandlers: Record<string, JobHandler> = {
  [personChangedJob]: async (db, payload, now) => {
    await reevaluatePersons(db, String(payload.tenantId), [String(payload.personId)], now);
  },
  [complianceDailyJob]: async (db, _payload, now) => {
    await runFull(db, now);
    await scheduleDailyCompliance(db, now);
  },
};
