ALTER TABLE "service_catalogue" ADD COLUMN "legal_basis_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "vedtak" ADD COLUMN "legal_basis_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- The catalogue's typed legal basis becomes register ids (platform/law/service-bases.ts). Texts the
-- demo and earlier versions wrote are mapped; anything else stays empty until an administrator chooses,
-- and no vedtak for that service can be finalised before.
UPDATE "service_catalogue" SET "legal_basis_ids" = CASE
  WHEN "legal_basis" ~* 'nr\. 6 bokstav a og b' THEN ARRAY['hol-3-2-6a', 'hol-3-2-6b']
  WHEN "legal_basis" ~* 'nr\. 6 bokstav a' THEN ARRAY['hol-3-2-6a']
  WHEN "legal_basis" ~* 'nr\. 6 bokstav b' THEN ARRAY['hol-3-2-6b']
  WHEN "legal_basis" ~* 'nr\. 6 bokstav c' THEN ARRAY['hol-3-2-6c']
  WHEN "legal_basis" ~* 'nr\. 6 bokstav d' THEN ARRAY['hol-3-2-6d']
  ELSE '{}'::text[] END;--> statement-breakpoint
UPDATE "vedtak" v SET "legal_basis_ids" = s."legal_basis_ids" FROM "service_catalogue" s WHERE s."id" = v."service_id" AND s."legal_basis" = v."legal_basis";
