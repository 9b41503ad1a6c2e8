// Installed licensed wordings of instruments, per municipality: install (after the structure check),
// list, remove, and the active wordings a municipality's forms are shown in. Installing over an active
// wording ends the old row ('replaced') in the same transaction; nothing is ever deleted.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { tenants } from '../../platform/db/schema.js';
import { HelhetError } from '../../platform/errors.js';
import { instrumentWordings } from './schema.js';
import { checkWording, installableLanguages, instrumentIds, instruments, isInstrumentId, withWording, type InstallableLanguage, type InstrumentId, type ServedInstrument, type WordingLanguage } from './instruments/index.js';
import { withTenant } from '../../platform/db/tenant-context.js';

type Reader = Pick<Db, 'select'>;

async function tenantByNumber(db: Reader, municipalityNumber: string): Promise<{ id: string; name: string }> {
  const [tenant] = await db.select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.municipalityNumber, municipalityNumber));
  if (!tenant) throw new HelhetError('NOT_FOUND', `Fant ingen kommune med kommunenummer «${municipalityNumber}».`);
  return tenant;
}

function requireInstrument(instrumentId: string): InstrumentId {
  if (!isInstrumentId(instrumentId)) throw new HelhetError('UNPROCESSABLE', `Ukjent instrument «${instrumentId}». Gyldige: ${instrumentIds.join(', ')}.`);
  return instrumentId;
}

function requireLanguage(language: string): InstallableLanguage {
  if (!(installableLanguages as readonly string[]).includes(language)) {
    throw new HelhetError('UNPROCESSABLE', `Språket «${language}» kan ikke installeres. Brukergrensesnittet er på bokmål, så bare ${installableLanguages.join(', ')} kan brukes.`);
  }
  return language as InstallableLanguage;
}

export interface InstallRequest {
  municipalityNumber: string;
  instrumentId: string;
  language: string;
  file: unknown;
  installedBy: string;
  now: Date;
}

/** Checks the file against the instrument and stores it as the municipality's active wording. Refused: nothing stored. */
export async function installWording(db: Db, request: InstallRequest): Promise<{ id: string; municipality: string; replaced: string | null }> {
  const instrumentId = requireInstrument(request.instrumentId);
  const language = requireLanguage(request.language);
  const definition = instruments[instrumentId];
  const checked = checkWording(definition, request.file);
  if (!checked.ok) {
    throw new HelhetError('UNPROCESSABLE', `Ordlyden passer ikke til ${definition.id} versjon ${definition.version}, og er ikke lagret.`, checked.problems);
  }
  const { wording } = checked;
  // The tenants table is global; the change itself runs in the municipality's own context.
  const tenant = await tenantByNumber(db, request.municipalityNumber);
  return withTenant(db, tenant.id, async (tx) => {
    const ended = await tx
      .update(instrumentWordings)
      .set({ endedAt: request.now, endedBy: request.installedBy, endReason: 'replaced' })
      .where(and(eq(instrumentWordings.tenantId, tenant.id), eq(instrumentWordings.instrumentId, instrumentId), eq(instrumentWordings.language, language), isNull(instrumentWordings.endedAt)))
      .returning({ id: instrumentWordings.id });
    const [row] = await tx
      .insert(instrumentWordings)
      .values({
        tenantId: tenant.id,
        instrumentId,
        instrumentVersion: definition.version,
        language,
        version: wording.version,
        content: wording,
        sourceCitation: wording.source.citation,
        sourceUrl: wording.source.url ?? null,
        licenceHolder: wording.licence.holder,
        licenceTerms: wording.licence.terms,
        installedAt: request.now,
        installedBy: request.installedBy,
      })
      .returning({ id: instrumentWordings.id });
    return { id: row!.id, municipality: tenant.name, replaced: ended[0]?.id ?? null };
  });
}

/** Ends the municipality's active wording; forms fall back to the built-in wording. */
export async function removeWording(db: Db, request: { municipalityNumber: string; instrumentId: string; language: string; removedBy: string; now: Date }): Promise<{ id: string; municipality: string }> {
  const instrumentId = requireInstrument(request.instrumentId);
  const language = requireLanguage(request.language);
  const tenant = await tenantByNumber(db, request.municipalityNumber);
  return withTenant(db, tenant.id, async (tx) => {
    const [row] = await tx
      .update(instrumentWordings)
      .set({ endedAt: request.now, endedBy: request.removedBy, endReason: 'removed' })
      .where(and(eq(instrumentWordings.tenantId, tenant.id), eq(instrumentWordings.instrumentId, instrumentId), eq(instrumentWordings.language, language), isNull(instrumentWordings.endedAt)))
      .returning({ id: instrumentWordings.id });
    if (!row) throw new HelhetError('NOT_FOUND', `${tenant.name} har ingen installert ordlyd for ${instrumentId} på ${language}.`);
    return { id: row.id, municipality: tenant.name };
  });
}

export interface WordingListing {
  id: string;
  municipalityNumber: string;
  municipality: string;
  instrumentId: string;
  instrumentVersion: string;
  language: string;
  version: string;
  sourceCitation: string;
  sourceUrl: string | null;
  licenceHolder: string;
  licenceTerms: string;
  installedAt: Date;
  installedBy: string;
  endedAt: Date | null;
  endedBy: string | null;
  endReason: 'replaced' | 'removed' | null;
}

/** Installed wordings, active only unless `history`; for one municipality or all. */
export async function listWordings(db: Reader, options: { municipalityNumber?: string; history?: boolean }): Promise<WordingListing[]> {
  if (options.municipalityNumber) await tenantByNumber(db, options.municipalityNumber);
  const w = instrumentWordings;
  return db
    .select({
      id: w.id,
      municipalityNumber: tenants.municipalityNumber,
      municipality: tenants.name,
      instrumentId: w.instrumentId,
      instrumentVersion: w.instrumentVersion,
      language: w.language,
      version: w.version,
      sourceCitation: w.sourceCitation,
      sourceUrl: w.sourceUrl,
      licenceHolder: w.licenceHolder,
      licenceTerms: w.licenceTerms,
      installedAt: w.installedAt,
      installedBy: w.installedBy,
      endedAt: w.endedAt,
      endedBy: w.endedBy,
      endReason: w.endReason,
    })
    .from(w)
    .innerJoin(tenants, eq(tenants.id, w.tenantId))
    .where(and(options.municipalityNumber ? eq(tenants.municipalityNumber, options.municipalityNumber) : undefined, options.history ? undefined : isNull(w.endedAt)))
    .orderBy(asc(tenants.municipalityNumber), asc(w.instrumentId), asc(w.language), asc(w.installedAt));
}

/**
 * Every instrument as the municipality's staff see it: in its installed wording in `language` where one is
 * installed for the definition's current version, else built in.
 */
export async function servedInstruments(db: Reader, tenantId: string, language: WordingLanguage): Promise<ServedInstrument[]> {
  const rows = await db
    .select()
    .from(instrumentWordings)
    .where(and(eq(instrumentWordings.tenantId, tenantId), eq(instrumentWordings.language, language), isNull(instrumentWordings.endedAt)));
  return Object.values(instruments).map((definition) => {
    const row = rows.find((r) => r.instrumentId === definition.id && r.instrumentVersion === definition.version);
    return withWording(definition, row ? { id: row.id, language, installedAt: row.installedAt, content: row.content } : undefined);
  });
}
