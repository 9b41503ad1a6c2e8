// API types of the responsibility matrix, derived from the server's Zod schemas (type-only imports).
import type { z } from 'zod';
import type { Json } from '../../platform/api-types.js';
import type { currentMatrix, matrixList, matrixView } from '../../../../server/src/capabilities/responsibility/schemas.js';

export type Matrix = Json<z.output<typeof matrixView>>;
export type MatrixList = Json<z.output<typeof matrixList>>;
export type CurrentMatrix = Json<z.output<typeof currentMatrix>>;
