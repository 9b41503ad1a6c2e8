// Journal notes with an information class, and the person's consents to share.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { consents, notes, partners, serviceRelations, units, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { maySeeNote } from '../../platform/access/policy.js';
import { HelhetError } from '../../platform/errors.js';
import type { z } from 'zod';
import type { createConsentBody, createNoteBody } from './schemas.js';

async function consentedUnitIds(scope: AccessScope, personId: string, consentScope: 'restricted-notes'): Promise<string[]> {
  const rows = await scope.tx
    .select({ unitId: consents.toUnitId })
    .from(consents)
    .where(and(eq(consents.personId, personId), eq(consents.scope, consentScope), isNull(consents.withdrawnAt)));
  return rows.flatMap((r) => (r.unitId ? [r.unitId] : []));
}

export async function listNotes(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'notes.read');
  const authorUnit = alias(units, 'author_unit');
  const rows = await scope.tx
    .select({ id: notes.id, title: notes.title, body: notes.body, classification: notes.classification, authorName: users.displayName, authorUnitId: notes.authorUnitId, authorUnitName: authorUnit.name, createdAt: notes.createdAt })
    .from(notes)
    .innerJoin(users, eq(users.id, notes.authorId))
    .innerJoin(authorUnit, eq(authorUnit.id, notes.authorUnitId))
    .where(and(eq(notes.tenantId, scope.actor.tenantId), eq(notes.personId, personId)))
    .orderBy(desc(notes.createdAt));
  const consented = await consentedUnitIds(scope, personId, 'restricted-notes');
  const visible = rows.filter((n) => maySeeNote(scope.actor, n, consented));
  return {
    items: visible.map(({ authorUnitId: _unit, ...n }) => n),
    hiddenRestrictedCount: rows.length - visible.length,
  };
}

export async function createNote(scope: AccessScope, personId: string, input: z.infer<typeof createNoteBody>): Promise<string> {
  scope.requireRole('note.write', personId);
  await scope.requirePerson(personId, 'notes.write', 'full', { classification: input.classification });
  // The authoring unit must be one of the author's own units that serves the person, or any own unit for team members.
  const candidates = input.unitId ? [input.unitId] : scope.actor.unitIds;
  const serving = await scope.tx
    .select({ unitId: serviceRelations.unitId })
    .from(serviceRelations)
    .where(and(eq(serviceRelations.personId, personId), inArray(serviceRelations.unitId, candidates), activeAt(serviceRelations.validFrom, serviceRelations.validTo, scope.now)));
  const unitId = serving[0]?.unitId ?? candidates.find((u) => scope.actor.unitIds.includes(u));
  if (!unitId || !scope.actor.unitIds.includes(unitId)) {
    throw new HelhetError('UNPROCESSABLE', 'Notatet må skrives fra en enhet du er medlem av.', [{ path: 'body/unitId', detail: 'Velg en av dine enheter' }]);
  }
  const [created] = await scope.tx
    .insert(notes)
    .values({ tenantId: scope.actor.tenantId, personId, authorId: scope.actor.userId, authorUnitId: unitId, classification: input.classification, title: input.title, body: input.body, claims: [...new Set(input.claims ?? [])], createdAt: scope.now })
    .returning({ id: notes.id });
  // A note that states a fact (e.g. «IP er utarbeidet») is checked against the records.
  if (input.claims?.length) await scope.personChanged(personId);
  return created!.id;
}

export async function listConsents(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'consents.read');
  const toUnit = alias(units, 'to_unit');
  return scope.tx
    .select({ id: consents.id, scope: consents.scope, toUnitId: consents.toUnitId, toUnitName: toUnit.name, toPartnerId: consents.toPartnerId, toPartnerName: partners.name, givenAt: consents.givenAt, withdrawnAt: consents.withdrawnAt, note: consents.note })
    .from(consents)
    .leftJoin(toUnit, eq(toUnit.id, consents.toUnitId))
    .leftJoin(partners, eq(partners.id, consents.toPartnerId))
    .where(and(eq(consents.tenantId, scope.actor.tenantId), eq(consents.personId, personId)))
    .orderBy(desc(consents.givenAt));
}

export async function recordConsent(scope: AccessScope, personId: string, input: z.infer<typeof createConsentBody>): Promise<string> {
  scope.requireRole('consent.write', personId);
  await scope.requirePerson(personId, 'consents.write', 'full', { scope: input.scope });
  const { tenantId } = scope.actor;
  if (input.toUnitId) {
    const [unit] = await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.id, input.toUnitId), eq(units.tenantId, tenantId)));
    if (!unit) throw new HelhetError('UNPROCESSABLE', 'Enheten finnes ikke.', [{ path: 'body/toUnitId', detail: 'Ukjent enhet' }]);
  }
  if (input.toPartnerId) {
    const [partner] = await scope.tx.select({ id: partners.id }).from(partners).where(and(eq(partners.id, input.toPartnerId), eq(partners.tenantId, tenantId)));
    if (!partner) throw new HelhetError('UNPROCESSABLE', 'Samarbeidspartneren finnes ikke.', [{ path: 'body/toPartnerId', detail: 'Ukjent samarbeidspartner' }]);
  }
  const [created] = await scope.tx
    .insert(consents)
    .values({ tenantId, personId, scope: input.scope, toUnitId: input.toUnitId ?? null, toPartnerId: input.toPartnerId ?? null, note: input.note ?? null, recordedBy: scope.actor.userId, givenAt: scope.now })
    .returning({ id: consents.id });
  return created!.id;
}

export async function withdrawConsent(scope: AccessScope, personId: string, consentId: string): Promise<void> {
  scope.requireRole('consent.write', personId);
  await scope.requirePerson(personId, 'consents.withdraw', 'full', { consentId });
  const updated = await scope.tx
    .update(consents)
    .set({ withdrawnAt: scope.now })
    .where(and(eq(consents.id, consentId), eq(consents.personId, personId), isNull(consents.withdrawnAt)))
    .returning({ id: consents.id });
  if (updated.length === 0) throw new HelhetError('NOT_FOUND', 'Fant ikke et gjeldende samtykke med denne id-en.');
}
