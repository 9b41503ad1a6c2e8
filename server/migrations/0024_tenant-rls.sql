-- Tenant isolation by row-level security (docs/access-model.md, «Tenant isolation»).
-- Every table with a tenant_id column shows and accepts only the rows of the tenant set for the
-- transaction (set_config('helhet.tenant_id', <uuid>, true)), or every row in the named system
-- context (the value 'system', set only by withSystemContext in platform/db/tenant-context.ts).
-- Unset, reset ('') or any other value: no rows, and inserts and updates are refused.

-- The transaction's tenant, or null. Never raises: a reset setting ('') or a malformed value is null,
-- so no request can fail with a cast error. Called once per statement (an InitPlan), not per row.
CREATE OR REPLACE FUNCTION helhet_current_tenant() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN current_setting('helhet.tenant_id', true) ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
    THEN current_setting('helhet.tenant_id', true)::uuid END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION helhet_system_context() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(current_setting('helhet.tenant_id', true) = 'system', false)
$$;
--> statement-breakpoint
-- Puts one table under tenant isolation. A later migration that adds a table with tenant_id calls
-- `SELECT helhet_isolate_tenant('the_table');` (rls.test.ts fails for a table that lacks it).
-- FORCE: the server often runs as the tables' owner (PGlite, a single-role PostgreSQL), which RLS
-- would otherwise exempt.
CREATE OR REPLACE FUNCTION helhet_isolate_tenant(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', target);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s AS PERMISSIVE FOR ALL '
    'USING (tenant_id = (SELECT helhet_current_tenant()) OR (SELECT helhet_system_context())) '
    'WITH CHECK (tenant_id = (SELECT helhet_current_tenant()) OR (SELECT helhet_system_context()))',
    target);
END
$$;
--> statement-breakpoint
DO $$
DECLARE t record;
BEGIN
  FOR t IN
    SELECT c.oid::regclass AS target
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
    ORDER BY c.relname
  LOOP
    PERFORM helhet_isolate_tenant(t.target);
  END LOOP;
END
$$;
