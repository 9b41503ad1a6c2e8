DROP INDEX "access_log_person_idx";--> statement-breakpoint
ALTER TABLE "access_log" DROP CONSTRAINT "access_log_tenant_id_seq_pk";--> statement-breakpoint
ALTER TABLE "access_log" ALTER COLUMN "seq" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "access_log" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "access_log" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "access_log" ADD COLUMN "id" bigserial PRIMARY KEY NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "access_log_chain_idx" ON "access_log" USING btree ("tenant_id","seq");--> statement-breakpoint
CREATE INDEX "access_log_unsealed_idx" ON "access_log" USING btree ("id") WHERE seq is null;--> statement-breakpoint
CREATE INDEX "access_log_person_idx" ON "access_log" USING btree ("tenant_id","person_id","id");--> statement-breakpoint
-- The one permitted change to a logged row: the sealer sets seq, prev_hash and hash of an unsealed row,
-- once, leaving every other column as it was. Everything else stays refused, as before.
CREATE OR REPLACE FUNCTION helhet_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.seq IS NULL AND OLD.prev_hash IS NULL AND OLD.hash IS NULL
       AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
       AND (to_jsonb(NEW) - 'seq' - 'prev_hash' - 'hash') = (to_jsonb(OLD) - 'seq' - 'prev_hash' - 'hash') THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'access_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
