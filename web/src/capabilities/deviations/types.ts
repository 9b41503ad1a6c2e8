// API types of the avvik capability, derived from the server's Zod schemas (type-only imports).
import type { z } from 'zod';
import type { Json } from '../../platform/api-types.js';
import type { deviationSummary, deviationView, statistics } from '../../../../server/src/capabilities/deviations/schemas.js';

export type DeviationSummary = Json<z.output<typeof deviationSummary>>;
export type Deviation = Json<z.output<typeof deviationView>>;
export type Statistics = Json<z.output<typeof statistics>>;
export type Category = DeviationSummary['category'];
export type Severity = DeviationSummary['severity'];
export type Status = DeviationSummary['status'];
