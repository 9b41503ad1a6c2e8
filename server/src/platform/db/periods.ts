import { and, gt, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** A validity period [from, to) that includes `now`; a null `to` means open-ended. */
export const activeAt = (from: AnyPgColumn, to: AnyPgColumn, now: Date): SQL => and(lte(from, now), or(isNull(to), gt(to, now)))!;
