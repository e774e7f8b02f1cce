// Requirement editions are data (editions/*.json), validated when loaded.
import fs from 'node:fs';
import { z } from 'zod';

const text = z.object({ ru: z.string().min(1), en: z.string().min(1) });

export const measures = [
  'industrialEnterprises', 'finalProducers', 'clusterLevel', 'participantsBelowMin', 'potentialParticipantsProblems',
  'governanceShare', 'educationInstitutions', 'infrastructureObjects', 'projects', 'participantsWithoutCooperation',
  'developmentProgramme', 'scientificInfrastructure',
] as const;

/** What each measure counts: the web app formats values by it. */
export const measureUnits: Record<(typeof measures)[number], 'count' | 'share' | 'flag'> = {
  industrialEnterprises: 'count', finalProducers: 'count', clusterLevel: 'share', participantsBelowMin: 'count',
  potentialParticipantsProblems: 'count', governanceShare: 'share', educationInstitutions: 'count', infrastructureObjects: 'count',
  projects: 'count', participantsWithoutCooperation: 'count', developmentProgramme: 'flag', scientificInfrastructure: 'flag',
};

export const editionSchema = z.strictObject({
  id: z.string(),
  title: text,
  rules: z.strictObject({
    participantMin: z.number(), clusterMin: z.number(), clusterMinPriority: z.number(), priorityShareMin: z.number(), maxAgreements: z.number().int(),
  }),
  requirements: z.array(z.strictObject({
    id: z.string(),
    measure: z.enum(measures),
    /** >= / <= against threshold; flag: a yes/no fact (true passes, false fails, absent is unknown) */
    op: z.enum(['>=', '<=', 'flag']),
    /** null for clusterLevel: the threshold comes from the dependency rules (20% or 10%) */
    threshold: z.number().nullable(),
    text,
  })),
});

export type Edition = z.infer<typeof editionSchema>;

const dir = new URL('./editions/', import.meta.url);

export const editions: Map<string, Edition> = new Map(
  fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const parsed = editionSchema.safeParse(JSON.parse(fs.readFileSync(new URL(f, dir), 'utf8')));
    if (!parsed.success) throw new Error(`edition ${f} is invalid: ${parsed.error.message}`);
    return [parsed.data.id, parsed.data];
  }),
);

export const DEFAULT_EDITION = 'pp779-2015';
