// The plain-SQL baseline for the person page: the reads a hand-written implementation would need,
// sent through the raw driver (pg Pool / PGlite `query`), no ORM, no HTTP, no transaction, no log.
//   1. relation check: team membership, or an active service relation in one of the user's units
//   2. the person row with the GP partner (left join)
//   3. active service relations with unit names
//   4. active team members with names
import type { Actor } from '../platform/access/policy.js';
import type { RawQuery } from './databases.js';

const relationCheck = `
  select 'team' as kind, null as unit_name from team_members
    where tenant_id = $1 and person_id = $2 and user_id = $3 and valid_from <= $4 and (valid_to is null or valid_to > $4)
  union all
  select 'unit', u.name from service_relations sr join units u on u.id = sr.unit_id
    where sr.tenant_id = $1 and sr.person_id = $2 and sr.unit_id = any($5::uuid[]) and sr.valid_from <= $4 and (sr.valid_to is null or sr.valid_to > $4)
  limit 1`;

const personRow = `
  select p.*, gp.name as gp_partner_name, gp.phone as gp_partner_phone
  from persons p left join partners gp on gp.id = p.gp_partner_id
  where p.tenant_id = $1 and p.id = $2`;

const unitRows = `
  select sr.id as relation_id, u.id as unit_id, u.name as unit_name, sr.reason, sr.valid_from
  from service_relations sr join units u on u.id = sr.unit_id
  where sr.person_id = $1 and sr.valid_from <= $2 and (sr.valid_to is null or sr.valid_to > $2)
  order by u.name`;

const teamRows = `
  select tm.id as member_id, us.id as user_id, us.display_name, tm.team_role, tm.valid_from
  from team_members tm join users us on us.id = tm.user_id
  where tm.person_id = $1 and tm.valid_from <= $2 and (tm.valid_to is null or tm.valid_to > $2)
  order by us.display_name`;

export const plainSqlStatements = 4;

export interface PlainPersonPage {
  basis: string;
  person: Record<string, unknown>;
  units: Record<string, unknown>[];
  team: Record<string, unknown>[];
}

export async function readPersonPlain(raw: RawQuery, actor: Actor, personId: string, now: Date): Promise<PlainPersonPage> {
  const relation = await raw<{ kind: string; unit_name: string | null }>(relationCheck, [actor.tenantId, personId, actor.userId, now, actor.unitIds]);
  const found = relation.rows[0];
  if (!found) throw new Error(`plain SQL: no relation to ${personId}`);
  const person = await raw(personRow, [actor.tenantId, personId]);
  if (!person.rows[0]) throw new Error(`plain SQL: person ${personId} not found`);
  const units = await raw(unitRows, [personId, now]);
  const team = await raw(teamRows, [personId, now]);
  return { basis: found.kind === 'team' ? 'team' : `unit:${found.unit_name}`, person: person.rows[0], units: units.rows, team: team.rows };
}
