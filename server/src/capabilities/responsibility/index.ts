export { responsibilityRoutes } from './routes.js';
export { responsibilityMatrices, responsibilityTasks, responsibilityAssignments, responsibilityLevels } from './schema.js';
export { matrixFindings, ropTasks, responsibilitySources, levelLabels } from './rules.js';
