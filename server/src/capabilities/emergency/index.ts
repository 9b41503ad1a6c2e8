export { emergencyRoutes } from './routes.js';
