-- Clock events (pause, resume) carry their order, so the workflow can drop one that arrives late.
ALTER TABLE "intake"."problems" ADD COLUMN "clock_seq" INTEGER NOT NULL DEFAULT 0;
