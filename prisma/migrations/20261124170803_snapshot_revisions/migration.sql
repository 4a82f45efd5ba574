-- DropIndex
DROP INDEX "snapshots_quarter_idx";

-- AlterTable
ALTER TABLE "snapshots" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "snapshots_quarter_revision_key" ON "snapshots"("quarter", "revision");

-- A published snapshot is a record of what the dashboard said: refuse any
-- change or removal at the database, whatever client sends it. Mistakes are
-- published as corrections (new rows with corrects_id set).
-- The migration runner splits scripts at every semicolon, even inside a
-- function body, so the body's one semicolon is written as the escape \073.
CREATE FUNCTION "refuse_snapshot_change"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''snapshot % (%) is published and cannot be changed or deleted: publish a correction instead'', OLD.quarter, OLD.id USING ERRCODE = ''integrity_constraint_violation''\073 END';

CREATE TRIGGER "snapshots_immutable"
  BEFORE UPDATE OR DELETE ON "snapshots"
  FOR EACH ROW EXECUTE FUNCTION "refuse_snapshot_change"();
