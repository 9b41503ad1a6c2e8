// Monthly avvik statistics for leaders: aggregates only, never a person or a free text. The counting
// is done in SQL (grouping sets unit × category and month × category, median with percentile_cont),
// so the cost grows with the number of groups, not the number of avvik (docs/benchmarks.md, avvik statistics).
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { queryRows } from '../../platform/db/database.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { startOfLocalDay, type LocalDate } from '../../platform/calendar/index.js';
import type { DeviationCategory } from './rules.js';
import { monthsBetween, nextMonth, statisticsFromGroups, statisticsSource, type StatisticsGroups } from './statistics.js';
import type * as s from './schemas.js';

export const maxStatisticsMonths = 36;

export async function getStatistics(scope: AccessScope, query: z.infer<typeof s.statisticsQuery>) {
  scope.requireRole('deviation.statistics');
  if (query.to < query.from) throw new HelhetError('UNPROCESSABLE', 'Til-måneden kan ikke være før fra-måneden.', [{ path: 'querystring/to', detail: 'Før fra-måneden' }]);
  const months = monthsBetween(query.from, query.to);
  if (months.length > maxStatisticsMonths) throw new HelhetError('UNPROCESSABLE', `Velg en periode på høyst ${maxStatisticsMonths} måneder.`, [{ path: 'querystring/to', detail: `Maks ${maxStatisticsMonths} måneder` }]);
  const start = startOfLocalDay(`${query.from}-01` as LocalDate);
  const end = startOfLocalDay(`${nextMonth(query.to)}-01` as LocalDate);
  const tenantId = scope.actor.tenantId;
  const unitColumn = query.unitBasis === 'concerned' ? sql`d.concerned_unit_id` : sql`d.reporter_unit_id`;
  const partnerJoin = query.unitBasis === 'concerned' ? sql`p.id = d.concerned_partner_id` : sql`false`;
  const month = sql`to_char(d.reported_at at time zone 'Europe/Oslo', 'YYYY-MM')`;
  // One statement, two grouping sets: unit (or partner) × category over the period, and month ×
  // category over all units. Never single avvik, and not the month × unit × category cube (22,000
  // groups for 300 units over 12 months, more than the page shows). The median over every closed avvik
  // of the period is an uncorrelated subquery, evaluated once.
  const rows = await queryRows<GroupRow>(
    scope.tx,
    sql`
    select grouping(${month}) = 1 as "perUnit", ${month} as month, u.id as "unitId", u.name as "unitName", p.id as "partnerId", p.name as "partnerName", d.category,
      count(*)::int as reported, count(d.closed_at)::int as closed,
      (count(*) filter (where d.closed_at is not null and d.closed_with_feedback))::int as "closedWithFeedback",
      coalesce(sum(extract(epoch from (d.closed_at - d.reported_at)) / 86400.0), 0)::float8 as "daysToCloseSum",
      (select percentile_cont(0.5) within group (order by extract(epoch from (x.closed_at - x.reported_at)) / 86400.0)
         from deviations x where x.tenant_id = ${tenantId} and x.reported_at >= ${start} and x.reported_at < ${end} and x.closed_at is not null) as "medianDays"
    from deviations d left join units u on u.id = ${unitColumn} left join partners p on ${partnerJoin}
    where d.tenant_id = ${tenantId} and d.reported_at >= ${start} and d.reported_at < ${end}
    group by grouping sets ((u.id, u.name, p.id, p.name, d.category), (${month}, d.category))`,
  );
  const groups: StatisticsGroups = { perUnitCategory: [], perMonthCategory: [] };
  for (const g of rows) {
    const counts = { category: g.category, reported: Number(g.reported), closed: Number(g.closed) };
    if (g.perUnit) {
      const unit = g.unitId ? { kind: 'unit' as const, id: g.unitId, name: g.unitName ?? '' } : g.partnerId ? { kind: 'partner' as const, id: g.partnerId, name: g.partnerName ?? '' } : { kind: 'none' as const, id: null, name: 'Uten enhet' };
      groups.perUnitCategory.push({ unit, ...counts });
    } else {
      groups.perMonthCategory.push({ month: g.month!, ...counts, closedWithFeedback: Number(g.closedWithFeedback), daysToCloseSum: Number(g.daysToCloseSum) });
    }
  }
  const medianDays = rows[0]?.medianDays === null || rows[0]?.medianDays === undefined ? null : Number(rows[0].medianDays);
  return { from: query.from, to: query.to, unitBasis: query.unitBasis, ...statisticsFromGroups(groups, months, medianDays), source: statisticsSource };
}

interface GroupRow {
  /** True for the unit × category grouping, false for month × category. */
  perUnit: boolean;
  month: string | null;
  unitId: string | null;
  unitName: string | null;
  partnerId: string | null;
  partnerName: string | null;
  category: DeviationCategory;
  reported: number;
  closed: number;
  closedWithFeedback: number;
  daysToCloseSum: number;
  medianDays: number | string | null;
}
