// Norwegian calendar rules: working days, public holidays and deadlines. Pure functions; the clock is
// always passed in.
export * from './local-date.js';
export * from './holidays.js';
export * from './working-days.js';
export * from './time-zone.js';
export * from './deadlines.js';
