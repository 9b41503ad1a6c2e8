// API types of the procedures capability, derived from the server's Zod schemas (type-only imports).
import type { z } from 'zod';
import type { Json } from '../../platform/api-types.js';
import type { acknowledgement, coverageList, procedureSummary, procedureView, processMap, toAcknowledge, versionView } from '../../../../server/src/capabilities/procedures/schemas.js';

export type ProcedureSummary = Json<z.output<typeof procedureSummary>>;
export type Procedure = Json<z.output<typeof procedureView>>;
export type ProcessMap = Json<z.output<typeof processMap>>;
export type ToAcknowledge = Json<z.output<typeof toAcknowledge>>;
export type CoverageList = Json<z.output<typeof coverageList>>;
export type VersionView = Json<z.output<typeof versionView>>;
export type Acknowledgement = Json<z.output<typeof acknowledgement>>;
export type VersionState = VersionView['state'];
export type RevisionStatus = NonNullable<ProcedureSummary['revisionStatus']>;
