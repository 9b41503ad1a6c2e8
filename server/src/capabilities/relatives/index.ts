// Relatives and children as relatives (issue #7 item 4): the public surface.
export { relativesRoutes } from './routes.js';
export { relatives, relativeNeedsAssessments, childFollowUps, childResponsibleStaff } from './schema.js';
export { consentedEmergencyContact, emergencyContactSql } from './store.js';
export { checks, emergencyContact, isChildOn, type RelativesFacts } from './rules.js';
