-- CreateEnum
CREATE TYPE "panel_follow_up" AS ENUM ('answered', 'partly_answered', 'not_answered', 'promised');

-- CreateTable
CREATE TABLE "panel_meetings" (
    "id" UUID NOT NULL,
    "panel_name" TEXT NOT NULL,
    "meeting_on" DATE NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "notes" TEXT,
    "minutes_url" TEXT,
    "recorded_by_id" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "panel_meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "panel_questions" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "commitment_id" TEXT,
    "figure_key" TEXT,
    "question" TEXT NOT NULL,
    "follow_up" "panel_follow_up" NOT NULL DEFAULT 'not_answered',
    "promised_by" DATE,
    "follow_up_note" TEXT,
    "follow_up_set_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "follow_up_set_by_id" TEXT,
    "recorded_by_id" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "panel_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "panel_answers" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "answer" TEXT NOT NULL,
    "received_on" DATE NOT NULL,
    "source_url" TEXT,
    "recorded_by_id" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "panel_answers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "panel_meetings_snapshot_id_idx" ON "panel_meetings"("snapshot_id");

-- CreateIndex
CREATE INDEX "panel_questions_meeting_id_idx" ON "panel_questions"("meeting_id");

-- CreateIndex
CREATE INDEX "panel_questions_commitment_id_idx" ON "panel_questions"("commitment_id");

-- CreateIndex
CREATE INDEX "panel_answers_question_id_idx" ON "panel_answers"("question_id");

-- AddForeignKey
ALTER TABLE "panel_meetings" ADD CONSTRAINT "panel_meetings_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshots"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "panel_meetings" ADD CONSTRAINT "panel_meetings_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "panel_questions" ADD CONSTRAINT "panel_questions_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "panel_meetings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "panel_questions" ADD CONSTRAINT "panel_questions_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "panel_questions" ADD CONSTRAINT "panel_questions_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "panel_questions" ADD CONSTRAINT "panel_questions_follow_up_set_by_id_fkey" FOREIGN KEY ("follow_up_set_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "panel_answers" ADD CONSTRAINT "panel_answers_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "panel_questions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "panel_answers" ADD CONSTRAINT "panel_answers_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A question must be about something the next panel can check (a commitment,
-- a figure frozen in the reviewed snapshot, or both), and "promised" means
-- promised by a date while no other status carries one. Written as a trigger
-- rather than CHECK constraints so schema.prisma stays the whole description
-- of the catalogue the drift test compares.
CREATE FUNCTION "check_panel_question"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF NEW.commitment_id IS NULL AND NEW.figure_key IS NULL THEN RAISE EXCEPTION ''panel question % is about neither a commitment nor a figure'', NEW.id USING ERRCODE = ''check_violation''\073 END IF\073 IF (NEW.follow_up = ''promised'') <> (NEW.promised_by IS NOT NULL) THEN RAISE EXCEPTION ''panel question %: a promised date goes with the status "promised" and only with it'', NEW.id USING ERRCODE = ''check_violation''\073 END IF\073 RETURN NEW\073 END';

CREATE TRIGGER "panel_questions_checked"
  BEFORE INSERT OR UPDATE ON "panel_questions"
  FOR EACH ROW EXECUTE FUNCTION "check_panel_question"();

-- An answer is what the Met said on a date: refuse any change or removal, so
-- a later or corrected answer can only be added beside it. (The body's one
-- semicolon is written \073 because the migration runner splits at every one.)
CREATE FUNCTION "refuse_panel_answer_change"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''panel answer % is on the record and cannot be changed or deleted: add a further answer instead'', OLD.id USING ERRCODE = ''integrity_constraint_violation''\073 END';

CREATE TRIGGER "panel_answers_append_only"
  BEFORE UPDATE OR DELETE ON "panel_answers"
  FOR EACH ROW EXECUTE FUNCTION "refuse_panel_answer_change"();
