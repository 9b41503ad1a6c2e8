// Standardised assessment instruments (AUDIT, AUDIT-C, DUDIT, CAGE, SCL-10, PHQ-9, GAD-7): versioned
// definitions with published wording, options, points, cut-offs and sources; scoring; and the API-edge
// schema for an answer submission.
export * from './types.js';
export * from './registry.js';
export * from './scoring.js';
export * from './schema.js';
export * from './wording.js';
