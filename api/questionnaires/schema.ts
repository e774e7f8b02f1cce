// The JSON answer of POST /api/clusters/:id/questionnaires.
import { z } from 'zod';

const counts = z.record(z.string(), z.number().int().nonnegative());

export const cellWarningSchema = z.object({ file: z.string(), sheet: z.string(), cell: z.string(), message: z.string() });

export const questionnaireAnswerSchema = z.object({
  dryRun: z.boolean(),
  created: counts,
  updated: counts,
  warnings: z.array(cellWarningSchema),
  files: z.array(z.object({
    file: z.string(),
    respondent: z.object({ id: z.string(), name: z.string() }).nullable(),
    sheets: z.array(z.object({ sheet: z.string(), kind: z.enum(['organization', 'sales', 'purchases']), rows: z.number().int() })),
  })),
});

export const cellErrorSchema = z.object({
  file: z.string(), sheet: z.string(), cell: z.string(), value: z.unknown(), message: z.string(), path: z.string().optional(),
});

export const questionnaireErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
  errors: z.array(cellErrorSchema),
  warnings: z.array(cellWarningSchema).optional(),
});

export type QuestionnaireAnswer = z.infer<typeof questionnaireAnswerSchema>;
