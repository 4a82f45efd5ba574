-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "commitment_status" AS ENUM ('not_started', 'in_progress', 'delivered', 'late', 'dropped', 'unclear');

-- CreateEnum
CREATE TYPE "ethnic_group" AS ENUM ('Asian', 'Black', 'Mixed', 'White', 'Other', 'Not stated');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('editor', 'admin');

-- CreateTable
CREATE TABLE "sources" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "published_on" DATE,
    "url" TEXT NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitments" (
    "id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "pillar" TEXT,
    "pillar_note" TEXT,
    "summary" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "announced_on" DATE,
    "due_on" DATE,
    "due_note" TEXT,
    "url" TEXT NOT NULL,
    "status_note" TEXT,
    "caveat" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "commitments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_updates" (
    "id" UUID NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "status" "commitment_status",
    "as_of" DATE,
    "note" TEXT NOT NULL,
    "status_basis" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'editor',
    "seed_key" TEXT,
    "corrects_id" UUID,
    "recorded_by_id" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_links" (
    "id" UUID NOT NULL,
    "status_update_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "evidence_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "findings" (
    "id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "figure" DECIMAL(14,4),
    "unit" TEXT,
    "population" TEXT,
    "url" TEXT NOT NULL,
    "note" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disputes" (
    "id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "urls" TEXT[],
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "disputes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_gaps" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "data_gaps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicators" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "definition" TEXT,
    "source_id" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "indicators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observations" (
    "id" UUID NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "period_label" TEXT NOT NULL,
    "period_start" DATE,
    "period_end" DATE,
    "group_label" TEXT,
    "area_code" TEXT,
    "value" DECIMAL(14,4) NOT NULL,
    "url" TEXT NOT NULL,
    "note" TEXT,
    "source_id" TEXT,
    "import_batch_id" UUID,
    "seed_key" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "observations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "areas" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "parent_code" TEXT,

    CONSTRAINT "areas_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "population" (
    "area_code" TEXT NOT NULL,
    "ethnic_group" "ethnic_group" NOT NULL,
    "census_year" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "population_pkey" PRIMARY KEY ("area_code","ethnic_group","census_year")
);

-- CreateTable
CREATE TABLE "import_batches" (
    "id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "force" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "sha256" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "rows_total" INTEGER NOT NULL DEFAULT 0,
    "rows_loaded" INTEGER NOT NULL DEFAULT 0,
    "rows_rejected" INTEGER NOT NULL DEFAULT 0,
    "all_rows_repeated" BOOLEAN NOT NULL DEFAULT false,
    "replaces_id" UUID,
    "imported_by_id" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rejected_rows" (
    "id" BIGSERIAL NOT NULL,
    "batch_id" UUID NOT NULL,
    "line_number" INTEGER NOT NULL,
    "field" TEXT,
    "value" TEXT,
    "reason" TEXT NOT NULL,

    CONSTRAINT "rejected_rows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stop_search_records" (
    "id" BIGSERIAL NOT NULL,
    "batch_id" UUID NOT NULL,
    "line_number" INTEGER NOT NULL,
    "force" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "local_month" DATE NOT NULL,
    "local_date" DATE NOT NULL,
    "part_of_policing_operation" BOOLEAN,
    "policing_operation" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "borough_code" TEXT,
    "location_status" TEXT NOT NULL,
    "gender" TEXT,
    "age_range" TEXT,
    "self_defined_ethnicity" TEXT,
    "officer_defined_ethnicity" TEXT,
    "self_ethnic_group" "ethnic_group" NOT NULL,
    "officer_ethnic_group" "ethnic_group" NOT NULL,
    "legislation" TEXT,
    "object_of_search" TEXT,
    "outcome" TEXT,
    "outcome_linked_to_object" BOOLEAN,
    "removal_of_more_than_outer_clothing" BOOLEAN,

    CONSTRAINT "stop_search_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "snapshots" (
    "id" UUID NOT NULL,
    "quarter" TEXT NOT NULL,
    "as_of" DATE NOT NULL,
    "document" JSONB NOT NULL,
    "sha256" TEXT NOT NULL,
    "corrects_id" UUID,
    "correction_note" TEXT,
    "published_by_id" TEXT,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "role" NOT NULL DEFAULT 'editor',
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "password" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "commitments_source_id_idx" ON "commitments"("source_id");

-- CreateIndex
CREATE INDEX "commitments_theme_idx" ON "commitments"("theme");

-- CreateIndex
CREATE UNIQUE INDEX "status_updates_seed_key_key" ON "status_updates"("seed_key");

-- CreateIndex
CREATE INDEX "status_updates_commitment_id_as_of_idx" ON "status_updates"("commitment_id", "as_of");

-- CreateIndex
CREATE INDEX "status_updates_as_of_idx" ON "status_updates"("as_of");

-- CreateIndex
CREATE INDEX "evidence_links_status_update_id_idx" ON "evidence_links"("status_update_id");

-- CreateIndex
CREATE INDEX "findings_source_id_idx" ON "findings"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "observations_seed_key_key" ON "observations"("seed_key");

-- CreateIndex
CREATE INDEX "observations_indicator_id_period_start_idx" ON "observations"("indicator_id", "period_start");

-- CreateIndex
CREATE INDEX "import_batches_force_month_idx" ON "import_batches"("force", "month");

-- CreateIndex
CREATE INDEX "import_batches_sha256_idx" ON "import_batches"("sha256");

-- CreateIndex
CREATE INDEX "rejected_rows_batch_id_idx" ON "rejected_rows"("batch_id");

-- CreateIndex
CREATE INDEX "stop_search_records_batch_id_idx" ON "stop_search_records"("batch_id");

-- CreateIndex
CREATE INDEX "stop_search_records_force_local_month_idx" ON "stop_search_records"("force", "local_month");

-- CreateIndex
CREATE INDEX "stop_search_records_borough_code_local_month_idx" ON "stop_search_records"("borough_code", "local_month");

-- CreateIndex
CREATE INDEX "snapshots_quarter_idx" ON "snapshots"("quarter");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_token_key" ON "sessions"("token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");

-- AddForeignKey
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_corrects_id_fkey" FOREIGN KEY ("corrects_id") REFERENCES "status_updates"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_status_update_id_fkey" FOREIGN KEY ("status_update_id") REFERENCES "status_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_area_code_fkey" FOREIGN KEY ("area_code") REFERENCES "areas"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "population" ADD CONSTRAINT "population_area_code_fkey" FOREIGN KEY ("area_code") REFERENCES "areas"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "population" ADD CONSTRAINT "population_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rejected_rows" ADD CONSTRAINT "rejected_rows_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stop_search_records" ADD CONSTRAINT "stop_search_records_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_corrects_id_fkey" FOREIGN KEY ("corrects_id") REFERENCES "snapshots"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
