export { planRoutes } from './routes.js';
export { ipInformation, individualPlans, planGoals, planGoalComments, planMeasures, planParticipants, planVersions } from './schema.js';
export { addComment, getPersonPlan, printPlan } from './store.js';
export { planSources, planProblems, changedFields, type PlanSnapshot } from './rules.js';
export { type PrintOptions } from './pdf.js';
export { planView as planViewSchema, commentBody, pdfQuery, goalParams } from './schemas.js';
export { ipInformedCheck } from './rules.js';
