export { deviationRoutes } from './routes.js';
export { deviations, deviationMeasures, deviationFeedback, deviationForwardings, deviationEvents, deviationCategories, deviationSeverities, deviationStatuses } from './schema.js';
export { categoryLabels, severityLabels, statusLabels, deviationSources, hiddenPersonNote } from './rules.js';
export { deviationJobHandlers, partnerReminderJob, reminderRunAt } from './store-partner.js';
export { renderForwardingLetter } from './pdf.js';
