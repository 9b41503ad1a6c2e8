export { navRoutes } from './routes.js';
export { navGuidance, navFinancialAssistance, navContacts } from './schema.js';
export { type NavFacts } from './rules.js';
import { navChecks } from './rules.js';
/** Compliance checks (wired into the catalogue by the lead). */
export const checks = [...navChecks];
