// The worklist's jobs: refresh one person after a change, and everyone once a day.
import type { JobHandler } from '../../platform/jobs/queue.js';
import { enqueue } from '../../platform/jobs/queue.js';
import { personChangedJob } from '../../platform/access/scope.js';
import type { Db } from '../../platform/db/database.js';
import { addDays, localDateAt, startOfLocalDay } from '../../platform/calendar/index.js';
import { refreshTasks } from './refresh.js';

export const dailyRefreshJob = 'worklist.daily';

/** The next daily run: 05:00 Oslo time on the day after `now`'s day, keyed by date so it is scheduled once. */
export async function scheduleDailyRefresh(db: Db, now: Date): Promise<void> {
  const day = localDateAt(now);
  const runAt = new Date(startOfLocalDay(addDays(day, 1)).getTime() + 5 * 3600_000);
  await enqueue(db, { kind: dailyRefreshJob, payload: { day: addDays(day, 1) }, runAt, uniqueKey: `${dailyRefreshJob}:${addDays(day, 1)}` });
}

export const worklistJobHandlers: Record<string, JobHandler> = {
  [personChangedJob]: async (db, payload, now) => {
    await refreshTasks(db, localDateAt(now), { tenantId: String(payload.tenantId), personId: String(payload.personId) });
  },
  [dailyRefreshJob]: async (db, _payload, now) => {
    await refreshTasks(db, localDateAt(now));
    await scheduleDailyRefresh(db, now);
  },
};
