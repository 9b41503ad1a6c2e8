// Risk shared safely (issue #7 item 5): structured assessments that raise the crisis-plans risk flags.
export { riskRoutes } from './routes.js';
export { riskAssessments } from './schema.js';
export { checks, riskLevelLabels, type RiskFacts } from './rules.js';
