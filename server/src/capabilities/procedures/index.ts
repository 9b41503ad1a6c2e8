export { procedureRoutes } from './routes.js';
export { procedures, procedureVersions, procedureApprovals, procedureAcknowledgements, procedureProposals, processStepIds } from './schema.js';
export { processSteps, procedureSources, sanitizeMarkdown, defaultRevisionDue } from './rules.js';
