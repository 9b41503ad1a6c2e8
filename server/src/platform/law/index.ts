// The legal-source register and the only way to cite from it.
export { legalSources } from './register.js';
export { cite, sec, source, sourceName, citationUrl, checkSource, upperFirst, type CheckSource, type SourceId, type SectionOf, type Language } from './cite.js';
export type { LegalSource, SectionEntry, SourceKind } from './types.js';
export { serviceBases, serviceBasisIds, basesCitation, appealRouteOf, appealRoutes, type ServiceBasisId, type AppealRouteId, type AppealRoute } from './service-bases.js';
