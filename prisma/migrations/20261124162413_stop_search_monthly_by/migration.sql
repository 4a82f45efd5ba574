-- CreateTable
CREATE TABLE "stop_search_monthly_by" (
    "id" BIGSERIAL NOT NULL,
    "force" TEXT NOT NULL,
    "local_month" DATE NOT NULL,
    "dimension" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "location_status" TEXT NOT NULL,
    "self_ethnic_group" "ethnic_group" NOT NULL,
    "officer_ethnic_group" "ethnic_group" NOT NULL,
    "searches" INTEGER NOT NULL,
    "outcome_recorded" INTEGER NOT NULL,
    "arrests" INTEGER NOT NULL,
    "no_further_action" INTEGER NOT NULL,
    "linked_recorded" INTEGER NOT NULL,
    "linked" INTEGER NOT NULL,

    CONSTRAINT "stop_search_monthly_by_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "stop_search_monthly_by_force_local_month_dimension_idx" ON "stop_search_monthly_by"("force", "local_month", "dimension");

-- Backfill from the wide rollup, as lib/stop-search/rollup.ts does for each
-- month it refreshes, so a database imported before this table existed gives
-- the same figures at once.
INSERT INTO "stop_search_monthly_by" (force, local_month, dimension, value, location_status, self_ethnic_group, officer_ethnic_group,
                                      searches, outcome_recorded, arrests, no_further_action, linked_recorded, linked)
SELECT m.force, m.local_month, d.dimension, d.value, m.location_status, m.self_ethnic_group, m.officer_ethnic_group,
       sum(m.searches)::int, sum(m.outcome_recorded)::int, sum(m.arrests)::int, sum(m.no_further_action)::int,
       coalesce(sum(m.searches) FILTER (WHERE m.outcome_linked_to_object IS NOT NULL), 0)::int,
       coalesce(sum(m.searches) FILTER (WHERE m.outcome_linked_to_object), 0)::int
  FROM "stop_search_monthly" m
 CROSS JOIN LATERAL (VALUES
   ('none', ''),
   ('borough', CASE WHEN m.location_status = 'london' THEN m.borough_code ELSE m.location_status END),
   ('legislation', coalesce(m.legislation, 'Not recorded')),
   ('object', coalesce(m.object_of_search, 'Not recorded')),
   ('outcome', coalesce(m.outcome, 'Not recorded')),
   ('age', coalesce(m.age_range, 'Not recorded')),
   ('gender', coalesce(m.gender, 'Not recorded')),
   ('type', coalesce(m.type, 'Not recorded'))
 ) AS d(dimension, value)
 GROUP BY 1, 2, 3, 4, 5, 6, 7;
