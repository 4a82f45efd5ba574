-- CreateTable
CREATE TABLE "stop_search_monthly" (
    "id" BIGSERIAL NOT NULL,
    "force" TEXT NOT NULL,
    "local_month" DATE NOT NULL,
    "borough_code" TEXT,
    "location_status" TEXT NOT NULL,
    "self_ethnic_group" "ethnic_group" NOT NULL,
    "officer_ethnic_group" "ethnic_group" NOT NULL,
    "type" TEXT NOT NULL,
    "gender" TEXT,
    "age_range" TEXT,
    "legislation" TEXT,
    "object_of_search" TEXT,
    "outcome" TEXT,
    "outcome_linked_to_object" BOOLEAN,
    "searches" INTEGER NOT NULL,
    "outcome_recorded" INTEGER NOT NULL,
    "arrests" INTEGER NOT NULL,
    "no_further_action" INTEGER NOT NULL,

    CONSTRAINT "stop_search_monthly_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "stop_search_monthly_force_local_month_idx" ON "stop_search_monthly"("force", "local_month");

-- No backfill: no release has imported stop-and-search records before this
-- table existed. A database that has records anyway can be rebuilt with
-- rebuildStopSearchRollup() from lib/stop-search/rollup.ts.
