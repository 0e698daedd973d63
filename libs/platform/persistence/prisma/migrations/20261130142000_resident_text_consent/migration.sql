-- Residents may consent, per report, to be told of progress by text message, in their language.
ALTER TABLE "intake"."problem_reporters"
  ADD COLUMN "consent_to_texts" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "locale" VARCHAR(5) NOT NULL DEFAULT 'zh';
