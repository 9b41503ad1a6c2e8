export { involvementRoutes } from './routes.js';
export { surveys, surveyQuestions, surveyResponses, surveyAnswers, surveyUnits, surveyLinkUse, userCouncilMeetings, userCouncilInputs, peerWorkers } from './schema.js';
export { involvementSources, minCellSize, scales } from './rules.js';
