-- Open311 keys and hotline partners belong to a council: its admins alone list and change them.
ALTER TABLE "intake"."api_keys" ADD COLUMN "council_id" VARCHAR(32);
ALTER TABLE "intake"."hotline_partners" ADD COLUMN "council_id" VARCHAR(32);
-- Those made before councils were told apart belonged to the top (city) council.
UPDATE "intake"."api_keys" SET "council_id" = (SELECT id FROM "organisation"."councils" WHERE parent_id IS NULL ORDER BY created_at, id LIMIT 1) WHERE "council_id" IS NULL;
UPDATE "intake"."hotline_partners" SET "council_id" = (SELECT id FROM "organisation"."councils" WHERE parent_id IS NULL ORDER BY created_at, id LIMIT 1) WHERE "council_id" IS NULL;
