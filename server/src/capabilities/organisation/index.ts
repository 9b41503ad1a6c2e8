export { organisationRoutes } from './routes.js';
