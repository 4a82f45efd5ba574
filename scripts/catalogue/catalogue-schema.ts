// The shape of the shared catalogue (../shared/data/catalogue/commitments.json)
// as the converter expects it. Objects are strict on purpose: a field the
// catalogue gains later must be mapped deliberately, never dropped in silence.
import { z } from 'zod';

const isoDate = z.iso.date();
const optionalNote = z.string().nullable().optional();

export const catalogueSchema = z.strictObject({
  meta: z.record(z.string(), z.string()),
  sources: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      publisher: z.string(),
      published: isoDate.nullable(),
      url: z.string(),
      note: optionalNote,
    }),
  ),
  commitments: z.array(
    z.strictObject({
      id: z.string(),
      source: z.string(),
      theme: z.string(),
      pillar: z.string().nullable(),
      summary: z.string(),
      announced: isoDate.nullable(),
      due: isoDate.nullable(),
      measure: z.string(),
      evidence: z.array(z.strictObject({ date: isoDate.nullable(), note: z.string(), url: z.string() })),
      url: z.string(),
      status_note: optionalNote,
      casey_note: optionalNote,
      pillar_note: optionalNote,
      due_note: optionalNote,
    }),
  ),
  findings: z.array(
    z.strictObject({
      id: z.string(),
      source: z.string(),
      statement: z.string(),
      figure: z.number().nullable(),
      unit: z.string().nullable(),
      population: z.string().nullable(),
      url: z.string(),
      note: optionalNote,
    }),
  ),
  indicators: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      unit: z.string(),
      values: z.array(
        z.strictObject({
          period: z.string(),
          value: z.number(),
          group: z.string().nullable(),
          url: z.string(),
          note: optionalNote,
        }),
      ),
    }),
  ),
  conflicts: z.array(z.strictObject({ topic: z.string(), detail: z.string(), urls: z.array(z.string()) })),
  gaps: z.array(z.string()),
});

export type Catalogue = z.infer<typeof catalogueSchema>;
