// Request and response schemas of POST /api/clusters/:id/scenarios.
import { z } from 'zod';
import { membershipStatuses, orgKinds } from '../../graph-schema/index.js';
import { chainAnswer } from '../chain/schema.js';
import { complianceAnswer } from '../compliance/schema.js';
import { dependencyAnswer } from '../dependency/schema.js';
import { gapsAnswer } from '../gaps/schema.js';

const id = z.string().regex(/^[A-Za-z0-9._-]+$/, 'an id may hold only letters, digits, "-", "_" and "."');
const money = z.number().positive('must be a positive number of roubles');

export const change = z.discriminatedUnion('op', [
  /** A hypothetical organization (e.g. a supplier that might join). */
  z.strictObject({
    op: z.literal('addOrganization'), id, name: z.string().min(1), kind: z.enum(orgKinds).default('enterprise'),
    country: z.string().regex(/^[A-Z]{2}$/).default('RU'), region: z.string().optional(), priorityTerritory: z.boolean().default(false),
    output: z.number().nonnegative().optional(), purchases: z.number().nonnegative().optional(),
  }),
  z.strictObject({
    op: z.literal('addMembership'), org: id, status: z.enum(membershipStatuses).default('member'), stage: id.optional(),
    finalProducer: z.boolean().default(false), sopkGovernance: z.boolean().default(false), agreement: z.boolean().default(false),
  }),
  z.strictObject({ op: z.literal('removeMembership'), org: id }),
  /** Adds the supply, or changes its value when one with the same from, to and product exists. */
  z.strictObject({ op: z.literal('setSupply'), from: id, to: id, product: id.optional(), value: money }),
  z.strictObject({ op: z.literal('removeSupply'), from: id, to: id, product: id.optional() }),
  z.strictObject({ op: z.literal('setNeed'), org: id, product: id, value: money, importShare: z.number().min(0).max(1).optional() }),
  z.strictObject({ op: z.literal('removeNeed'), org: id, product: id }),
  z.strictObject({ op: z.literal('setFinancials'), org: id, output: z.number().nonnegative().optional(), purchases: z.number().nonnegative().optional() }),
]);

export const scenarioRequest = z.strictObject({
  year: z.number().int().optional(),
  edition: z.string().optional(),
  changes: z.array(change).min(1, 'give at least one change').max(500),
});

export const scenarioAnswer = z.object({
  year: z.number().int().nullable(),
  dependency: dependencyAnswer,
  compliance: complianceAnswer,
  gaps: gapsAnswer,
  /** The chain under the change, so the web app draws what the numbers describe. */
  chain: chainAnswer,
});

export type Change = z.infer<typeof change>;
export type ScenarioRequest = z.infer<typeof scenarioRequest>;
