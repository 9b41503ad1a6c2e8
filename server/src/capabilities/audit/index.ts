export { auditRoutes } from './routes.js';
export { auditSamples, selfAssessments } from './schema.js';
export { buildReport, drawSample, reportTables, type CaseFacts } from './rules.js';
export { loadCaseFacts } from './facts.js';
