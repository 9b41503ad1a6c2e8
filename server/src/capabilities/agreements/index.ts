export { agreementRoutes } from './routes.js';
export { noticeUnitChange } from './store.js';
export { cooperationAgreements, agreementParties, agreementMeetings, organisationNotices } from './schema.js';
export { agreementSources, arenaStatus } from './rules.js';
