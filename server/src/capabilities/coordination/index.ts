export { coordinationRoutes } from './routes.js';
export { ipMessages, coordinators, coordinatorTrainings, coordinatorAssignments, coordinationEvents, coordinatorRequests } from './schema.js';
export { sendIpMessage, markIpWorkStarted, currentCoordinator, coordinatorOfferRecorded } from './store.js';
export { coordinationSources, coordinatorCheck, startIpWorkDays, type Check } from './rules.js';
export { check as checkSchema } from './schemas.js';
export { coordinatorRequestCheck } from './rules.js';
