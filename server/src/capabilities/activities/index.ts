// Meaningful activities (issue #7 item 7): the public surface.
export { activityRoutes } from './routes.js';
export { activityOffers, activityParticipations } from './schema.js';
export { checks, offerReport, targetGroupLabels } from './rules.js';
