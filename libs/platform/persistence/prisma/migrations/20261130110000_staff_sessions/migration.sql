-- Staff sessions end at once when an account is disabled, reset or moved; first sign-in after a
-- reset must change the password.
ALTER TABLE "organisation"."staff_accounts" ADD COLUMN "session_version" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "organisation"."staff_accounts" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "organisation"."staff_accounts" ADD COLUMN "password_changed_at" TIMESTAMPTZ(3);
