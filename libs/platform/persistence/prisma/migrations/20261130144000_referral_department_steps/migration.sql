-- Referrals opened before the department's steps keep the one-time answer: their workflows run
-- the earlier ladder. Existing rows get false; every referral opened from now on, true.
ALTER TABLE "consultation"."referrals" ADD COLUMN "department_steps" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "consultation"."referrals" ALTER COLUMN "department_steps" SET DEFAULT true;
