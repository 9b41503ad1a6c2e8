// Records the access matrix (platform/access/matrix.test.ts) needs for the cooperation, theme-plan and
// involvement routes: an agreement with the matrix unit as a party, a theme plan whose strategy concerns
// the matrix unit with one measure, open and draft surveys, a user-council input for the matrix unit, a
// peer worker, and one organisation notice per role user.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../platform/db/database.js';
import { agreementParties, cooperationAgreements, organisationNotices } from '../capabilities/agreements/index.js';
import { themePlanGoals, themePlanMeasures, themePlans, themePlanStrategies, themePlanStrategyUnits } from '../capabilities/theme-plans/index.js';
import { peerWorkers, surveyQuestions, surveys, userCouncilInputs, userCouncilMeetings } from '../capabilities/involvement/index.js';

export interface CooperationCells {
  agreement: string;
  plan: string;
  strategy: string;
  measure: string;
  survey: string;
  surveyToClose: string;
  surveyToLink: string;
  question: string;
  token: string;
  councilMeeting: string;
  councilInput: string;
  peerWorker: string;
  /** Per role: a notice addressed to that role's matrix user. */
  notice: Record<string, string>;
}

export async function seedCooperationCells(db: Db, o: { tenantId: string; unitId: string; partnerId: string; ownerId: string; createdBy: string; roleUsers: Record<string, string> }): Promise<CooperationCells> {
  const { tenantId, unitId } = o;
  const now = new Date(Date.now() - 3600_000);
  const [agreement] = await db.insert(cooperationAgreements).values({ tenantId, title: 'Matriseavtale', purpose: 'Samarbeid i matrisetesten', meetingsPerYear: 4, validFrom: '2025-01-01', ownerId: o.ownerId, createdBy: o.createdBy, createdAt: now }).returning({ id: cooperationAgreements.id });
  await db.insert(agreementParties).values([{ tenantId, agreementId: agreement!.id, unitId }, { tenantId, agreementId: agreement!.id, partnerId: o.partnerId }]);
  const [plan] = await db.insert(themePlans).values({ tenantId, title: 'Matriseplan', fromYear: 2025, toYear: 2030, createdBy: o.createdBy, createdAt: now }).returning({ id: themePlans.id });
  const [goal] = await db.insert(themePlanGoals).values({ tenantId, planId: plan!.id, position: 0, text: 'Matrisemål' }).returning({ id: themePlanGoals.id });
  const [strategy] = await db.insert(themePlanStrategies).values({ tenantId, goalId: goal!.id, position: 0, text: 'Matrisestrategi' }).returning({ id: themePlanStrategies.id });
  await db.insert(themePlanStrategyUnits).values({ tenantId, strategyId: strategy!.id, unitId });
  const [measure] = await db.insert(themePlanMeasures).values({ tenantId, strategyId: strategy!.id, unitId, description: 'Matrisetiltak', status: 'planned', createdBy: o.createdBy, createdAt: now }).returning({ id: themePlanMeasures.id });
  const token = randomBytes(32).toString('base64url');
  const survey = async (status: 'draft' | 'open', tokenHash: string | null) => (await db.insert(surveys).values({ tenantId, title: `Matriseundersøkelse ${status}`, status, linkTokenHash: tokenHash, createdBy: o.createdBy, createdAt: now }).returning({ id: surveys.id }))[0]!.id;
  const open = await survey('open', createHash('sha256').update(token).digest('hex'));
  const toClose = await survey('open', null);
  const toLink = await survey('draft', null);
  const [question] = await db.insert(surveyQuestions).values({ tenantId, surveyId: open, position: 0, text: 'Matrisespørsmål', scale: 'agree-5' }).returning({ id: surveyQuestions.id });
  const [meeting] = await db.insert(userCouncilMeetings).values({ tenantId, heldOn: '2026-01-10', agenda: 'Matrise', minutes: 'Matrisereferat', recordedBy: o.createdBy, recordedAt: now }).returning({ id: userCouncilMeetings.id });
  const [input] = await db.insert(userCouncilInputs).values({ tenantId, meetingId: meeting!.id, topic: 'Matrise', text: 'Matriseinnspill', unitId, status: 'received' }).returning({ id: userCouncilInputs.id });
  const [peer] = await db.insert(peerWorkers).values({ tenantId, name: 'Matrise Erfaring', unitId, role: 'Erfaringskonsulent', startedOn: '2025-01-01' }).returning({ id: peerWorkers.id });
  const notice: Record<string, string> = {};
  for (const [role, userId] of Object.entries(o.roleUsers)) {
    const [row] = await db.insert(organisationNotices).values({ tenantId, recipientId: userId, unitId, change: 'moved', agreementId: agreement!.id, detail: 'Matrisevarsel', createdAt: now }).returning({ id: organisationNotices.id });
    notice[role] = row!.id;
  }
  return { agreement: agreement!.id, plan: plan!.id, strategy: strategy!.id, measure: measure!.id, survey: open, surveyToClose: toClose, surveyToLink: toLink, question: question!.id, token, councilMeeting: meeting!.id, councilInput: input!.id, peerWorker: peer!.id, notice };
}
