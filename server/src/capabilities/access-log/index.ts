export { accessLogRoutes } from './routes.js';
