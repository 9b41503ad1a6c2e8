export { crisisPlanRoutes } from './routes.js';
export { crisisPlans, riskFlags } from './schema.js';
export { emergencyExtrasFrom, emergencyExtrasSql, type EmergencyExtrasRow, overview as crisisPlanOverview, printCrisisPlan, riskFlagsFor } from './store.js';
export { crisisSources, crisisPlanCheck, crisisPlanShown, riskFlagLabels } from './rules.js';
export { emergencyExtras as emergencyExtrasSchema, crisisPlanOverview as crisisPlanOverviewSchema } from './schemas.js';
