-- AlterTable
ALTER TABLE "organisation"."organisation_audit" ADD COLUMN     "council_id" VARCHAR(32);


-- Changes made before the column existed: attribute them to their actor's council.
UPDATE "organisation"."organisation_audit" a SET "council_id" = s."council_id"
FROM "organisation"."staff_accounts" s WHERE s."id" = a."actor_id" AND a."council_id" IS NULL;
