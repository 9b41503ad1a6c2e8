// The catalogue: every check, in display order. Adding a check is one file (or one export in a theme
// file) plus one line here. Ids are stable: results and the monthly history are keyed by them.
import type { CheckDefinition } from '../types.js';
import { firstContactWithin3WorkingDays } from './intake.js';
import { assessmentCoversCoreDomains, assessmentMeetingDocumented, assessmentReoffered, assessmentUsesStandardisedTool } from './assessment.js';
import { evaluatedOnTime, evaluationPlanned, noDecisionWithoutAssessment, noPlaceholdersInDecisions } from './vedtak.js';
import { informedOfIpRight, ipContent, ipReviewedOnTime, ipWorkStarted } from './individual-plan.js';
import { coordinatorAppointedOrOffered, coordinatorRequestFollowedUp } from './coordinator.js';
import { meetingsHaveMinutes } from './meetings.js';
import { crisisPlanWhereRequired } from './crisis-plan.js';
import { childrenSituationClarified, relativesAskedAbout, relativesOwnNeedsMapped } from './relatives.js';
import { decisionsMatchPlans, notesMatchRecords } from './consistency.js';
import { wholePersonChecks } from './whole-person.js';

export const catalogue: readonly CheckDefinition[] = [
  firstContactWithin3WorkingDays,
  assessmentCoversCoreDomains,
  assessmentUsesStandardisedTool,
  assessmentMeetingDocumented,
  assessmentReoffered,
  noDecisionWithoutAssessment,
  noPlaceholdersInDecisions,
  evaluationPlanned,
  evaluatedOnTime,
  informedOfIpRight,
  ipWorkStarted,
  ipContent,
  ipReviewedOnTime,
  coordinatorAppointedOrOffered,
  coordinatorRequestFollowedUp,
  meetingsHaveMinutes,
  crisisPlanWhereRequired,
  relativesAskedAbout,
  relativesOwnNeedsMapped,
  childrenSituationClarified,
  notesMatchRecords,
  decisionsMatchPlans,
  // Whole-person rules (issue #7 item 9): housing, somatic, NAV, relatives, risk, specialist, activities.
  ...wholePersonChecks,
];

export const checksById: ReadonlyMap<string, CheckDefinition> = new Map(catalogue.map((c) => [c.id, c]));
