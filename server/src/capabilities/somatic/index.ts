export { somaticRoutes } from './routes.js';
export { somaticFollowUp, somaticChecks as somaticCheckRecords, gpAppointments, healthContacts } from './schema.js';
export { somaticKinds, type SomaticFacts } from './rules.js';
import { somaticChecks } from './rules.js';
/** Compliance checks (wired into the catalogue by the lead). */
export const checks = [...somaticChecks];
