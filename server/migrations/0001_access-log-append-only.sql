-- Normen: the access log is append-only. No UPDATE, DELETE or TRUNCATE path exists, even for the
-- application's own database role; the hash chain (verified by `npm run cli -- verify-log`) detects
-- changes made by someone who disables these triggers.
CREATE FUNCTION helhet_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER access_log_no_update_delete BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION helhet_access_log_append_only();
--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION helhet_access_log_append_only();
