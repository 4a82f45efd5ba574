// Panel reviews against the real seeded catalogue and a real published
// snapshot, written through the guarded writes with a real session: who may
// write, bad input refused beside the right field and nothing saved, the
// database itself refusing a changed answer or an undated promise, and the
// public reads (and CSV) returning exactly what plain SQL finds.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../prisma/seed/seed-database.ts';
import { pointAppAt, releaseApp } from './support/app-database.ts';
import { createUser, databaseChecksum, requestFrom, signInCookie, type TestRequest } from './support/editor-requests.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

type Mutations = typeof import('../../lib/mutations/panel-reviews.ts');
type Queries = typeof import('../../lib/queries/panel-reviews.ts');

let db: TestDatabase;
let panels: Mutations;
let queries: Queries;
let editorCookie: string;
let editorId: string;
let snapshotId: string;
let commitmentId: string;
let indicatorKey: string;
let indicatorLabel: string;
let otherFigureKey: string;
let meetingId: string;
let firstQuestionId: string;

const QUARTER = '2025-Q1';
const asEditor = (): TestRequest => requestFrom({ cookie: editorCookie });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
  pointAppAt(db);
  panels = await import('../../lib/mutations/panel-reviews.ts');
  queries = await import('../../lib/queries/panel-reviews.ts');
  const snapshots = await import('../../lib/mutations/snapshots.ts');
  editorId = await createUser(db, 'editor@example.org', 'EDITOR');
  editorCookie = await signInCookie('editor@example.org');
  const published = await snapshots.publishSnapshotAction(asEditor(), { quarter: QUARTER });
  if (!published.ok) throw new Error(published.message);
  snapshotId = published.data.id;
  // A commitment and an indicator as the frozen document has them, read with SQL.
  const [figure] = await db.sql<{ id: string; label: string; commitment: string }>(
    `SELECT i->>'id' AS id, i->>'label' AS label, document->'commitments'->0->>'id' AS commitment
       FROM snapshots, jsonb_array_elements(document->'indicators') i WHERE snapshots.id = $1 LIMIT 1`,
    [snapshotId],
  );
  commitmentId = figure!.commitment;
  indicatorKey = `indicator:${figure!.id}`;
  indicatorLabel = `Indicator: ${figure!.label}`;
  const [other] = await db.sql<{ id: string }>(
    `SELECT i->>'id' AS id FROM snapshots, jsonb_array_elements(document->'indicators') i WHERE snapshots.id = $1 AND i->>'id' <> $2 LIMIT 1`,
    [snapshotId, figure!.id],
  );
  otherFigureKey = `indicator:${other!.id}`;
}, 120_000);

let usedExportPool = false;

afterAll(async () => {
  if (usedExportPool) await (await import('../../lib/open-data/pg-pool.ts')).getExportPool().end();
  await releaseApp();
  await db?.drop();
});

const meetingInput = (overrides: Record<string, unknown> = {}) => ({
  panelName: 'Lambeth Community Monitoring Group',
  meetingOn: '2025-05-14',
  snapshotId,
  notes: 'Quarterly review of the Q1 snapshot.',
  minutesUrl: 'https://example.org/minutes/2025-05',
  ...overrides,
});

describe('refused panel review writes change nothing', () => {
  const writes = (): Array<[string, (r: TestRequest) => Promise<{ ok: boolean }>]> => [
    ['record a meeting', (r) => panels.createPanelMeeting(r, meetingInput())],
    ['add a question', (r) => panels.addPanelQuestion(r, { meetingId: '00000000-0000-4000-8000-000000000000', commitmentId, question: 'Why has this not been delivered yet?' })],
    ['add an answer', (r) => panels.addPanelAnswer(r, { questionId: '00000000-0000-4000-8000-000000000000', answer: 'Soon.', receivedOn: '2025-06-01' })],
    ['set the follow-up', (r) => panels.setPanelFollowUp(r, { questionId: '00000000-0000-4000-8000-000000000000', followUp: 'ANSWERED' })],
  ];

  it.each(writes())('anonymous: %s -> 401', async (_name, write) => {
    const before = await databaseChecksum(db);
    expect(await write(requestFrom())).toMatchObject({ ok: false, status: 401, code: 'not_signed_in' });
    expect(await databaseChecksum(db)).toEqual(before);
  });

  it.each(writes())('signed in but sent from another site: %s -> 403', async (_name, write) => {
    const before = await databaseChecksum(db);
    expect(await write(requestFrom({ cookie: editorCookie, origin: 'https://evil.example' }))).toMatchObject({ ok: false, status: 403, code: 'cross_origin' });
    expect(await databaseChecksum(db)).toEqual(before);
  });

  it('names the fields of a bad meeting', async () => {
    const before = await databaseChecksum(db);
    const result = await panels.createPanelMeeting(asEditor(), meetingInput({ panelName: ' ', meetingOn: '2025-02-30', minutesUrl: 'minutes' }));
    expect(result).toMatchObject({ ok: false, status: 422 });
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['meetingOn', 'minutesUrl', 'panelName']);
    const unknownSnapshot = await panels.createPanelMeeting(asEditor(), meetingInput({ snapshotId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknownSnapshot).toMatchObject({ ok: false, status: 422, fieldErrors: { snapshotId: [expect.any(String)] } });
    expect(await databaseChecksum(db)).toEqual(before);
  });
});

describe('recording a panel review', () => {
  it('records the meeting with its audit entry and refreshes the snapshot page', async () => {
    const request = asEditor();
    const result = await panels.createPanelMeeting(request, meetingInput());
    if (!result.ok) throw new Error(result.message);
    meetingId = result.data.meetingId;
    const [row] = await db.sql<{ panel_name: string; meeting_on: string; recorded_by_id: string }>(
      "SELECT panel_name, to_char(meeting_on, 'YYYY-MM-DD') AS meeting_on, recorded_by_id FROM panel_meetings WHERE id = $1",
      [meetingId],
    );
    expect(row).toEqual({ panel_name: 'Lambeth Community Monitoring Group', meeting_on: '2025-05-14', recorded_by_id: editorId });
    const audit = await db.sql("SELECT 1 FROM audit_log WHERE entity_type = 'panel_meeting' AND entity_id = $1 AND actor_id = $2", [meetingId, editorId]);
    expect(audit).toHaveLength(1);
    expect(request.revalidated).toContain(`/snapshots/${QUARTER}`);
  });

  it('refuses a question about nothing, or about a figure or commitment that is not there, beside the field', async () => {
    const before = await databaseChecksum(db);
    const nothing = await panels.addPanelQuestion(asEditor(), { meetingId, commitmentId: '', figureKey: '', question: 'What is happening with this?' });
    expect(nothing).toMatchObject({ ok: false, status: 422 });
    if (!nothing.ok) expect(Object.keys(nothing.fieldErrors ?? {}).sort()).toEqual(['commitmentId', 'figureKey']);
    const figure = await panels.addPanelQuestion(asEditor(), { meetingId, figureKey: 'indicator:not-in-the-snapshot', question: 'What is happening with this?' });
    expect(figure).toMatchObject({ ok: false, status: 422, fieldErrors: { figureKey: [expect.stringContaining(QUARTER)] } });
    const commitment = await panels.addPanelQuestion(asEditor(), { meetingId, commitmentId: 'no-such-commitment', question: 'What is happening with this?' });
    expect(commitment).toMatchObject({ ok: false, status: 422, fieldErrors: { commitmentId: [expect.any(String)] } });
    const short = await panels.addPanelQuestion(asEditor(), { meetingId, commitmentId, question: 'Why?' });
    expect(short).toMatchObject({ ok: false, status: 422, fieldErrors: { question: [expect.any(String)] } });
    expect(await databaseChecksum(db)).toEqual(before);
  });

  it('adds questions, answers over time and a follow-up status, each audited', async () => {
    const first = await panels.addPanelQuestion(asEditor(), { meetingId, commitmentId, figureKey: indicatorKey, question: 'When will the Met publish its delivery report for this?' });
    if (!first.ok) throw new Error(first.message);
    firstQuestionId = first.data.id;
    const second = await panels.addPanelQuestion(asEditor(), { meetingId, figureKey: otherFigureKey, question: 'Why did the number of searches change this quarter?' });
    if (!second.ok) throw new Error(second.message);

    const request = asEditor();
    const early = await panels.addPanelAnswer(request, { questionId: firstQuestionId, answer: 'The report is being drafted.', receivedOn: '2025-06-02', sourceUrl: '' });
    expect(early.ok).toBe(true);
    expect(request.revalidated).toEqual(expect.arrayContaining([`/snapshots/${QUARTER}`, `/commitments/${commitmentId}`]));
    const late = await panels.addPanelAnswer(asEditor(), { questionId: firstQuestionId, answer: 'The report will be published in the autumn.', receivedOn: '2025-07-20', sourceUrl: 'https://example.org/letter' });
    expect(late.ok).toBe(true);

    const promised = await panels.setPanelFollowUp(asEditor(), { questionId: firstQuestionId, followUp: 'PROMISED', promisedBy: '2025-10-31', followUpNote: 'Date given in the July letter.' });
    expect(promised.ok).toBe(true);
    const [q] = await db.sql<{ follow_up: string; promised_by: string }>(
      "SELECT follow_up::text, to_char(promised_by, 'YYYY-MM-DD') AS promised_by FROM panel_questions WHERE id = $1",
      [firstQuestionId],
    );
    expect(q).toEqual({ follow_up: 'promised', promised_by: '2025-10-31' });

    const audits = await db.sql<{ entity_type: string; action: string; before: { followUp?: string } | null; after: { followUp?: string } }>(
      `SELECT entity_type, action, before, after FROM audit_log
        WHERE entity_type IN ('panel_question', 'panel_answer') AND actor_id = $1 ORDER BY id`,
      [editorId],
    );
    expect(audits.map((a) => `${a.entity_type}:${a.action}`)).toEqual([
      'panel_question:create', 'panel_question:create', 'panel_answer:create', 'panel_answer:create', 'panel_question:set_follow_up',
    ]);
    expect(audits[4]).toMatchObject({ before: { followUp: 'NOT_ANSWERED' }, after: { followUp: 'PROMISED' } });
  });

  it('refuses "promised" without a date, saving nothing', async () => {
    const before = await databaseChecksum(db);
    const result = await panels.setPanelFollowUp(asEditor(), { questionId: firstQuestionId, followUp: 'PROMISED', promisedBy: '' });
    expect(result).toMatchObject({ ok: false, status: 422 });
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toEqual(['promisedBy']);
    const badStatus = await panels.setPanelFollowUp(asEditor(), { questionId: firstQuestionId, followUp: 'MAYBE' });
    expect(badStatus).toMatchObject({ ok: false, status: 422, fieldErrors: { followUp: [expect.any(String)] } });
    expect(await databaseChecksum(db)).toEqual(before);
  });

  it('drops a leftover date when the status is no longer "promised"', async () => {
    const result = await panels.setPanelFollowUp(asEditor(), { questionId: firstQuestionId, followUp: 'PARTLY_ANSWERED', promisedBy: '2025-10-31', followUpNote: 'The report came out without the borough figures.' });
    expect(result.ok).toBe(true);
    const [q] = await db.sql<{ follow_up: string; promised_by: string | null }>('SELECT follow_up::text, promised_by FROM panel_questions WHERE id = $1', [firstQuestionId]);
    expect(q).toEqual({ follow_up: 'partly_answered', promised_by: null });
  });
});

describe('the database keeps the record honest', () => {
  it('refuses to change or delete an answer', async () => {
    await expect(db.sql("UPDATE panel_answers SET answer = 'rewritten' WHERE question_id = $1", [firstQuestionId])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.sql('DELETE FROM panel_answers WHERE question_id = $1', [firstQuestionId])).rejects.toThrow(/cannot be changed or deleted/);
  });

  it('refuses "promised" without a date, a date without "promised", and a question about nothing', async () => {
    await expect(db.sql("UPDATE panel_questions SET follow_up = 'promised', promised_by = NULL WHERE id = $1", [firstQuestionId])).rejects.toThrow(/promised/);
    await expect(db.sql("UPDATE panel_questions SET follow_up = 'answered', promised_by = '2025-12-01' WHERE id = $1", [firstQuestionId])).rejects.toThrow(/promised/);
    await expect(
      db.sql("INSERT INTO panel_questions (id, meeting_id, question) VALUES (gen_random_uuid(), $1, 'About nothing at all')", [meetingId]),
    ).rejects.toThrow(/neither a commitment nor a figure/);
  });
});

interface SqlRow {
  meeting_id: string;
  panel_name: string;
  meeting_on: string;
  quarter: string;
  question_id: string;
  question: string;
  commitment_id: string | null;
  figure_key: string | null;
  follow_up: string;
  promised_by: string | null;
  answer: string | null;
  received_on: string | null;
}

// Everything about one quarter's reviews, straight from the tables.
async function reviewsBySql(where: string, params: unknown[]): Promise<SqlRow[]> {
  return db.sql<SqlRow>(
    `SELECT m.id AS meeting_id, m.panel_name, to_char(m.meeting_on, 'YYYY-MM-DD') AS meeting_on, s.quarter,
            q.id AS question_id, q.question, q.commitment_id, q.figure_key, upper(q.follow_up::text) AS follow_up,
            to_char(q.promised_by, 'YYYY-MM-DD') AS promised_by, a.answer, to_char(a.received_on, 'YYYY-MM-DD') AS received_on
       FROM panel_meetings m JOIN snapshots s ON s.id = m.snapshot_id
       JOIN panel_questions q ON q.meeting_id = m.id
       LEFT JOIN panel_answers a ON a.question_id = q.id
      WHERE ${where}
      ORDER BY m.meeting_on DESC, m.recorded_at DESC, q.recorded_at, q.id, a.received_on, a.recorded_at`,
    params,
  );
}

describe('the public reads', () => {
  it('show on the snapshot page exactly what was entered', async () => {
    // A second, later meeting of another panel, so the order is tested too.
    const later = await panels.createPanelMeeting(asEditor(), meetingInput({ panelName: 'Hackney Stop and Search Panel', meetingOn: '2025-06-20', notes: '', minutesUrl: '' }));
    if (!later.ok) throw new Error(later.message);
    const asked = await panels.addPanelQuestion(asEditor(), { meetingId: later.data.meetingId, commitmentId, question: 'Has the borough plan been agreed with residents?' });
    expect(asked.ok).toBe(true);

    const sql = await reviewsBySql('s.quarter = $1', [QUARTER]);
    const meetings = await queries.getSnapshotPanelReviews(QUARTER);
    const flattened = meetings.flatMap((m) =>
      m.questions.flatMap((q) =>
        (q.answers.length ? q.answers : [null]).map((a) => ({
          meeting_id: m.id, panel_name: m.panel_name, meeting_on: m.meeting_on, quarter: m.quarter,
          question_id: q.id, question: q.question, commitment_id: q.commitment?.id ?? null, figure_key: q.figure?.key ?? null,
          follow_up: q.follow_up, promised_by: q.promised_by, answer: a?.answer ?? null, received_on: a?.received_on ?? null,
        })),
      ),
    );
    expect(flattened).toEqual(sql);
    expect(meetings.map((m) => m.panel_name)).toEqual(['Hackney Stop and Search Panel', 'Lambeth Community Monitoring Group']);
    // The figure is named as the frozen document names it.
    const figureQuestion = meetings[1]!.questions.find((q) => q.id === firstQuestionId);
    expect(figureQuestion?.figure).toEqual({ key: indicatorKey, label: indicatorLabel });
    expect(await queries.getSnapshotPanelReviews('2019-Q1')).toEqual([]);
  });

  it('show on the commitment page its questions, newest meeting first', async () => {
    const sql = await reviewsBySql('q.commitment_id = $1', [commitmentId]);
    const expectedIds = [...new Set(sql.map((r) => r.question_id))];
    const questions = await queries.listCommitmentPanelQuestions(commitmentId);
    expect(questions.map((q) => q.id)).toEqual(expectedIds);
    expect(questions.map((q) => q.meeting.meeting_on)).toEqual(['2025-06-20', '2025-05-14']);
    expect(questions[1]!.answers.map((a) => a.received_on)).toEqual(sql.filter((r) => r.question_id === firstQuestionId).map((r) => r.received_on));
  });

  it('serve the same questions and answers as CSV', async () => {
    const { GET } = await import('../../app/(public)/snapshots/[quarter]/panel-reviews.csv/route.ts');
    const response = await GET(new Request(`http://dashboard.test/snapshots/${QUARTER}/panel-reviews.csv`), { params: Promise.resolve({ quarter: QUARTER }) });
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const rows = parse(await response.text(), { bom: true, comment: '#', comment_no_infix: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
    const sql = await reviewsBySql('s.quarter = $1', [QUARTER]);
    expect(rows.map((r) => [r.panel, r.question_by_panel, r.answer_by_met, r.answer_received_on])).toEqual(
      sql.map((r) => [r.panel_name, r.question, r.answer ?? '', r.received_on ?? '']),
    );
    const bad = await GET(new Request('http://dashboard.test/snapshots/nonsense/panel-reviews.csv'), { params: Promise.resolve({ quarter: 'nonsense' }) });
    expect(bad.status).toBe(400);
  });

  it('publish the same questions and answers as open data', async () => {
    usedExportPool = true;
    const read = async (apiPath: string) => {
      const { GET } = (await import(`../../app/api/v1/${apiPath}/route.ts`)) as { GET: (r: Request) => Promise<Response> };
      const response = await GET(new Request(`http://localhost/api/v1/${apiPath}`));
      expect(response.status, apiPath).toBe(200);
      return ((await response.json()) as { rows: Record<string, unknown>[] }).rows;
    };
    const questions = await read('panel-questions');
    const sqlQuestions = await db.sql<{ id: string; follow_up: string; promised_by: string | null }>(
      "SELECT id::text, follow_up::text, to_char(promised_by, 'YYYY-MM-DD') AS promised_by FROM panel_questions ORDER BY id",
    );
    expect(questions.map((q) => ({ id: q.id, follow_up: q.follow_up, promised_by: q.promised_by })).sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(sqlQuestions);
    const answers = await read('panel-answers');
    const sqlAnswers = await db.sql<{ id: string; question_id: string; answer: string }>('SELECT id::text, question_id::text, answer FROM panel_answers ORDER BY id');
    expect(answers.map((a) => ({ id: a.id, question_id: a.question_id, answer: a.answer })).sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(sqlAnswers);
  });
});
