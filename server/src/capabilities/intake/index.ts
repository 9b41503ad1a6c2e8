export { intakeRoutes } from './routes.js';
export { henvendelser, pathwayHistory, referrals } from './schema.js';
export { firstContactStatus } from './rules.js';
export { hasOpenHenvendelse } from './relation-basis.js';
