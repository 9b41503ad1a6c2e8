// Records the access matrix needs for the whole-person follow-up routes (relatives, children, risk,
// specialist services, activities): one set per person, inserted directly.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { partners } from '../platform/db/schema.js';
import { relatives } from '../capabilities/relatives/index.js';
import { admissions } from '../capabilities/specialist/index.js';
import { deviations } from '../capabilities/deviations/index.js';
import { activityOffers, activityParticipations } from '../capabilities/activities/index.js';

export interface RelativesRiskCells {
  byPerson: Record<string, { adult: string; child: string; admission: string; deviation: string; participation: string }>;
  hospitalId: string;
  offerId: string;
}

const day = (offset: number): string => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);

export async function seedRelativesRiskCells(db: Db, input: { tenantId: string; unitId: string; staffId: string; personIds: string[] }): Promise<RelativesRiskCells> {
  const { tenantId, staffId } = input;
  const now = new Date();
  const [hospital] = await db.select({ id: partners.id }).from(partners).where(and(eq(partners.tenantId, tenantId), eq(partners.kind, 'sykehus')));
  const [offer] = await db.insert(activityOffers).values({ tenantId, name: 'Matrisetilbud', providerKind: 'municipal', providerName: 'Matrise', category: 'activity', area: 'Matrise', times: 'Daglig', sobriety: 'not-required', targetGroups: ['rop'], createdBy: staffId, createdAt: now }).returning({ id: activityOffers.id });
  const byPerson: RelativesRiskCells['byPerson'] = {};
  for (const personId of input.personIds) {
    const [adult] = await db.insert(relatives).values({ tenantId, personId, name: 'Matrise Søster', relation: 'Søster', consentStatus: 'given', consentScopes: ['participation'], createdBy: staffId, createdAt: now }).returning({ id: relatives.id });
    const [child] = await db.insert(relatives).values({ tenantId, personId, name: 'Matrise Barn', relation: 'Datter', isChild: true, birthDate: '2016-01-01', consentStatus: 'given', consentScopes: ['general-information'], createdBy: staffId, createdAt: now }).returning({ id: relatives.id });
    const [admission] = await db.insert(admissions).values({ tenantId, personId, partnerId: hospital!.id, admittedAt: new Date(now.getTime() - 5 * 86400_000), plannedDischargeOn: day(5), servicesInPlace: [], createdBy: staffId, createdAt: now }).returning({ id: admissions.id });
    const [deviation] = await db
      .insert(deviations)
      .values({ tenantId, description: 'Matriseavvik om utskrivning', occurredAt: now, location: 'Sykehuset', category: 'cooperation-specialist', severity: 'minor', reportedBy: staffId, reportedAt: now, concernedPartnerId: hospital!.id, routedAt: now, personId })
      .returning({ id: deviations.id });
    const [participation] = await db.insert(activityParticipations).values({ tenantId, personId, offerId: offer!.id, startedOn: day(-30), createdBy: staffId, createdAt: now }).returning({ id: activityParticipations.id });
    byPerson[personId] = { adult: adult!.id, child: child!.id, admission: admission!.id, deviation: deviation!.id, participation: participation!.id };
  }
  return { byPerson, hospitalId: hospital!.id, offerId: offer!.id };
}
