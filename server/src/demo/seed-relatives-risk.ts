// Demo records for the whole-person follow-up: relatives and a child of Per Testesen followed up by the
// child-responsible staff, a violence risk flag from a structured assessment, Ingrid Aasen in hospital
// and ready for discharge, and a small catalogue of activity and work offers with Tor's participation.
import type { Tx } from '../platform/db/database.js';
import { localDateAt } from '../platform/calendar/index.js';
import { childFollowUps, childResponsibleStaff, relativeNeedsAssessments, relatives } from '../capabilities/relatives/index.js';
import { riskFlags } from '../capabilities/crisis-plans/index.js';
import { riskAssessments } from '../capabilities/risk/index.js';
import { admissions, hospitalMessages } from '../capabilities/specialist/index.js';
import { activityOffers, activityParticipations } from '../capabilities/activities/index.js';
import type { DemoUnitKey } from './seed.js';

interface Ids {
  tenantId: string;
  personIds: string[];
  unitIds: Record<DemoUnitKey, string>;
  userIds: Record<string, string>;
  hospitalId: string;
}

export async function seedRelativesRisk(tx: Tx, ids: Ids, now: Date): Promise<void> {
  const { tenantId, personIds, unitIds, userIds } = ids;
  const day = (offset: number) => localDateAt(new Date(now.getTime() + offset * 86400_000));
  const at = (offsetDays: number) => new Date(now.getTime() + offsetDays * 86400_000);
  const per = personIds[0]!;
  const siri = userIds['siri.koordinator']!;
  const ola = userIds['ola.tjenesteyter']!;

  await tx.insert(childResponsibleStaff).values({ tenantId, unitId: unitIds.psykiskHelseRus, userId: ola, validFrom: at(-200), appointedBy: userIds['lena.leder']! });

  const [anne] = await tx
    .insert(relatives)
    .values({ tenantId, personId: per, name: 'Anne Testesen', relation: 'Søster', phone: '41000000', closest: true, consentStatus: 'given', consentScopes: ['participation', 'crisis-contact'], consentRecordedAt: at(-60), createdBy: siri, createdAt: at(-60) })
    .returning({ id: relatives.id });
  await tx.insert(relativeNeedsAssessments).values({ tenantId, personId: per, relativeId: anne!.id, assessedOn: day(-30), needs: 'Sliten etter mange år som eneste kontakt; ønsker avlastning og noen å snakke med.', careBurden: 'heavy', supportOffered: ['relatives-coordinator', 'group', 'omsorgsstonad'], supportAccepted: ['group'], nextAssessmentOn: day(150), createdBy: siri, createdAt: at(-30) });
  const [child] = await tx
    .insert(relatives)
    .values({ tenantId, personId: per, name: 'Ola Testesen', relation: 'Sønn', isChild: true, birthDate: '2015-05-01', livesWithPerson: false, consentStatus: 'given', consentScopes: ['general-information'], consentRecordedAt: at(-60), createdBy: siri, createdAt: at(-60) })
    .returning({ id: relatives.id });
  await tx.insert(childFollowUps).values([
    { tenantId, personId: per, relativeId: child!.id, kind: 'clarification', occurredOn: day(-55), summary: 'Samtale med Per om Ola og hans situasjon.', form: { caregiver: 'Mor, Hanne Hansen', childKnows: true, childNeeds: 'Vite at pappa får hjelp; noen å snakke med på skolen.', otherAdultsInvolved: 'Helsesykepleier på skolen', barnevernConcern: false }, recordedBy: siri, recordedAt: at(-55) },
    { tenantId, personId: per, relativeId: child!.id, kind: 'information', occurredOn: day(-40), summary: 'Ola fikk informasjon tilpasset alder, sammen med mor.', recordedBy: siri, recordedAt: at(-40) },
  ]);

  const [flag] = await tx
    .insert(riskFlags)
    .values({ tenantId, personId: per, kind: 'violence', note: 'Gul (moderat): To ansatte ved hjemmebesøk; møter helst på kontoret.', setAt: at(-20), setBy: siri, level: 'yellow', safetyMeasure: 'To ansatte ved hjemmebesøk; møter helst på kontoret.', ownerId: siri, reviewDate: day(40) })
    .returning({ id: riskFlags.id });
  await tx.insert(riskAssessments).values({ tenantId, personId: per, kind: 'violence', assessedOn: day(-20), level: 'yellow', method: 'V-RISK-10', basis: 'Truende atferd mot ansatt ved hjemmebesøk i januar under ruspåvirkning. Ingen vold siste år.', safetyMeasure: 'To ansatte ved hjemmebesøk; møter helst på kontoret.', ownerId: siri, reviewDate: day(40), authorUnitId: unitIds.fact, flagId: flag!.id, createdBy: siri, createdAt: at(-20) });

  const ingrid = personIds[5]!;
  const [stay] = await tx
    .insert(admissions)
    .values({ tenantId, personId: ingrid, partnerId: ids.hospitalId, admittedAt: at(-9), ward: 'Medisinsk avdeling', plannedDischargeOn: day(-2), servicesInPlace: ['coordinator'], createdBy: siri, createdAt: at(-9) })
    .returning({ id: admissions.id });
  await tx.insert(hospitalMessages).values([
    { tenantId, personId: ingrid, admissionId: stay!.id, kind: 'admission-notice', receivedAt: new Date(at(-9).getTime() + 6 * 3600_000), content: 'Innlagt med lungebetennelse; antatt utskrivning om 7 dager.', registeredBy: siri, registeredAt: at(-9) },
    { tenantId, personId: ingrid, admissionId: stay!.id, kind: 'ready-for-discharge', receivedAt: at(-2), content: 'Utskrivningsklar. Trenger hjemmesykepleie morgen og kveld.', registeredBy: siri, registeredAt: at(-2) },
  ]);

  const nora = userIds['nora.nav']!;
  const offers = await tx
    .insert(activityOffers)
    .values([
      { tenantId, name: 'Arbeidstrening på verkstedet', providerKind: 'nav', providerName: 'NAV Fjordvik / Fjordvik Vekst', category: 'work', area: 'Sentrum', times: 'Mandag–torsdag 09–14', sobriety: 'on-site', targetGroups: ['rop', 'all-adults'], createdBy: nora, createdAt: at(-100) },
      { tenantId, name: 'Frokost og aktivitet på Lavterskeltilbudet', providerKind: 'municipal', providerName: 'Lavterskeltilbudet', category: 'social', area: 'Sentrum', times: 'Hverdager 08–11', sobriety: 'not-required', targetGroups: ['rop'], createdBy: nora, createdAt: at(-100) },
      { tenantId, name: 'Turgruppe for kvinner', providerKind: 'voluntary', providerName: 'Fjordvik Røde Kors', category: 'activity', area: 'Nord', times: 'Onsdager 11–13', sobriety: 'required', targetGroups: ['women'], createdBy: nora, createdAt: at(-100) },
      { tenantId, name: 'Ungdomsverksted', providerKind: 'municipal', providerName: 'Fritid Fjordvik', category: 'training', area: 'Sør', times: 'Tirsdager 16–19', sobriety: 'required', targetGroups: ['young-adults'], createdBy: nora, createdAt: at(-100) },
    ])
    .returning({ id: activityOffers.id });
  await tx.insert(activityParticipations).values({ tenantId, personId: personIds[6]!, offerId: offers[1]!.id, startedOn: day(-45), note: 'Kommer til frokost de fleste dager', createdBy: nora, createdAt: at(-45) });
}
