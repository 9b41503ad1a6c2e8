export { citizenRoutes } from './routes.js';
export { accessCodes, accessCodeFailures } from './schema.js';
