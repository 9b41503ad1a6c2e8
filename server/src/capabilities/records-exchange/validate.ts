// Validation of a records file before anything is written: the schema (zod), then every reference
// (units, staff, services, refs inside the file) and every rule the tables would otherwise refuse.
// Each problem names the file, the record (index and ref), the field path and the reason.
import type { z } from 'zod';
import { recordsFile, type ImportError, type RecordsFile } from './schemas.js';
import { getInstrument, isInstrumentId, scoreInstrument } from '../assessment/index.js';

export interface Lookups {
  units: Map<string, string>;
  users: Map<string, string>;
  services: Map<string, string>;
  existingNationalIds: Set<string>;
  keUnitId: string | null;
}

function recordOf(path: PropertyKey[], data: unknown): { index: number | null; ref: string | null } {
  if (path[0] !== 'persons' || typeof path[1] !== 'number') return { index: null, ref: null };
  const persons = (data as { persons?: unknown[] } | null)?.persons;
  const person = Array.isArray(persons) ? (persons[path[1]] as { ref?: unknown } | undefined) : undefined;
  return { index: path[1], ref: typeof person?.ref === 'string' ? person.ref : null };
}

function fieldPath(path: PropertyKey[]): string {
  return path.map(String).join('.') || '(filen)';
}

/** Parses the file against the format; schema problems are reported per record and field. */
export function parseRecordsFile(file: string, data: unknown): { ok: true; value: RecordsFile } | { ok: false; errors: ImportError[] } {
  const parsed = recordsFile.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue: z.core.$ZodIssue) => {
      const record = recordOf(issue.path, data);
      return { file, recordIndex: record.index, recordRef: record.ref, field: fieldPath(issue.path), reason: issue.message };
    }),
  };
}

/** Checks references and cross-record rules. Pure: the lookups are loaded by the caller. */
export function referenceErrors(file: string, records: RecordsFile, lookups: Lookups): ImportError[] {
  const errors: ImportError[] = [];
  const seenNationalIds = new Map<string, number>();
  const seenRefs = new Map<string, number>();
  records.persons.forEach((p, index) => {
    const at = (field: string, reason: string) => errors.push({ file, recordIndex: index, recordRef: p.ref, field: `persons.${index}.${field}`, reason });
    const unit = (field: string, name: string | null | undefined) => {
      if (name && !lookups.units.has(name)) at(field, `Ukjent enhet «${name}»`);
    };
    const user = (field: string, name: string | null | undefined) => {
      if (name && !lookups.users.has(name)) at(field, `Ukjent eller inaktiv ansatt «${name}»`);
    };
    if (seenRefs.has(p.ref)) at('ref', `ref «${p.ref}» er brukt før i filen (person ${seenRefs.get(p.ref)})`);
    seenRefs.set(p.ref, index);
    const nationalId = p.nationalId.replace(/\s/g, '');
    if (lookups.existingNationalIds.has(nationalId)) at('nationalId', 'Personen er allerede registrert (samme fødselsnummer)');
    if (seenNationalIds.has(nationalId)) at('nationalId', `Samme fødselsnummer som person ${seenNationalIds.get(nationalId)} i filen`);
    seenNationalIds.set(nationalId, index);
    p.units.forEach((u, i) => unit(`units.${i}`, u));
    p.team.forEach((m, i) => user(`team.${i}.username`, m.username));
    p.henvendelser.forEach((h, i) => {
      unit(`henvendelser.${i}.unit`, h.unit);
      user(`henvendelser.${i}.createdBy`, h.createdBy);
    });
    const kartleggingRefs = new Set<string>();
    const occasions = new Set<string>();
    p.kartlegginger.forEach((k, i) => {
      unit(`kartlegginger.${i}.unit`, k.unit);
      user(`kartlegginger.${i}.createdBy`, k.createdBy);
      user(`kartlegginger.${i}.completedBy`, k.completedBy);
      if (occasions.has(k.occasion)) at(`kartlegginger.${i}.occasion`, 'To kartlegginger samme dag for samme person');
      occasions.add(k.occasion);
      kartleggingRefs.add(k.ref);
      if (k.status === 'completed' && !k.completedAt) at(`kartlegginger.${i}.completedAt`, 'En fullført kartlegging må ha completedAt');
      const domains = new Set<string>();
      k.domains.forEach((d, j) => {
        if (domains.has(d.domain)) at(`kartlegginger.${i}.domains.${j}.domain`, `Domenet «${d.domain}» står to ganger`);
        domains.add(d.domain);
      });
      k.instruments.forEach((r, j) => {
        const base = `kartlegginger.${i}.instruments.${j}`;
        user(`${base}.administeredBy`, r.administeredBy);
        if (!isInstrumentId(r.instrumentId)) return at(`${base}.instrumentId`, `Ukjent instrument «${r.instrumentId}»`);
        if (getInstrument(r.instrumentId).version !== r.version) return at(`${base}.version`, `${r.instrumentId} finnes ikke i versjon ${r.version}`);
        const scored = scoreInstrument(r.instrumentId, r.answers, { sex: r.sex });
        if (scored.status === 'invalid') scored.issues.forEach((issue) => at(`${base}.answers.${issue.itemId}`, issue.message));
      });
    });
    p.vedtak.forEach((v, i) => {
      unit(`vedtak.${i}.unit`, v.unit);
      user(`vedtak.${i}.decidedBy`, v.decidedBy);
      user(`vedtak.${i}.evaluationResponsible`, v.evaluationResponsible);
      if (!lookups.services.has(v.serviceCode)) at(`vedtak.${i}.serviceCode`, `Ukjent tjeneste «${v.serviceCode}» i tjenestekatalogen`);
      if (v.kartleggingRef && !kartleggingRefs.has(v.kartleggingRef)) at(`vedtak.${i}.kartleggingRef`, `Ingen kartlegging med ref «${v.kartleggingRef}» hos denne personen`);
      if (v.endDate && v.endDate <= v.startDate) at(`vedtak.${i}.endDate`, 'Sluttdato må være etter startdato');
    });
    p.ipInformation.forEach((ip, i) => {
      unit(`ipInformation.${i}.unit`, ip.unit);
      user(`ipInformation.${i}.informedBy`, ip.informedBy);
      if (ip.answer === 'declines' && !ip.declineReason) at(`ipInformation.${i}.declineReason`, 'Begrunnelse kreves når personen takker nei');
      if (ip.answer === 'undecided' && !ip.reaskDate) at(`ipInformation.${i}.reaskDate`, 'Dato for å spørre igjen kreves når personen ikke har bestemt seg');
    });
    if (p.individualPlans.filter((plan) => plan.status !== 'closed').length > 1) at('individualPlans', 'Bare én åpen individuell plan per person');
    p.individualPlans.forEach((plan, i) => {
      user(`individualPlans.${i}.createdBy`, plan.createdBy);
      plan.measures.forEach((m, j) => unit(`individualPlans.${i}.measures.${j}.responsibleUnit`, m.responsibleUnit));
      plan.participants.forEach((pp, j) => user(`individualPlans.${i}.participants.${j}.username`, pp.username));
    });
    if (p.coordinatorRequests.length && !lookups.keUnitId) at('coordinatorRequests', 'Kommunen har ingen koordinerende enhet (tjenesteområde koordinerende-enhet)');
    p.teamMeetings.forEach((m, i) => {
      user(`teamMeetings.${i}.organiser`, m.organiser);
      m.participants.forEach((pp, j) => user(`teamMeetings.${i}.participants.${j}.username`, pp.username));
      user(`teamMeetings.${i}.minutes.recordedBy`, m.minutes?.recordedBy);
    });
    if (p.crisisPlans.length) p.crisisPlans.forEach((c, i) => user(`crisisPlans.${i}.createdBy`, c.createdBy));
    const noteRefs = new Set<string>();
    p.notes.forEach((n, i) => {
      unit(`notes.${i}.unit`, n.unit);
      user(`notes.${i}.author`, n.author);
      if (noteRefs.has(n.ref)) at(`notes.${i}.ref`, `ref «${n.ref}» er brukt før hos denne personen`);
      noteRefs.add(n.ref);
    });
    p.userCard.forEach((c, i) => {
      if (!c.statedOn) at(`userCard.${i}.statedOn`, 'Oppføringer på tjenestekortet må ha dato');
    });
  });
  return errors;
}
