import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './fields';
import { correctionSchema, statusUpdateSchema } from './status-update';

const valid = {
  commitmentId: 'lrap-stop-search-charter',
  status: 'IN_PROGRESS',
  asOf: '2025-03-31',
  note: 'The charter was published for consultation.',
  statusBasis: '',
  evidence: [{ title: 'Met news release', url: 'https://news.met.police.uk/charter' }],
};

function errorsFor(input: unknown) {
  const result = statusUpdateSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe('statusUpdateSchema', () => {
  it('reads a complete form into stored values', () => {
    const parsed = statusUpdateSchema.parse(valid);
    expect(parsed.asOf).toEqual(new Date('2025-03-31T00:00:00.000Z'));
    expect(parsed.status).toBe('IN_PROGRESS');
    expect(parsed.statusBasis).toBeNull();
    expect(parsed.evidence).toEqual(valid.evidence);
  });

  it('stores "evidence only" as no status', () => {
    expect(statusUpdateSchema.parse({ ...valid, status: 'EVIDENCE_ONLY' }).status).toBeNull();
  });

  it('puts each problem on its field', () => {
    const errors = errorsFor({ ...valid, status: 'FINISHED', asOf: '2025-02-30', note: 'short', evidence: [{ title: 'x', url: 'javascript:alert(1)' }] });
    expect(Object.keys(errors).sort()).toEqual(['asOf', 'evidence.0.url', 'note', 'status']);
    expect(errors.asOf?.[0]).toMatch(/real date/);
    expect(errors['evidence.0.url']?.[0]).toMatch(/https:\/\//);
  });

  it('refuses a date in the future', () => {
    expect(errorsFor({ ...valid, asOf: '2999-01-01' }).asOf?.[0]).toMatch(/future/);
  });

  it('ignores empty evidence rows but needs at least one link', () => {
    const parsed = statusUpdateSchema.parse({ ...valid, evidence: [{ title: '', url: '' }, ...valid.evidence, { title: ' ', url: '' }] });
    expect(parsed.evidence).toHaveLength(1);
    expect(errorsFor({ ...valid, evidence: [{ title: '', url: '' }] }).evidence?.[0]).toMatch(/at least one evidence link/);
    expect(errorsFor({ ...valid, evidence: undefined }).evidence?.[0]).toMatch(/at least one evidence link/);
  });

  it('flags the missing half of a half-filled evidence row', () => {
    const errors = errorsFor({ ...valid, evidence: [{ title: '', url: 'https://example.org/a' }] });
    expect(errors['evidence.0.title']?.[0]).toMatch(/title/);
  });

  it('needs the corrected entry for a correction', () => {
    expect(correctionSchema.safeParse(valid).success).toBe(false);
    expect(correctionSchema.parse({ ...valid, correctsId: '0b6c3a52-8a57-4d7e-9d4c-2f1f5c1f0a11' }).correctsId).toBeTruthy();
  });
});
