// Demo internal control, relative to `now`: avvik in every state (NAV → Boligkontoret under handling,
// a closed one with feedback, a serious one escalated to the director, one forwarded to the hospital
// with an overdue answer), procedures on the process map (one overdue for revision, one changed and not
// yet read by everyone, one draft), and an approved responsibility matrix with two findings.
import type { Tx } from '../platform/db/database.js';
import { addDays, localDateAt } from '../platform/calendar/index.js';
import { enqueue } from '../platform/jobs/queue.js';
import { deviationEvents, deviationFeedback, deviationForwardings, deviationMeasures, deviations, partnerReminderJob, reminderRunAt, renderForwardingLetter } from '../capabilities/deviations/index.js';
import { procedureAcknowledgements, procedureApprovals, procedureProposals, procedures, procedureVersions } from '../capabilities/procedures/index.js';
import { responsibilityAssignments, responsibilityMatrices, responsibilityTasks } from '../capabilities/responsibility/index.js';
import type { DemoUnitKey } from './seed.js';
import { seedCooperation } from './seed-cooperation.js';

interface Ids {
  tenantId: string;
  personIds: string[];
  unitIds: Record<DemoUnitKey, string>;
  userIds: Record<string, string>;
  partnerIds: { gp: string; dps: string; tsb: string; hospital: string };
}

const daysAgo = (now: Date, days: number): Date => new Date(now.getTime() - days * 86400_000);

export async function seedInternalControl(tx: Tx, ids: Ids, now: Date): Promise<void> {
  await seedDeviations(tx, ids, now);
  await seedProcedures(tx, ids, now);
  await seedMatrix(tx, ids, now);
  await seedCooperation(tx, ids, now);
}

async function seedDeviations(tx: Tx, { tenantId, personIds, unitIds, userIds, partnerIds }: Ids, now: Date): Promise<void> {
  const u = (name: string) => userIds[name]!;
  const today = localDateAt(now);
  const insert = async (values: Omit<typeof deviations.$inferInsert, 'tenantId'>, events: [kind: (typeof deviationEvents.$inferInsert)['kind'], days: number, actor: string | null, details: Record<string, string | number | boolean | null> | null][]) => {
    const [row] = await tx.insert(deviations).values({ tenantId, ...values }).returning({ id: deviations.id, number: deviations.number });
    for (const [kind, days, actor, details] of events) await tx.insert(deviationEvents).values({ tenantId, deviationId: row!.id, kind, actorId: actor ? u(actor) : null, at: daysAgo(now, days), details });
    return row!;
  };

  // NAV reports the housing office: under handling at Boligkontoret, no feedback yet (the audit gap).
  await insert(
    { description: 'Varsel om husleierestanse ble ikke sendt til NAV før begjæring om utkastelse. NAV fikk vite det fra brukeren selv dagen før.', occurredAt: daysAgo(now, 13), location: 'Boligkontoret / NAV Fjordvik', category: 'cooperation-units', severity: 'moderate', reportedBy: u('nora.nav'), reporterUnitId: unitIds.nav, reportedAt: daysAgo(now, 12), concernedUnitId: unitIds.bolig, handlingUnitId: unitIds.bolig, routedAt: daysAgo(now, 12), status: 'in-handling', assessment: 'Rutinen for varsling ved restanse sier ikke når NAV skal varsles. Gjelder flere leietakere.', cause: 'Uklar rutine' },
    [['reported', 12, 'nora.nav', { category: 'Samarbeid mellom enheter', severity: 'Middels' }], ['routed', 12, 'nora.nav', { to: 'Boligkontoret', handlingUnit: 'Boligkontoret', recipients: 'Berit Boligleder' }], ['assessed', 10, 'berit.boligleder', null]],
  );

  // Medication not given in home nursing: measure done, feedback given, closed. Linked to Åse.
  const closed = await insert(
    { description: 'Kveldsmedisin ble ikke gitt. Dosetten var ikke fylt etter endring i legemiddellisten.', occurredAt: daysAgo(now, 41), location: 'Hjemmebesøk, kveldsrunde', category: 'medication', severity: 'moderate', reportedBy: u('vakt.hjemmesykepleie'), reporterUnitId: unitIds.hjemmesykepleie, reportedAt: daysAgo(now, 40), concernedUnitId: unitIds.hjemmesykepleie, handlingUnitId: unitIds.hjemmesykepleie, routedAt: daysAgo(now, 40), personId: personIds[1]!, status: 'closed', assessment: 'Endringen i legemiddellisten kom på papir fra fastlegen og ble ikke lagt inn.', cause: 'Manuell overføring av legemiddelendringer', conclusion: 'Legemiddelendringer kontrolleres av to sykepleiere samme dag.', closedAt: daysAgo(now, 30), closedBy: u('henrik.hjemmeleder'), closedWithFeedback: true },
    [['reported', 40, 'vakt.hjemmesykepleie', null], ['routed', 40, 'vakt.hjemmesykepleie', { to: 'Hjemmesykepleien', handlingUnit: 'Hjemmesykepleien', recipients: 'Henrik Hjemmeleder' }], ['assessed', 38, 'henrik.hjemmeleder', null], ['measure-added', 38, 'henrik.hjemmeleder', null], ['measure-done', 33, 'henrik.hjemmeleder', null], ['feedback', 31, 'henrik.hjemmeleder', null], ['closed', 30, 'henrik.hjemmeleder', { withFeedback: true, partnerAnswerAwaited: false }]],
  );
  await tx.insert(deviationMeasures).values({ tenantId, deviationId: closed.id, description: 'Dobbeltkontroll av alle legemiddelendringer samme dag', ownerId: u('henrik.hjemmeleder'), deadline: addDays(today, -33), doneAt: daysAgo(now, 33), createdBy: u('henrik.hjemmeleder'), createdAt: daysAgo(now, 38) });
  await tx.insert(deviationFeedback).values({ tenantId, deviationId: closed.id, message: 'Takk for meldingen. Alle legemiddelendringer dobbeltkontrolleres nå samme dag. Avviket er lukket.', toReporter: true, toReportingUnit: true, givenBy: u('henrik.hjemmeleder'), givenAt: daysAgo(now, 31) });

  // Threats against staff at the low-threshold service: serious, escalated to the director at once.
  await insert(
    { description: 'Ansatt ble truet med kniv i resepsjonen. Politiet ble tilkalt. Ingen ble fysisk skadet.', occurredAt: daysAgo(now, 5), location: 'Lavterskeltilbudet, resepsjonen', category: 'threats-violence', severity: 'serious', reportedBy: u('ola.tjenesteyter'), reporterUnitId: unitIds.psykiskHelseRus, reportedAt: daysAgo(now, 5), concernedUnitId: unitIds.lavterskel, handlingUnitId: unitIds.psykiskHelseRus, routedAt: daysAgo(now, 5), escalatedAt: daysAgo(now, 5) },
    [['reported', 5, 'ola.tjenesteyter', null], ['routed', 5, 'ola.tjenesteyter', { to: 'Lavterskeltilbudet', handlingUnit: 'Psykisk helse og rus', recipients: 'Lena Leder' }], ['escalated', 5, 'ola.tjenesteyter', { severity: 'Alvorlig', recipients: 'Dina Direktør' }]],
  );

  // Discharge without notice: forwarded to the hospital by letter; the answer is overdue.
  const forwarded = await insert(
    { description: 'Bruker ble skrevet ut fredag kveld uten varsel til kommunen. Ingen tjenester var på plass i helgen.', occurredAt: daysAgo(now, 31), location: 'Fjordvik sykehus / FACT-teamet', category: 'cooperation-specialist', severity: 'moderate', reportedBy: u('siri.koordinator'), reporterUnitId: unitIds.fact, reportedAt: daysAgo(now, 30), concernedPartnerId: partnerIds.hospital, handlingUnitId: unitIds.psykiskHelseRus, routedAt: daysAgo(now, 30), status: 'in-handling', assessment: 'Brudd på samarbeidsavtalens krav om varsel om utskrivningsklar pasient.' },
    [['reported', 30, 'siri.koordinator', null], ['routed', 30, 'siri.koordinator', { to: 'Fjordvik sykehus', handlingUnit: 'Psykisk helse og rus', recipients: 'Lena Leder' }], ['assessed', 27, 'lena.leder', null], ['forwarded', 25, 'lena.leder', { partner: 'Fjordvik sykehus', answerDueDate: addDays(today, -4) }]],
  );
  const answerDueDate = addDays(today, -4);
  const letterPdf = await renderForwardingLetter({ municipality: 'Fjordvik kommune', fromUnit: 'Psykisk helse og rus', handler: 'Lena Leder', partner: { name: 'Fjordvik sykehus', address: 'Sykehusveien 1' }, reference: `AVV-${forwarded.number}`, sentOn: addDays(today, -25), occurredAt: daysAgo(now, 31), location: 'Fjordvik sykehus / FACT-teamet', category: 'Samarbeid med spesialisthelsetjenesten', severity: 'Middels', description: 'Bruker ble skrevet ut fredag kveld uten varsel til kommunen. Ingen tjenester var på plass i helgen.', assessment: 'Brudd på samarbeidsavtalens krav om varsel om utskrivningsklar pasient.', request: 'Vi ber om en gjennomgang av rutinen for varsel ved utskrivning.', answerDueDate, personLinked: false });
  const [forwarding] = await tx.insert(deviationForwardings).values({ tenantId, deviationId: forwarded.id, partnerId: partnerIds.hospital, sentAt: daysAgo(now, 25), sentBy: u('lena.leder'), answerDueDate, letterPdf }).returning({ id: deviationForwardings.id });
  await enqueue(tx, { kind: partnerReminderJob, payload: { tenantId, forwardingId: forwarding!.id }, runAt: reminderRunAt(answerDueDate), uniqueKey: `${partnerReminderJob}:${forwarding!.id}` });

  // An older documentation avvik closed without feedback, with the reason recorded.
  await insert(
    { description: 'Journalnotat fra hjemmebesøk ble skrevet i feil journal og måtte flyttes.', occurredAt: daysAgo(now, 75), location: 'Psykisk helse og rus', category: 'documentation', severity: 'minor', reportedBy: u('lena.leder'), reporterUnitId: unitIds.psykiskHelseRus, reportedAt: daysAgo(now, 75), concernedUnitId: unitIds.psykiskHelseRus, handlingUnitId: unitIds.psykiskHelseRus, routedAt: daysAgo(now, 75), status: 'closed', assessment: 'Enkeltstående feil, rettet samme dag.', conclusion: 'Ingen videre tiltak.', noFeedbackReason: 'Melder er selv leder og behandlet avviket.', closedAt: daysAgo(now, 70), closedBy: u('lena.leder'), closedWithFeedback: false },
    [['reported', 75, 'lena.leder', null], ['assessed', 74, 'lena.leder', null], ['closed', 70, 'lena.leder', { withFeedback: false, partnerAnswerAwaited: false }]],
  );
}

const markdown = (title: string, body: string) => `# ${title}\n\n## Formål\n\n${body}\n\n## Ansvar\n\nEnhetsleder sørger for at rutinen er kjent. Den enkelte ansatte følger den.\n`;

async function seedProcedures(tx: Tx, { tenantId, unitIds, userIds }: Ids, now: Date): Promise<void> {
  const u = (name: string) => userIds[name]!;
  const today = localDateAt(now);
  const procedure = async (owner: string, versions: { title: string; step: (typeof procedureVersions.$inferInsert)['processStep']; units: DemoUnitKey[]; roles?: string[]; body: string; validDaysAgo: number; revisionIn: number; approvedBy?: string; readBy?: string[] }[]) => {
    const [p] = await tx.insert(procedures).values({ tenantId, ownerId: u(owner), createdBy: u(owner), createdAt: daysAgo(now, Math.max(versions[0]!.validDaysAgo, 0) + 5) }).returning({ id: procedures.id });
    for (const [i, v] of versions.entries()) {
      const [row] = await tx
        .insert(procedureVersions)
        .values({ tenantId, procedureId: p!.id, version: i + 1, title: v.title, processStep: v.step, contentKind: 'markdown', markdown: markdown(v.title, v.body), unitIds: v.units.map((k) => unitIds[k]), roles: v.roles ?? [], validFrom: addDays(today, -v.validDaysAgo), revisionDue: addDays(today, v.revisionIn), changeSummary: i === 0 ? 'Første versjon' : 'Oppdatert etter avvik og revisjon', createdBy: u(owner), createdAt: daysAgo(now, Math.max(v.validDaysAgo, 0) + 3) })
        .returning({ id: procedureVersions.id });
      if (v.approvedBy) await tx.insert(procedureApprovals).values({ tenantId, versionId: row!.id, approvedBy: u(v.approvedBy), approvedAt: daysAgo(now, v.validDaysAgo + 1) });
      for (const reader of v.readBy ?? []) await tx.insert(procedureAcknowledgements).values({ tenantId, versionId: row!.id, userId: u(reader), acknowledgedAt: daysAgo(now, Math.max(0, v.validDaysAgo - 2)) });
    }
    return p!.id;
  };
  await procedure('kristin.kvalitet', [{ title: 'Mottak og registrering av henvendelser', step: 'request', units: ['tildeling'], roles: ['caseworker'], body: 'Alle henvendelser registreres samme dag, og første kontakt tas innen tre virkedager.', validDaysAgo: 300, revisionIn: 430, approvedBy: 'dina.direktor', readBy: ['kari.saksbehandler'] }]);
  const assessment = await procedure('kristin.kvalitet', [{ title: 'Kartlegging før vedtak', step: 'assessment', units: ['tildeling', 'psykiskHelseRus'], body: 'Kartleggingen dekker rus, psykisk helse, somatisk helse, selvmordsrisiko, bolig, økonomi, aktivitet og pårørende.', validDaysAgo: 760, revisionIn: -30, approvedBy: 'dina.direktor', readBy: ['kari.saksbehandler', 'ola.tjenesteyter'] }]);
  await procedure('lena.leder', [
    { title: 'Kriseplan og oppfølging ved akutt forverring', step: 'crisis-plan', units: ['psykiskHelseRus', 'hjemmesykepleie', 'legevakt'], body: 'Kriseplanen lages sammen med personen og er tilgjengelig for vakthavende.', validDaysAgo: 400, revisionIn: 330, approvedBy: 'lena.leder', readBy: ['ola.tjenesteyter', 'siri.koordinator', 'vakt.hjemmesykepleie'] },
    { title: 'Kriseplan og oppfølging ved akutt forverring', step: 'crisis-plan', units: ['psykiskHelseRus', 'hjemmesykepleie', 'legevakt'], body: 'Kriseplanen lages sammen med personen, deles med legevakten med samtykke og evalueres etter hver krise.', validDaysAgo: 10, revisionIn: 720, approvedBy: 'lena.leder', readBy: ['siri.koordinator'] },
  ]);
  await procedure('lena.leder', [{ title: 'Utskrivning fra sykehus – samarbeid med spesialisthelsetjenesten', step: 'discharge', units: ['helse'], body: 'Kommunen skal ha varsel om utskrivningsklar pasient. Tjenestene skal være på plass fra utskrivningsdagen.', validDaysAgo: -7, revisionIn: 723 }]);
  await procedure('kristin.kvalitet', [{ title: 'Melde og behandle avvik på tvers av enheter', step: 'general', units: ['helse', 'nav'], body: 'Avvik meldes til enheten det gjelder. Melder og meldende enhet får alltid tilbakemelding før avviket lukkes.', validDaysAgo: 90, revisionIn: 640, approvedBy: 'dina.direktor', readBy: ['nora.nav', 'lena.leder', 'henrik.hjemmeleder'] }]);
  // New after the NAV avvik about Boligkontoret: on the «to read» list of NAV and Boligkontoret.
  await procedure('berit.boligleder', [{ title: 'Varsel til NAV ved husleierestanse', step: 'follow-up', units: ['bolig', 'nav'], body: 'Boligkontoret varsler NAV ved første restansevarsel. NAV kontakter leietakeren innen to virkedager.', validDaysAgo: 3, revisionIn: 727, approvedBy: 'berit.boligleder' }]);
  await tx.insert(procedureProposals).values({ tenantId, procedureId: assessment, text: 'Kartleggingsskjemaet bør spørre om barn som pårørende allerede i første samtale.', proposedBy: u('ola.tjenesteyter'), proposedAt: daysAgo(now, 6) });
}

async function seedMatrix(tx: Tx, { tenantId, unitIds, userIds, partnerIds }: Ids, now: Date): Promise<void> {
  type Cell = [party: DemoUnitKey | 'gp' | 'dps', level: 'responsible' | 'takes-part' | 'informed'];
  const tasks: [string, Cell[]][] = [
    ['Kartlegging før vedtak', [['tildeling', 'responsible'], ['psykiskHelseRus', 'takes-part']]],
    ['Kartlegging av vold- og selvmordsrisiko', [['psykiskHelseRus', 'responsible'], ['dps', 'takes-part']]],
    ['Legemiddelhåndtering hjemme', [['hjemmesykepleie', 'takes-part'], ['psykiskHelseRus', 'takes-part'], ['gp', 'informed']]],
    ['Oppfølging i hjemmet (booppfølging)', [['bolig', 'responsible'], ['psykiskHelseRus', 'responsible']]],
    ['Koordinatorrollen og individuell plan', [['ke', 'responsible'], ['fact', 'takes-part']]],
    ['Evaluering av vedtak', [['psykiskHelseRus', 'responsible'], ['tildeling', 'informed']]],
    ['Midlertidig bolig', [['nav', 'responsible'], ['bolig', 'takes-part']]],
    ['Arbeid og aktivitet', [['nav', 'responsible'], ['lavterskel', 'takes-part']]],
  ];
  const write = async (version: number, title: string, rows: [string, Cell[]][], approved: boolean) => {
    const [m] = await tx
      .insert(responsibilityMatrices)
      .values({ tenantId, version, title, createdBy: userIds['kristin.kvalitet']!, createdAt: daysAgo(now, approved ? 70 : 2), updatedAt: daysAgo(now, approved ? 70 : 2), approvedBy: approved ? userIds['dina.direktor']! : null, approvedAt: approved ? daysAgo(now, 60) : null })
      .returning({ id: responsibilityMatrices.id });
    for (const [position, [name, cells]] of rows.entries()) {
      const [t] = await tx.insert(responsibilityTasks).values({ tenantId, matrixId: m!.id, position, name }).returning({ id: responsibilityTasks.id });
      await tx.insert(responsibilityAssignments).values(cells.map(([party, level], position) => ({ tenantId, taskId: t!.id, position, level, unitId: party === 'gp' || party === 'dps' ? null : unitIds[party], partnerId: party === 'gp' ? partnerIds.gp : party === 'dps' ? partnerIds.dps : null })));
    }
  };
  await write(1, 'Ansvarsfordeling i ROP-feltet', tasks, true);
  const fixed = tasks.map(([name, cells]): [string, Cell[]] => (name === 'Legemiddelhåndtering hjemme' ? [name, [['hjemmesykepleie', 'responsible'], ['psykiskHelseRus', 'takes-part'], ['gp', 'informed']]] : [name, cells]));
  await write(2, 'Ansvarsfordeling i ROP-feltet (revidert)', fixed, false);
}
