// The zod schema of `cluster-dataset/1` (shared/docs/dataset-format.md): the shape of every field.
// Cross-record rules (references, duplicates, stages, self-supply) live in rules.ts.
import { z } from 'zod';
import { innProblem } from './inn.js';

export const FORMAT = 'cluster-dataset/1';

const id = z.string().regex(/^[A-Za-z0-9._-]+$/, 'an id may hold only letters, digits, "-", "_" and "."');
const text = z.string().trim().min(1, 'must not be empty');
const year = z.number().int('a year is a whole number').min(1990, 'a year before 1990 is not plausible').max(2100, 'a year after 2100 is not plausible');
const money = z.number().positive('must be a positive number of roubles');
const share = z.number().refine((v) => v >= 0 && v <= 1, { message: 'is not a share between 0 and 1 (shares are fractions, not percents)' });
const country = z.string().regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code such as "RU" or "CN"');

export const orgKinds = ['enterprise', 'education', 'research', 'infrastructure', 'sopk', 'other'] as const;
export const membershipStatuses = ['member', 'potential'] as const;
export const projectStatuses = ['planned', 'active', 'completed'] as const;

export const stageSchema = z.strictObject({ id, name: text, order: z.number().int('stage order is a whole number') });

export const clusterSchema = z.strictObject({
  id,
  name: text,
  regions: z.array(text).default([]),
  specialization: text.nullish(),
  registryNo: z.number().int().positive().nullish(),
  /** The participant count the registry declares; kept as declared, whatever the data holds. */
  declaredParticipants: z.number().int().nonnegative().nullish(),
  /** 2025 edition: an approved development programme / scientific infrastructure; absent = unknown. */
  developmentProgramme: z.boolean().nullish(),
  scientificInfrastructure: z.boolean().nullish(),
  stages: z.array(stageSchema).default([]),
});

export const financialsSchema = z.strictObject({
  year: year.optional(),
  output: z.number().nonnegative('output cannot be negative').nullish(),
  purchases: z.number().nonnegative('purchases cannot be negative').nullish(),
});

export const organizationSchema = z.strictObject({
  id,
  name: text,
  inn: z
    .string()
    .superRefine((v, ctx) => {
      const p = innProblem(v);
      if (p === 'format') ctx.addIssue({ code: 'custom', message: 'an INN has 10 digits (company) or 12 (entrepreneur)' });
      if (p === 'checkDigit') ctx.addIssue({ code: 'custom', message: 'check digit does not match' });
    })
    .nullish(),
  region: text.nullish(),
  country: country.default('RU'),
  kind: z.enum(orgKinds).default('enterprise'),
  priorityTerritory: z.boolean().default(false),
  financials: z.array(financialsSchema).default([]),
});

export const membershipSchema = z.strictObject({
  cluster: id,
  org: id,
  status: z.enum(membershipStatuses).default('member'),
  stage: id.nullish(),
  finalProducer: z.boolean().default(false),
  sopkGovernance: z.boolean().default(false),
  agreement: z.boolean().default(false),
});

export const productSchema = z.strictObject({ id, name: text, okpd2: z.string().nullish(), unit: z.string().nullish() });
export const producesSchema = z.strictObject({ org: id, product: id });

export const supplySchema = z.strictObject({
  from: id,
  to: id,
  product: id.nullish(),
  value: money,
  volume: z.number().positive('a volume must be positive').nullish(),
  year: year.optional(),
});

export const needSchema = z.strictObject({
  org: id,
  product: id,
  value: money,
  volume: z.number().positive('a volume must be positive').nullish(),
  year: year.optional(),
  importShare: share.nullish(),
  importCountries: z.array(country).default([]),
});

/** Import-substitution and joint projects (2025 edition requires at least three). */
export const projectSchema = z.strictObject({
  id,
  cluster: id,
  name: text,
  products: z.array(id).default([]),
  participants: z.array(id).default([]),
  status: z.enum(projectStatuses).default('active'),
});

/** A calendar date as the survey records it: `YYYY-MM-DD`, a real day. */
const isoDate = z.string().refine((v) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}, { message: 'is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14', abort: true })
  // A number typed into a date cell reads as a day of 1900: caught here rather than stored.
  .refine((v) => v.slice(0, 4) >= '1990' && v.slice(0, 4) <= '2100', { message: 'is not a plausible survey date (years 1990 to 2100)' });

/** The SOPK survey: which wave an organization is surveyed in for a cluster, and when its questionnaire came. */
export const surveySchema = z.strictObject({
  org: id,
  cluster: id,
  wave: z.union([z.literal(1), z.literal(2)], { message: 'a survey wave is 1 (key enterprises) or 2 (the suppliers and customers they named)' }),
  sent: isoDate.nullish(),
  received: isoDate.nullish(),
});

export const datasetSchema = z.strictObject({
  format: z.literal(FORMAT, { message: `format must be exactly "${FORMAT}"` }),
  year: year.optional(),
  description: z.string().optional(),
  clusters: z.array(clusterSchema).default([]),
  organizations: z.array(organizationSchema).default([]),
  memberships: z.array(membershipSchema).default([]),
  products: z.array(productSchema).default([]),
  produces: z.array(producesSchema).default([]),
  supplies: z.array(supplySchema).default([]),
  needs: z.array(needSchema).default([]),
  projects: z.array(projectSchema).default([]),
  surveys: z.array(surveySchema).default([]),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
