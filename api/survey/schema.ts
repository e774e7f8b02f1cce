// Response schema of GET /api/clusters/:id/survey: the survey state and the wave II list.
import { z } from 'zod';

const waveState = z.object({ total: z.number().int(), received: z.number().int() });

export const surveyRecord = z.object({
  org: z.object({ id: z.string(), name: z.string(), inn: z.string().nullable() }),
  wave: z.union([z.literal(1), z.literal(2)]),
  sent: z.string().nullable(),
  received: z.string().nullable(),
});

export const waveTwoEntry = z.object({
  org: z.object({ id: z.string(), name: z.string(), inn: z.string().nullable(), region: z.string().nullable(), country: z.string() }),
  /** The respondents that named it, each with the ₽ of the flows it named (all years). */
  namedBy: z.array(z.object({
    org: z.object({ id: z.string(), name: z.string() }),
    as: z.enum(['supplier', 'customer']),
    value: z.number(),
  })),
  /** ₽ of all the named flows: the ranking key. */
  value: z.number(),
  /** It already has a wave II survey record (questionnaire sent or planned, not received). */
  surveyed: z.boolean(),
});

export const surveyAnswer = z.object({
  cluster: z.object({ id: z.string(), name: z.string() }),
  waves: z.object({ '1': waveState, '2': waveState }),
  respondents: z.array(surveyRecord),
  pending: z.array(surveyRecord),
  waveTwo: z.array(waveTwoEntry),
});

export type SurveyAnswer = z.infer<typeof surveyAnswer>;
export type WaveTwoEntry = z.infer<typeof waveTwoEntry>;
