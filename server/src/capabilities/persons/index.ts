// The persons capability's public surface.
export { personRoutes } from './routes.js';
export { personIdParams, idResponse } from './schemas.js';
export { parseNationalId, syntheticNationalId } from './national-id.js';
export { searchName } from './store.js';
export { nationalIdSchema } from './schemas.js';
