// User-experience surveys. Answer sets are anonymous by design: whoever enters them (staff on paper or
// a shared tablet, or the respondent through the open link), the stored rows hold only the survey, the
// chosen service and group, the channel and the values — no person, user, time or client. Results are
// aggregates with cells under 5 answers suppressed. Nothing here is written to the access log: no
// person is involved.
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { units } from '../../platform/db/schema.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { setTenant, withSystemContext } from '../../platform/db/tenant-context.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { surveyAnswers, surveyLinkUse, surveyQuestions, surveyResponses, surveys, surveyUnits } from './schema.js';
import { answerProblems, involvementSources, minCellSize, scaleOptions, suppressCells, type Scale } from './rules.js';
import type * as s from './schemas.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
/** Answer sets one client may send through one survey's link per clock hour. */
export const linkAnswersPerHour = 20;
const anonymityText = 'Svarene dine er anonyme: vi lagrer ikke hvem du er, når du svarte eller fra hvilken maskin. Grupper med færre enn 5 svar vises aldri.';

async function surveyRows(db: Db | Tx, tenantId: string, surveyId?: string) {
  const rows = await db.select().from(surveys).where(and(eq(surveys.tenantId, tenantId), surveyId ? eq(surveys.id, surveyId) : undefined)).orderBy(asc(surveys.title));
  const counts = rows.length
    ? await db.select({ surveyId: surveyResponses.surveyId, n: sql<number>`count(*)::int` }).from(surveyResponses).where(inArray(surveyResponses.surveyId, rows.map((r) => r.id))).groupBy(surveyResponses.surveyId)
    : [];
  return rows.map((row) => ({ s: row, responseCount: Number(counts.find((c) => c.surveyId === row.id)?.n ?? 0) }));
}

async function details(db: Db | Tx, surveyId: string) {
  const questions = await db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, surveyId)).orderBy(asc(surveyQuestions.position));
  const unitRows = await db.select({ id: units.id, name: units.name }).from(surveyUnits).innerJoin(units, eq(units.id, surveyUnits.unitId)).where(eq(surveyUnits.surveyId, surveyId)).orderBy(asc(units.name));
  return { questions: questions.map((q) => ({ id: q.id, text: q.text, scale: q.scale as Scale, options: scaleOptions(q.scale as Scale) })), units: unitRows };
}

type SurveyRow = Awaited<ReturnType<typeof surveyRows>>[number];
const summary = ({ s: x, responseCount }: SurveyRow) => ({ id: x.id, title: x.title, status: x.status, responseCount: Number(responseCount), openedAt: x.openedAt, closedAt: x.closedAt, linkActive: x.status === 'open' && x.linkTokenHash !== null });

export async function listSurveys(scope: AccessScope) {
  scope.requireRole('survey.enter');
  return (await surveyRows(scope.tx, scope.actor.tenantId)).map(summary);
}

async function requireSurvey(scope: AccessScope, surveyId: string) {
  const [row] = await surveyRows(scope.tx, scope.actor.tenantId, surveyId);
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke undersøkelsen.');
  return row;
}

export async function getSurvey(scope: AccessScope, surveyId: string) {
  scope.requireRole('survey.enter');
  const row = await requireSurvey(scope, surveyId);
  return { ...summary(row), intro: row.s.intro, groups: row.s.groups, ...(await details(scope.tx, surveyId)), channels: ['paper' as const, 'tablet' as const, 'link' as const] };
}

export async function createSurvey(scope: AccessScope, input: z.infer<typeof s.surveyBody>): Promise<string> {
  scope.requireRole('survey.manage');
  const { tenantId } = scope.actor;
  const known = new Set(input.unitIds.length ? (await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.tenantId, tenantId), inArray(units.id, input.unitIds)))).map((u) => u.id) : []);
  const problems = input.unitIds.flatMap((u, i) => [...(known.has(u) ? [] : [{ path: `body/unitIds/${i}`, detail: 'Ukjent enhet' }]), ...(input.unitIds.indexOf(u) !== i ? [{ path: `body/unitIds/${i}`, detail: 'Enheten står flere ganger' }] : [])]);
  input.groups.forEach((g, i) => input.groups.indexOf(g) !== i && problems.push({ path: `body/groups/${i}`, detail: 'Gruppen står flere ganger' }));
  if (problems.length) throw new HelhetError('UNPROCESSABLE', 'Undersøkelsen kan ikke lagres.', problems);
  const [row] = await scope.tx.insert(surveys).values({ tenantId, title: input.title, intro: input.intro ?? null, groups: input.groups, status: 'draft', createdBy: scope.actor.userId, createdAt: scope.now }).returning({ id: surveys.id });
  if (input.unitIds.length) await scope.tx.insert(surveyUnits).values(input.unitIds.map((unitId) => ({ tenantId, surveyId: row!.id, unitId })));
  await scope.tx.insert(surveyQuestions).values(input.questions.map((q, position) => ({ tenantId, surveyId: row!.id, position, text: q.text, scale: q.scale })));
  return row!.id;
}

/** Opens the survey (from draft) or renews its link (when open): the old link stops working. The token is shown once. */
export async function openLink(scope: AccessScope, surveyId: string) {
  scope.requireRole('survey.manage');
  const row = await requireSurvey(scope, surveyId);
  if (row.s.status === 'closed') throw new HelhetError('CONFLICT', 'Undersøkelsen er avsluttet og kan ikke åpnes igjen.');
  const token = randomBytes(32).toString('base64url');
  await scope.tx.update(surveys).set({ status: 'open', linkTokenHash: sha256(token), openedAt: row.s.openedAt ?? scope.now }).where(eq(surveys.id, surveyId));
  return { token, path: `/undersokelse/${token}` };
}

export async function closeSurvey(scope: AccessScope, surveyId: string): Promise<void> {
  scope.requireRole('survey.manage');
  const row = await requireSurvey(scope, surveyId);
  if (row.s.status !== 'open') throw new HelhetError('CONFLICT', row.s.status === 'closed' ? 'Undersøkelsen er allerede avsluttet.' : 'Undersøkelsen er ikke åpnet.');
  await scope.tx.update(surveys).set({ status: 'closed', linkTokenHash: null, closedAt: scope.now }).where(eq(surveys.id, surveyId));
}

/** Validates and stores one anonymous answer set. Only the survey, service, group, channel and values are written. */
async function storeAnswers(tx: Db | Tx, survey: typeof surveys.$inferSelect, input: z.infer<typeof s.linkResponseBody>, channel: 'paper' | 'tablet' | 'link'): Promise<void> {
  if (survey.status !== 'open') throw new HelhetError('CONFLICT', survey.status === 'closed' ? 'Undersøkelsen er avsluttet.' : 'Undersøkelsen er ikke åpnet ennå.');
  const { questions, units: unitRows } = await details(tx, survey.id);
  const problems = answerProblems(questions, input.answers);
  if (input.unitId && !unitRows.some((u) => u.id === input.unitId)) problems.push({ path: 'body/unitId', detail: 'Tjenesten er ikke med i undersøkelsen' });
  if (input.group !== undefined && input.group !== null && input.group >= survey.groups.length) problems.push({ path: 'body/group', detail: 'Ukjent gruppe' });
  if (problems.length) throw new HelhetError('UNPROCESSABLE', 'Svarene kan ikke lagres: ' + problems.map((p) => p.detail.toLowerCase()).join(', ') + '.', problems);
  const [response] = await tx.insert(surveyResponses).values({ tenantId: survey.tenantId, surveyId: survey.id, unitId: input.unitId ?? null, groupIndex: input.group ?? null, channel }).returning({ id: surveyResponses.id });
  await tx.insert(surveyAnswers).values(input.answers.map((a) => ({ tenantId: survey.tenantId, responseId: response!.id, questionId: a.questionId, value: a.value })));
}

/** Staff enter a paper form, or hand a shared tablet to respondents. Who entered it is not stored. */
export async function enterResponse(scope: AccessScope, surveyId: string, input: z.infer<typeof s.staffResponseBody>): Promise<void> {
  scope.requireRole('survey.enter');
  const row = await requireSurvey(scope, surveyId);
  const { channel, ...answers } = input;
  await storeAnswers(scope.tx, row.s, answers, channel);
}

async function surveyByToken(db: Db | Tx, token: string) {
  const [row] = await db.select().from(surveys).where(eq(surveys.linkTokenHash, sha256(token)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Lenken er ugyldig, eller undersøkelsen er avsluttet.');
  return row;
}

/** The open link, without login: the questions of that one survey. */
export async function publicSurvey(db: Db, token: string) {
  return linkContext(db, token, async (tx, row) => ({ title: row.title, intro: row.intro, groups: row.groups, ...(await details(tx, row.id)), anonymity: anonymityText }));
}

/** The token names no tenant: find its survey in the system context, then narrow to the survey's tenant. */
async function linkContext<T>(db: Db, token: string, work: (tx: Tx, survey: Awaited<ReturnType<typeof surveyByToken>>) => Promise<T>): Promise<T> {
  return withSystemContext(db, 'survey-link', async (tx) => {
    const row = await surveyByToken(tx, token);
    await setTenant(tx, row.tenantId);
    return work(tx, row);
  });
}

/**
 * An answer set through the open link, without login. The token decides the survey (the body cannot
 * name another); at most `linkAnswersPerHour` answer sets per client and survey per clock hour.
 */
export async function answerByLink(db: Db, token: string, input: z.infer<typeof s.linkResponseBody>, clientAddress: string, now: Date): Promise<void> {
  await linkContext(db, token, async (tx, row) => {
    const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
    const [use] = await tx
      .insert(surveyLinkUse)
      .values({ surveyId: row.id, clientKey: sha256(`survey-client:${clientAddress}`), hour, count: 1 })
      .onConflictDoUpdate({ target: [surveyLinkUse.surveyId, surveyLinkUse.clientKey, surveyLinkUse.hour], set: { count: sql`${surveyLinkUse.count} + 1` } })
      .returning({ count: surveyLinkUse.count });
    if (use!.count > linkAnswersPerHour) throw new HelhetError('RATE_LIMITED', `For mange svar fra samme maskin. Vent til neste hele time og prøv igjen.`);
    await storeAnswers(tx, row, input, 'link');
  });
}

type By = z.infer<typeof s.resultsQuery>['by'];

/** Results per question, split by service and/or group, with small cells suppressed. */
export async function surveyResults(scope: AccessScope, surveyId: string, by: By) {
  scope.requireRole('survey.results');
  const row = await requireSurvey(scope, surveyId);
  const { questions, units: unitRows } = await details(scope.tx, surveyId);
  const answers = await scope.tx
    .select({ questionId: surveyAnswers.questionId, value: surveyAnswers.value, unitId: surveyResponses.unitId, groupIndex: surveyResponses.groupIndex })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .where(eq(surveyResponses.surveyId, surveyId));
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));
  const keyOf = (a: { unitId: string | null; groupIndex: number | null }) => `${by === 'unit' || by === 'unit-group' ? (a.unitId ?? '-') : '*'}|${by === 'group' || by === 'unit-group' ? (a.groupIndex ?? '-') : '*'}`;
  const label = (key: string) => {
    const [u, g] = key.split('|') as [string, string];
    return {
      unit: u === '*' || u === '-' ? null : { id: u, name: unitName.get(u) ?? 'Ukjent tjeneste' },
      group: g === '*' ? null : g === '-' ? 'Ikke oppgitt' : (row.s.groups[Number(g)] ?? 'Ukjent gruppe'),
    };
  };
  const total = Number(row.responseCount);
  return {
    surveyId,
    title: row.s.title,
    by,
    minCellSize,
    responseCount: total < minCellSize ? null : total,
    questions: questions.map((q) => {
      const cells = new Map<string, number[]>();
      for (const a of answers.filter((x) => x.questionId === q.id)) cells.set(keyOf(a), [...(cells.get(keyOf(a)) ?? []), a.value]);
      const shown = suppressCells(q.scale, [...cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, values]) => ({ key, values })));
      return { ...q, cells: shown.map(({ key, ...c }) => ({ ...label(key), ...c })) };
    }),
    sources: { surveys: involvementSources.surveys, anonymity: involvementSources.anonymity },
  };
}

