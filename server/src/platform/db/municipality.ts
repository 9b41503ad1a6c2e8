// The municipality's own settings (its routines and written language form), read inside a command's
// transaction so a rule uses the value in force when the command runs.
import { eq } from 'drizzle-orm';
import type { Tx } from './database.js';
import { tenants } from './schema.js';

export interface MunicipalitySettings {
  name: string;
  writtenLanguage: 'nb' | 'nn';
  firstContactWorkingDays: number;
}

export async function municipalitySettings(tx: Tx, tenantId: string): Promise<MunicipalitySettings> {
  const [row] = await tx.select({ name: tenants.name, writtenLanguage: tenants.writtenLanguage, firstContactWorkingDays: tenants.firstContactWorkingDays }).from(tenants).where(eq(tenants.id, tenantId));
  if (!row) throw new Error('Ukjent kommune');
  return row;
}
