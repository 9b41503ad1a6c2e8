// Monthly avvik statistics for leaders: aggregates only, never a person or a free text.
import { and, eq, gte, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { partners, units } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt, startOfLocalDay, type LocalDate } from '../../platform/calendar/index.js';
import { deviations } from './schema.js';
import { deviationStatistics, monthsBetween, nextMonth, statisticsSource, type StatisticsRow } from './statistics.js';
import type * as s from './schemas.js';

export const maxStatisticsMonths = 36;

export async function getStatistics(scope: AccessScope, query: z.infer<typeof s.statisticsQuery>) {
  scope.requireRole('deviation.statistics');
  if (query.to < query.from) throw new HelhetError('UNPROCESSABLE', 'Til-måneden kan ikke være før fra-måneden.', [{ path: 'querystring/to', detail: 'Før fra-måneden' }]);
  const months = monthsBetween(query.from, query.to);
  if (months.length > maxStatisticsMonths) throw new HelhetError('UNPROCESSABLE', `Velg en periode på høyst ${maxStatisticsMonths} måneder.`, [{ path: 'querystring/to', detail: `Maks ${maxStatisticsMonths} måneder` }]);
  const start = startOfLocalDay(`${query.from}-01` as LocalDate);
  const end = startOfLocalDay(`${nextMonth(query.to)}-01` as LocalDate);
  const unitColumn = query.unitBasis === 'concerned' ? deviations.concernedUnitId : deviations.reporterUnitId;
  const rows = await scope.tx
    .select({
      reportedAt: deviations.reportedAt,
      closedAt: deviations.closedAt,
      category: deviations.category,
      closedWithFeedback: deviations.closedWithFeedback,
      unitId: units.id,
      unitName: units.name,
      partnerId: partners.id,
      partnerName: partners.name,
    })
    .from(deviations)
    .leftJoin(units, eq(units.id, unitColumn))
    .leftJoin(partners, query.unitBasis === 'concerned' ? eq(partners.id, deviations.concernedPartnerId) : eq(partners.id, '00000000-0000-0000-0000-000000000000'))
    .where(and(eq(deviations.tenantId, scope.actor.tenantId), gte(deviations.reportedAt, start), lt(deviations.reportedAt, end)));
  const input: StatisticsRow[] = rows.map((r) => ({
    month: localDateAt(r.reportedAt).slice(0, 7),
    category: r.category,
    unit: r.unitId ? { kind: 'unit', id: r.unitId, name: r.unitName! } : r.partnerId ? { kind: 'partner', id: r.partnerId, name: r.partnerName! } : { kind: 'none', id: null, name: 'Uten enhet' },
    reportedAt: r.reportedAt,
    closedAt: r.closedAt,
    closedWithFeedback: r.closedWithFeedback,
  }));
  return { from: query.from, to: query.to, unitBasis: query.unitBasis, ...deviationStatistics(input, months), source: statisticsSource };
}
