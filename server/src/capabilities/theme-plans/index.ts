export { themePlanRoutes } from './routes.js';
export { themePlans, themePlanGoals, themePlanStrategies, themePlanStrategyUnits, themePlanMeasures, themePlanStatusReports } from './schema.js';
export { strategyGaps, themePlanSources } from './rules.js';
