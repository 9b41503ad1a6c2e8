export { accessReviewRoutes } from './routes.js';
