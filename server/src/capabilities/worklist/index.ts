export { worklistRoutes } from './routes.js';
export { worklistJobHandlers, scheduleDailyRefresh, dailyRefreshJob } from './jobs.js';
export { refreshTasks } from './refresh.js';
export { tasks } from './schema.js';
