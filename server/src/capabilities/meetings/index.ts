export { meetingRoutes } from './routes.js';
export { teamMeetings, meetingParticipants, meetingMinutes, meetingActions } from './schema.js';
export { meetingSources, minutesStatus, defaultMinutesDueDays } from './rules.js';
export { minutesCheck } from './rules.js';
