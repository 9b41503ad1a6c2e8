export { assessmentRoutes } from './routes.js';
export { kartlegginger, kartleggingDomains, instrumentResults } from './schema.js';
export { coverage, uncoveredDomains } from './rules.js';
export { assessmentDomains, domainIds, type AssessmentDomain } from './domains.js';
export { scoreInstrument, isInstrumentId, getInstrument } from './instruments/index.js';
export type { RelativesQuestions } from './domains.js';
export { installWording, removeWording, listWordings, servedInstruments, type WordingListing } from './wordings.js';
