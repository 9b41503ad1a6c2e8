export { noteRoutes } from './routes.js';
export { recordClaims, claimKinds, claimSources, claimKindLabels, type ClaimKind, type ClaimSource } from './schema.js';
