export { recordsExchangeRoutes } from './routes.js';
export { importRecords } from './store-import.js';
export { exportRecords } from './store-export.js';
export { recordsFile, recordsFormatVersion, type RecordsFile, type ImportError } from './schemas.js';
export { parseRecordsFile, referenceErrors } from './validate.js';
