-- CreateTable
CREATE TABLE "consultation"."convener_activities" (
    "id" UUID NOT NULL,
    "locality_id" VARCHAR(32) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "held_at" TIMESTAMPTZ(3) NOT NULL,
    "topic" VARCHAR(200) NOT NULL,
    "participants" INTEGER NOT NULL,
    "recorded_by" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "convener_activities_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "convener_activities_locality_id_held_at_idx" ON "consultation"."convener_activities"("locality_id", "held_at");

