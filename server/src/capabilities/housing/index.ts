export { housingRoutes } from './routes.js';
export { temporaryStays, housingStatus, housingApplications, evictionEvents, homeFollowUpPlans, homeVisits } from './schema.js';
export { housingChecks, stayLevel, addMonths, daysBetween, type HousingFacts, type Check, type CheckResult } from './rules.js';
import { housingChecks } from './rules.js';
/** Compliance checks (wired into the catalogue by the lead). */
export const checks = [...housingChecks];
