// Specialist services and GP (issue #7 item 6): admissions, hospital messages, avvik links; referrals live in intake.
export { specialistRoutes } from './routes.js';
export { admissions, hospitalMessages, specialistDeviationLinks } from './schema.js';
export { checks, paymentDays, type SpecialistFacts } from './rules.js';
