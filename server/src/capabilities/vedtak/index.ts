export { vedtakRoutes } from './routes.js';
export { vedtak, evaluations, serviceCatalogue } from './schema.js';
export { evaluationTaskDate, vedtakSources, findPlaceholders, basisTexts, knownBases } from './rules.js';
export { hasFinalVedtak } from './relation-basis.js';
